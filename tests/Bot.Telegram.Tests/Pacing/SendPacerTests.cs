using Bot.Telegram.Hosting;
using Bot.Telegram.Pacing;
using Bot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Pacing;

public sealed class SendPacerTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void ReserveChat_SameChat_SpacesMessagesByThePerChatInterval()
    {
        var pacer = Create();

        Assert.Equal(TimeSpan.Zero, pacer.ReserveChat(1, isGroup: false));
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.ReserveChat(1, isGroup: false));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.ReserveChat(1, isGroup: false));
        Assert.Equal(TimeSpan.Zero, pacer.ReserveChat(2, isGroup: false));
    }

    [Fact]
    public void ReserveChat_AfterTheIntervalPassed_DoesNotWait()
    {
        var pacer = Create();
        pacer.ReserveChat(1, isGroup: false);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pacer.ReserveChat(1, isGroup: false));
    }

    [Fact]
    public void ReserveChat_Group_AllowsTwentyPerMinuteThenSpacesThem()
    {
        var pacer = Create(new TelegramOptions { Token = "1:a", PerChatInterval = TimeSpan.Zero });

        var waits = Enumerable.Range(0, 21).Select(_ => pacer.ReserveChat(-5, isGroup: true)).ToList();

        Assert.All(waits.Take(20), wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromSeconds(3), waits[20]);
    }

    [Fact]
    public void ReserveGlobal_ManySends_AllowsThirtyPerSecondOverall()
    {
        var pacer = Create();

        var waits = Enumerable.Range(0, 31).Select(_ => pacer.ReserveGlobal()).ToList();

        Assert.All(waits.Take(30), wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.True(waits[30] > TimeSpan.Zero);
    }

    [Fact]
    public void ReserveGlobal_AfterOneChatBookedAhead_DoesNotHoldBackOtherChats()
    {
        var pacer = Create();
        pacer.ReserveChat(1, isGroup: false);
        pacer.ReserveGlobal();
        pacer.ReserveChat(1, isGroup: false);
        pacer.ReserveChat(1, isGroup: false);

        Assert.Equal(TimeSpan.Zero, pacer.ReserveChat(2, isGroup: false));
        Assert.Equal(TimeSpan.Zero, pacer.ReserveGlobal());
    }

    private SendPacer Create(TelegramOptions? options = null) =>
        new(Options.Create(options ?? new TelegramOptions { Token = "1:a" }), _time);
}
