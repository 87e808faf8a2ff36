using System.Net;
using System.Text;
using Bot.Telegram.Tests.StandIn;
using static Bot.Telegram.Tests.StandIn.TelegramUpdates;

namespace Bot.Telegram.Tests.Updates;

/// <summary>Webhook mode end to end: setWebhook at start, then POSTs to the host's own listener.</summary>
public sealed class WebhookEndpointTests
{
    private const string Secret = "hook_Secret-123";

    private static readonly Dictionary<string, string?> WebhookSettings = new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook",
        ["Telegram:WebhookSecret"] = Secret,
    };

    [Fact]
    public async Task Start_WebhookMode_SetsWebhookWithSecretAndDoesNotPoll()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, WebhookSettings);

        var setWebhook = await server.WaitForAsync(r => r.Method == "setWebhook");
        Assert.Equal("https://bot.example.org/telegram/webhook", setWebhook.Body["url"]?.GetValue<string>());
        Assert.Equal(Secret, setWebhook.Body["secret_token"]?.GetValue<string>());
        Assert.DoesNotContain(server.Requests, r => r.Method is "getUpdates" or "deleteWebhook");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    [InlineData("hook_Secret-12")]
    public async Task Post_WithoutTheRightSecret_Returns401AndHandlesNothing(string? secret)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, WebhookSettings);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Post(host, PrivateText(1, "Who left?").ToJsonString(), secret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Answerer.Questions);
    }

    [Fact]
    public async Task Post_WithTheRightSecret_Returns200AndAnswersInTheBackground()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var answerer = new Fakes.FakeQuestionAnswerer { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TelegramTestHost.StartAsync(server, WebhookSettings, answerer);
        using var http = new HttpClient();

        // The answer is held back, so a 200 here proves the endpoint did not wait for it.
        using var response = await http.SendAsync(Post(host, PrivateText(1, "Who left?").ToJsonString(), Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await answerer.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        answerer.Gate.SetResult();
        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains("Who left?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedBody_Returns200SoTelegramDoesNotRetryIt()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, WebhookSettings);
        using var http = new HttpClient();

        using var malformed = await http.SendAsync(Post(host, "{ nope", Secret));
        using var valid = await http.SendAsync(Post(host, PrivateText(2, "Next?").ToJsonString(), Secret));

        Assert.Equal(HttpStatusCode.OK, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        await server.WaitForSentAsync(r => r.Text!.Contains("Next?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_PollingMode_Returns404()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        using var http = new HttpClient();

        using var response = await http.SendAsync(Post(host, PrivateText(1, "Who left?").ToJsonString(), Secret));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static HttpRequestMessage Post(TelegramTestHost host, string json, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseUrl, "/telegram/webhook"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return request;
    }
}
