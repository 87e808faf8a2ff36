using Bot.Telegram.Api;
using Bot.Telegram.Tests.StandIn;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Telegram.Tests.StandIn.TelegramUpdates;

namespace Bot.Telegram.Tests.Api;

/// <summary>The Bot API client against the stand-in: retries, waits and redaction.</summary>
public sealed class TelegramApiClientTests
{
    [Fact]
    public async Task SendMessage_429ThenSuccess_WaitsRetryAfterAndSendsOnce()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        server.InjectError("sendMessage", 429, "Too Many Requests: retry after 7", retryAfter: 7);

        server.Enqueue(PrivateText(1, "Who left?"));

        await server.WaitForSentCountAsync(2);
        Assert.Equal(2, server.Sent.Count);
        Assert.Equal(server.Sent[0].Text, server.Sent[1].Text);
        Assert.Contains(TimeSpan.FromSeconds(7), host.Time.RequestedDelays);
        Assert.Contains(host.Logs.Lines, line => line.Contains("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendMessage_5xxThenSuccess_BacksOffAndSends()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        server.InjectError("sendMessage", 500, "Internal Server Error");
        server.InjectRaw("sendMessage", 503, "<html>upstream down</html>");

        server.Enqueue(PrivateText(1, "Who left?"));

        await server.WaitForSentCountAsync(3);
        Assert.Equal(3, server.Sent.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), host.Time.RequestedDelays);
        Assert.Contains(TimeSpan.FromSeconds(2), host.Time.RequestedDelays);
    }

    [Fact]
    public async Task Call_PersistentFailure_ThrowsWithoutTheToken()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        var api = host.Services.GetRequiredService<ITelegramApi>();
        server.InjectError("sendMessage", 400, $"Bad Request: see /bot{FakeBotApiServer.Token}/sendMessage");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() =>
            api.SendMessageAsync(new SendMessageRequest(1, "hi"), CancellationToken.None));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("/bot<redacted>/sendMessage", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApiServer.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_ServerUnreachable_ThrowsAfterRetriesWithoutTheToken()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        var api = host.Services.GetRequiredService<ITelegramApi>();
        await server.DisposeAsync();

        var error = await Assert.ThrowsAsync<TelegramApiException>(() =>
            api.SendMessageAsync(new SendMessageRequest(1, "hi"), CancellationToken.None));

        Assert.Equal(0, error.ErrorCode);
        Assert.DoesNotContain(FakeBotApiServer.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
    }
}
