using Bot.Telegram.Hosting;
using Bot.Telegram.Pacing;
using Bot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Pacing;

public sealed class UserCooldownTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void TryAcquire_BurstSpent_RefusesUntilTheIntervalPasses()
    {
        var cooldown = Create(burst: 3, interval: TimeSpan.FromSeconds(6));

        Assert.True(cooldown.TryAcquire(1));
        Assert.True(cooldown.TryAcquire(1));
        Assert.True(cooldown.TryAcquire(1));
        Assert.False(cooldown.TryAcquire(1));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(cooldown.TryAcquire(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cooldown.TryAcquire(1));
        Assert.False(cooldown.TryAcquire(1));
    }

    [Fact]
    public void TryAcquire_OtherUser_HasItsOwnBudget()
    {
        var cooldown = Create(burst: 1, interval: TimeSpan.FromMinutes(1));

        Assert.True(cooldown.TryAcquire(1));
        Assert.False(cooldown.TryAcquire(1));
        Assert.True(cooldown.TryAcquire(2));
    }

    private UserCooldown Create(int burst, TimeSpan interval) =>
        new(Options.Create(new TelegramOptions { Token = "1:a", UserQuestionBurst = burst, UserQuestionInterval = interval }), _time);
}
