using Bot.Discord.Tests.Fakes;
using Bot.Discord.Tests.StandIn;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Hosting;

public sealed class DiscordHostedServiceTests
{
    private static readonly TestKeys Keys = new();

    [Fact]
    public async Task ExecuteAsync_FullFlowWithRequiredSettingsOnly_WorksAndNeverLogsTheToken()
    {
        // Only Token, ApiBaseUrl and PublicKey, as a user would start it: default timers throughout.
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(
            new Dictionary<string, string?> { ["Discord:PublicKey"] = Keys.PublicKeyHex },
            configure: s => s.MessageFaults.Enqueue(429),
            onlyRequiredSettings: true);
        await using var _ = standIn;
        await using (bot)
        {
            await standIn.DispatchAsync("MESSAGE_CREATE", """
                {"id":"1","channel_id":"600","author":{"id":"700"},"content":"Why did Jan Leike resign?","type":0,"mentions":[]}
                """);
            await standIn.DispatchAsync("INTERACTION_CREATE", Interactions.InteractionResponderTests.Ask("2", "Why?"));
            await standIn.SendOpAsync(7);
            await DiscordStandIn.WaitUntilAsync(
                () => standIn.MessagePosts.Any(r => r.Status == 200)
                    && standIn.Requests.Any(r => r.Path.EndsWith("/callback", StringComparison.Ordinal))
                    && standIn.Frames.Any(f => f.Op == 6),
                "reply, interaction answer and resume");
            await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "RESUMED");

            using var client = new HttpClient { BaseAddress = bot.BaseAddress };
            const string ping = """{"id":"3","type":1,"token":"t","application_id":"2"}""";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(ping) };
            request.Headers.Add("X-Signature-Ed25519", Keys.Sign("1700000000", ping));
            request.Headers.Add("X-Signature-Timestamp", "1700000000");
            using var pong = await client.SendAsync(request);
            Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());
        }

        Assert.NotEmpty(bot.Logs.Entries);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rate limited", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.AllText.Contains(BotUnderTest.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_RejectedToken_StopsWithoutRetryingAndWithoutLeakingIt()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.RejectToken = true;
        await using var bot = await BotUnderTest.StartAsync(standIn);

        await DiscordStandIn.WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Level == LogLevel.Critical), "the fatal log");

        // One 401 and nothing after: repeated 401s would count toward Discord's IP ban.
        var rejected = Assert.Single(standIn.Requests);
        Assert.Equal(401, rejected.Status);
        Assert.Equal(0, standIn.Connections);
        var health = bot.Health();
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("Discord:Token", health.Entries["discord"].Description, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.AllText.Contains(BotUnderTest.Token, StringComparison.Ordinal));
    }
}
