using Bot.Telegram.Hosting;
using Bot.Telegram.Tests.StandIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using static Bot.Telegram.Tests.StandIn.TelegramUpdates;

namespace Bot.Telegram.Tests.Hosting;

/// <summary>Start-up and shutdown of the adapter inside a real host.</summary>
public sealed class TelegramHostedServiceTests
{
    [Fact]
    public async Task Start_Polling_ChecksTokenSetsCommandsDeletesWebhookThenPollsWithJsonBodies()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        await server.WaitForAsync(r => r.Method == "getUpdates");
        var methods = server.Requests.Select(r => r.Method).Distinct().ToList();
        Assert.Equal(["getMe", "setMyCommands", "deleteWebhook", "getUpdates"], methods);
        Assert.All(server.Requests, r => Assert.Equal(FakeBotApiServer.Token, r.Token));
        Assert.All(server.Requests, r => Assert.NotNull(r.ContentLength));
        Assert.All(server.Requests, r => Assert.StartsWith("application/json", r.ContentType, StringComparison.Ordinal));
        var commands = server.Requests.Single(r => r.Method == "setMyCommands").Body["commands"]!.AsArray()
            .Select(c => c!["command"]!.GetValue<string>());
        Assert.Equal(["ask", "sources", "help"], commands);
        var poll = server.Requests.First(r => r.Method == "getUpdates");
        Assert.Equal(1, poll.Body["timeout"]?.GetValue<int>());
    }

    [Fact]
    public async Task Start_GetMe401_StopsStartUpWithAClearMessageWithoutTheToken()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.RejectToken = true;
        await using var host = TelegramTestHost.Create(server);

        var error = await Assert.ThrowsAsync<TelegramStartupException>(host.StartAsync);

        Assert.Contains("rejected the bot token", error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram__Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApiServer.Token, error.ToString(), StringComparison.Ordinal);
        Assert.Single(server.Requests, r => r.Method == "getMe");
        Assert.DoesNotContain(server.Requests, r => r.Method == "getUpdates");
    }

    [Fact]
    public async Task Start_DeleteWebhookFails_StillPolls()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectError("deleteWebhook", 404, "Not Found");
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "Who left?"));

        await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("deleteWebhook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_MissingToken_FailsValidationNamingTheKey()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = TelegramTestHost.Create(server, new Dictionary<string, string?> { ["Telegram:Token"] = "" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

        Assert.Contains("Telegram:Token", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task HealthCheck_BeforeAndAfterStart_FollowsTheConnection()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = TelegramTestHost.Create(server);
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var before = await health.CheckHealthAsync();
        await host.StartAsync();
        var after = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, before.Entries["telegram"].Status);
        Assert.Equal(HealthStatus.Healthy, after.Entries["telegram"].Status);
    }

    [Fact]
    public async Task HealthCheck_TokenRevokedWhilePolling_BecomesUnhealthy()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, new Dictionary<string, string?> { ["Telegram:MaxRetries"] = "0" });
        var health = host.Services.GetRequiredService<HealthCheckService>();

        server.RejectToken = true;
        await WaitForLogAsync(host, "getUpdates failed");

        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Entries["telegram"].Status);
    }

    [Fact]
    public async Task Logs_WholeConversationWithFailures_NeverContainTheToken()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectError("getUpdates", 502, "Bad Gateway");
        await using var host = await TelegramTestHost.StartAsync(server);
        server.InjectError("sendMessage", 429, "Too Many Requests", retryAfter: 1);
        server.InjectError("sendChatAction", 500, $"Internal error at /bot{FakeBotApiServer.Token}/sendChatAction");
        server.Enqueue(PrivateText(1, "Who left?"));
        await server.WaitForSentCountAsync(2);
        // A permanent failure whose description echoes the request path: logged as an error, redacted.
        server.InjectError("sendMessage", 400, $"Bad Request: /bot{FakeBotApiServer.Token}/sendMessage");
        server.Enqueue(PrivateText(2, "And then?"));
        server.Enqueue(PrivateText(3, "And after that?"));
        await server.WaitForSentAsync(r => r.Text!.Contains("And after that?", StringComparison.Ordinal));

        var lines = host.Logs.Lines;
        Assert.Contains(lines, line => line.Contains("<redacted>", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Information", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(FakeBotApiServer.Token.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_QuestionText_NeverAtInformationLevel()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "my very private question"));
        await server.WaitForSentCountAsync(1);

        Assert.DoesNotContain(host.Logs.Lines, line =>
            !line.StartsWith("Debug", StringComparison.Ordinal) && !line.StartsWith("Trace", StringComparison.Ordinal)
            && line.Contains("my very private question", StringComparison.Ordinal));
    }

    private static async Task WaitForLogAsync(TelegramTestHost host, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!host.Logs.Lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No log line containing '{text}'.");
            await Task.Delay(20);
        }
    }
}
