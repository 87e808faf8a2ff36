using System.Text.Json.Nodes;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Tests.StandIn;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayClientTests
{
    private const string DirectMessage = """
        {"id":"500","channel_id":"600","author":{"id":"700","username":"asker"},"content":"Why did Jan Leike resign?","type":0,"mentions":[]}
        """;

    [Fact]
    public async Task RunAsync_Start_IdentifiesWithTokenAndMessageIntents()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        var identify = Assert.Single(standIn.Frames, f => f.Op == GatewayOpCode.Identify);
        Assert.Equal(BotUnderTest.Token, identify.Data!["token"]!.GetValue<string>());
        Assert.Equal(1 | 512 | 4096 | 32768, identify.Data!["intents"]!.GetValue<int>());
        Assert.NotNull(identify.Data!["properties"]!["os"]);
        Assert.Equal("/gateway", identify.Path);

        var gatewayBot = Assert.Single(standIn.Requests, r => r.Path == "/gateway/bot");
        Assert.Equal("Bot " + BotUnderTest.Token, gatewayBot.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", gatewayBot.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, bot.Health().Status);
    }

    [Fact]
    public async Task RunAsync_HelloInterval_SendsHeartbeatsWithLastSequence()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(
            configure: s => s.HeartbeatIntervalMs = 200,
            random: new FixedRandom(0));
        await using var _ = standIn;
        await using var __ = bot;

        // READY was dispatched with s=1, so later beats carry it (or a later sequence) as their d.
        await DiscordStandIn.WaitUntilAsync(
            () => standIn.Frames.Count(f => f.Op == GatewayOpCode.Heartbeat && f.Data?.GetValue<long>() >= 1) >= 2,
            "two heartbeats carrying the last sequence");
    }

    [Fact]
    public async Task RunAsync_HostStops_ClosesTheGatewayWithNormalClosure()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await bot.StopAsync();

        await DiscordStandIn.WaitUntilAsync(() => standIn.ClientCloseStatuses.Contains(1000), "a 1000 close frame on shutdown");
    }

    [Fact]
    public async Task RunAsync_JitterZero_FirstBeatAtOnceNotAfterTheInterval()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(configure: s => s.HeartbeatIntervalMs = 60_000, random: new FixedRandom(0));
        await using var _ = standIn;
        await using var __ = bot;

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Any(f => f.Op == GatewayOpCode.Heartbeat), "the first heartbeat at interval × 0");
    }

    [Fact]
    public async Task RunAsync_ServerRequestsHeartbeat_BeatsAtOnce()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(configure: s => s.HeartbeatIntervalMs = 60_000, random: new FixedRandom(0.99));
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.SendOpAsync(GatewayOpCode.Heartbeat);

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Any(f => f.Op == GatewayOpCode.Heartbeat), "a heartbeat answering op 1");
    }

    [Fact]
    public async Task RunAsync_Op7Reconnect_ResumesOnResumeUrlAndKeepsAnswering()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;
        await standIn.DispatchAsync("GUILD_CREATE", """{"id":"1"}""");

        await standIn.SendOpAsync(GatewayOpCode.Reconnect);

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Any(f => f.Op == GatewayOpCode.Resume), "Resume");
        var resume = Assert.Single(standIn.Frames, f => f.Op == GatewayOpCode.Resume);
        Assert.Equal(2, resume.Connection);
        Assert.Equal("/gateway-resume", resume.Path);
        Assert.Equal(DiscordStandIn.SessionId, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume.Data!["seq"]!.GetValue<long>());
        Assert.Equal(BotUnderTest.Token, resume.Data!["token"]!.GetValue<string>());
        Assert.Single(standIn.Frames, f => f.Op == GatewayOpCode.Identify);

        await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "RESUMED");
        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage);
        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the DM answered after the resume");
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAgain()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.SendOpAsync(GatewayOpCode.InvalidSession, JsonValue.Create(false));

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Count(f => f.Op == GatewayOpCode.Identify) == 2, "a second Identify");
        var second = standIn.Frames.Last(f => f.Op == GatewayOpCode.Identify);
        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(standIn.Frames, f => f.Op == GatewayOpCode.Resume);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.SendOpAsync(GatewayOpCode.InvalidSession, JsonValue.Create(true));

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Any(f => f.Op == GatewayOpCode.Resume), "Resume after op 9 d=true");
        Assert.Single(standIn.Frames, f => f.Op == GatewayOpCode.Identify);
    }

    [Fact]
    public async Task RunAsync_NoHeartbeatAck_DropsZombieAndResumes()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(
            configure: s =>
            {
                s.HeartbeatIntervalMs = 150;
                s.AcknowledgeHeartbeats = false;
            },
            random: new FixedRandom(0));
        await using var _ = standIn;
        await using var __ = bot;

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Any(f => f.Op == GatewayOpCode.Resume), "Resume after a zombie connection");
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("no heartbeat ACK", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4000, GatewayOpCode.Resume)]
    [InlineData(4008, GatewayOpCode.Resume)]
    [InlineData(4009, GatewayOpCode.Identify)]
    public async Task RunAsync_NonFatalClose_ReconnectsWithResumeOrIdentify(int closeCode, int expectedOp)
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.CloseAsync(closeCode);

        await DiscordStandIn.WaitUntilAsync(() => standIn.Frames.Any(f => f.Connection == 2 && f.Op is GatewayOpCode.Resume or GatewayOpCode.Identify), "the reconnect");
        Assert.Equal(expectedOp, standIn.Frames.First(f => f.Connection == 2 && f.Op is GatewayOpCode.Resume or GatewayOpCode.Identify).Op);
        await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "READY again");
    }

    [Fact]
    public async Task RunAsync_GatewayRefusesConnections_BacksOffAndConnects()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.RefuseGatewayConnections = 2;
        await using var bot = await BotUnderTest.StartAsync(standIn, random: new FixedRandom(0.5));

        await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "READY after refused connections");

        // ReconnectDelay is 50 ms in tests and doubles; the pinned jitter (0.5) leaves it unchanged.
        var reconnects = bot.Logs.Entries.Where(e => e.Message.Contains("connection failed; next:", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Equal(2, reconnects.Count);
        Assert.EndsWith("next: Identify in 50 ms", reconnects[0], StringComparison.Ordinal);
        Assert.EndsWith("next: Identify in 100 ms", reconnects[1], StringComparison.Ordinal);
        Assert.Equal(3, standIn.Requests.Count(r => r.Path == "/gateway/bot"));
    }

    [Fact]
    public async Task RunAsync_IdentifyBudgetSpent_WaitsForResetThenIdentifies()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.SessionStartRemaining = 0;
        await using var bot = await BotUnderTest.StartAsync(standIn);

        await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "READY after the budget reset");

        var wait = Assert.Single(bot.Logs.Entries, e => e.Message.Contains("Identifies of the day are used", StringComparison.Ordinal));
        Assert.Contains("waiting 100 ms", wait.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4014, "Message Content Intent")]
    [InlineData(4004, "Discord__Token")]
    public async Task RunAsync_FatalClose_StopsWithActionableMessage(int closeCode, string expected)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.CloseOnIdentify = closeCode;
        await using var bot = await BotUnderTest.StartAsync(standIn);

        await DiscordStandIn.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Level == LogLevel.Critical), "the fatal log");

        var fatal = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains(expected, fatal.Message, StringComparison.Ordinal);
        Assert.Contains(closeCode.ToString(System.Globalization.CultureInfo.InvariantCulture), fatal.Message, StringComparison.Ordinal);
        var health = bot.Health();
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains(expected, health.Entries["discord"].Description, StringComparison.Ordinal);

        // The client logs the fatal reason just before it returns: no reconnect follows.
        Assert.Equal(1, standIn.Connections);
    }

    [Fact]
    public async Task RunAsync_MalformedEvents_SkippedAndBotKeepsAnswering()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.SendRawAsync("{not json");
        await standIn.DispatchAsync("MESSAGE_CREATE", """{"id":"1","content":42}""");
        await standIn.DispatchAsync("INTERACTION_CREATE", "\"a string\"");
        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage);

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the valid DM answered");
        Assert.Equal(1, standIn.Connections);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("malformed", StringComparison.Ordinal));
    }
}
