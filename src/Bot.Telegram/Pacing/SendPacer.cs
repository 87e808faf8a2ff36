using Bot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Pacing;

/// <summary>
/// Spaces outgoing messages to stay inside Telegram's limits (about 1/s per chat, 20/min per group, 30/s overall):
/// each send books its chat's next slot, waits for it, then does the same for the global budget.
/// </summary>
public sealed class SendPacer
{
    private const int PruneThreshold = 4096;

    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    // Booked slots per chat and per group; guarded by _gate, idle entries are pruned so memory stays bounded.
    private readonly Dictionary<long, RateSchedule> _chats = [];
    private readonly Dictionary<long, RateSchedule> _groups = [];
    private readonly RateSchedule _global;

    public SendPacer(IOptions<TelegramOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _global = new RateSchedule(_options.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1));
    }

    /// <summary>Waits until one more message may be sent to <paramref name="chatId"/>.</summary>
    public async Task WaitTurnAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        await WaitAsync(ReserveChat(chatId, isGroup), cancellationToken).ConfigureAwait(false);
        await WaitAsync(ReserveGlobal(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Books the chat's (and group's) next slot and returns how long to wait for it. Bookings of one chat only move
    /// forward, which keeps its schedules exact even though they reach into the future.
    /// </summary>
    internal TimeSpan ReserveChat(long chatId, bool isGroup)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            var chat = Get(_chats, chatId, 1, _options.PerChatInterval);
            var group = isGroup ? Get(_groups, chatId, _options.GroupMessagesPerMinute, TimeSpan.FromMinutes(1)) : null;
            var at = chat.EarliestAt(now);
            if (group is not null)
            {
                at = Max(at, group.EarliestAt(now));
            }

            chat.Commit(at);
            group?.Commit(at);
            return at - now;
        }
    }

    /// <summary>
    /// Books the next global slot. Taken only once the chat's own turn has come, so that one busy chat's future
    /// bookings never hold back the others.
    /// </summary>
    internal TimeSpan ReserveGlobal()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var at = _global.EarliestAt(now);
            _global.Commit(at);
            return at - now;
        }
    }

    private Task WaitAsync(TimeSpan wait, CancellationToken cancellationToken) =>
        wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;

    private static RateSchedule Get(Dictionary<long, RateSchedule> schedules, long chatId, int limit, TimeSpan window)
    {
        if (!schedules.TryGetValue(chatId, out var schedule))
        {
            schedule = new RateSchedule(limit, window);
            schedules[chatId] = schedule;
        }

        return schedule;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var schedules in (Dictionary<long, RateSchedule>[])[_chats, _groups])
        {
            if (schedules.Count < PruneThreshold)
            {
                continue;
            }

            foreach (var idle in schedules.Where(entry => entry.Value.IsIdle(now)).Select(entry => entry.Key).ToList())
            {
                schedules.Remove(idle);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
