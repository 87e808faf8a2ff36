using Bot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Pacing;

/// <summary>
/// Lets each user ask a burst of questions, then one per interval, so one person cannot flood the bot
/// (and through it the chat's send budget).
/// </summary>
public sealed class UserCooldown(IOptions<TelegramOptions> options, TimeProvider time)
{
    private const int PruneThreshold = 4096;

    private readonly TelegramOptions _options = options.Value;
    private readonly Lock _gate = new();
    // Per-user schedules; guarded by _gate, idle ones pruned.
    private readonly Dictionary<long, RateSchedule> _users = [];

    /// <summary>True when <paramref name="userId"/> may ask now (and counts the question); false while cooling down.</summary>
    public bool TryAcquire(long userId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_users.Count >= PruneThreshold)
            {
                foreach (var idle in _users.Where(entry => entry.Value.IsIdle(now)).Select(entry => entry.Key).ToList())
                {
                    _users.Remove(idle);
                }
            }

            if (!_users.TryGetValue(userId, out var schedule))
            {
                var burst = Math.Max(1, _options.UserQuestionBurst);
                schedule = new RateSchedule(burst, _options.UserQuestionInterval * burst);
                _users[userId] = schedule;
            }

            if (schedule.EarliestAt(now) > now)
            {
                return false;
            }

            schedule.Commit(now);
            return true;
        }
    }
}
