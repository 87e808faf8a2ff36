using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Host.Tests.Deployment;
using Bot.Host.Tests.StandIn;
using Bot.Host.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Bot.Host.Tests.Acceptance;

/// <summary>
/// The built host started as the container starts it, against a Telegram Bot API stand-in: a conversation,
/// health, metrics, logs, then SIGTERM.
/// </summary>
public sealed class ServeCommandTests
{
    private const string Token = "123456789:AAF-deploy_acceptance-Token0123456789";
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    // Every question's text, so the test can check none of them reaches the logs.
    private static readonly string[] Questions =
    [
        "Why did Jan Leike leave OpenAI?",
        "Who is Ilya Sutskever?",
        "楊·萊克為什麼離開OpenAI？",
        "lol nice weather in here today",
        "What did Jan Leike say about safety culture?",
        "<b>Why</b> did Ilya Sutskever leave? <script>alert(1)</script>",
        "What is the best pizza in Naples?",
    ];

    [Fact]
    public async Task Serve_TelegramConversation_AnswersReportsAndStopsCleanlyOnSigterm()
    {
        await using var telegram = await BotApiStandIn.StartAsync(Token);
        var port = HostProcess.FreePort();
        var environment = ContainerEnvironment.With(new Dictionary<string, string>
        {
            ["Telegram__Token"] = Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString().TrimEnd('/'),
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        });
        await using var host = HostProcess.Start(ContainerEnvironment.Arguments(), environment, Repository.Root);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };

        await telegram.WaitForAsync(r => r.Method == "getUpdates", "the first getUpdates", Generous);
        await PlayConversationAsync(telegram);
        await AssertHealthyAsync(http, port);
        await AssertMetricsAsync(http);
        await AssertUnhealthyWhileTelegramRefusesAsync(telegram, http, port);

        await host.SendSigtermAsync();
        var exitCode = await host.WaitForExitAsync(ExitBound);

        Assert.True(exitCode is not null, "the host was still running 10 s after SIGTERM:\n" + string.Join('\n', host.Lines));
        Assert.Equal(0, exitCode);
        AssertLogs(host.Lines);
    }

    [Theory]
    [InlineData("Telegram__Mode", "Nope", "Telegram:Mode")]
    [InlineData("Telegram__PollTimeoutSeconds", "99", "Telegram:PollTimeoutSeconds")]
    [InlineData("Telegram__Token", "123456789:AAF-deploy_acceptance Token/0123456789", "Telegram:Token")]
    public async Task Serve_MalformedKey_ExitsNonZeroNamingTheKeyNotTheToken(string key, string value, string named)
    {
        var environment = ContainerEnvironment.With(new Dictionary<string, string>
        {
            ["Telegram__Token"] = Token,
            ["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{HostProcess.FreePort()}",
            [key] = value,
        });
        await using var host = HostProcess.Start(ContainerEnvironment.Arguments(), environment, Repository.Root);

        var exitCode = await host.WaitForExitAsync(Generous);

        var output = string.Join('\n', host.Lines);
        Assert.True(exitCode is not null and not 0, $"exit code {exitCode}:\n{output}");
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.DoesNotContain("AAF-deploy_acceptance", output, StringComparison.Ordinal);
    }

    private static async Task PlayConversationAsync(BotApiStandIn telegram)
    {
        const long Private = TelegramUpdates.PrivateChatId;
        const long Group = TelegramUpdates.GroupChatId;

        // /start greets; /ask and a plain private message are questions.
        var greeting = await ExchangeAsync(telegram, TelegramUpdates.Private(1, "/start"), Private);
        Assert.StartsWith("Hello!", greeting.Text, StringComparison.Ordinal);
        AssertAnswer(await ExchangeAsync(telegram, TelegramUpdates.Private(2, "/ask " + Questions[0]), Private), ReplyLanguage.English);
        AssertAnswer(await ExchangeAsync(telegram, TelegramUpdates.Private(3, Questions[1]), Private), ReplyLanguage.English);

        // A group mention in Traditional Chinese is answered in the group, in Traditional Chinese, as a reply.
        var group = await ExchangeAsync(telegram, TelegramUpdates.Group(4, $"@{BotApiStandIn.BotUsername} {Questions[2]}", "zh-hant"), Group);
        AssertAnswer(group, ReplyLanguage.TraditionalChinese);
        Assert.Equal(TelegramUpdates.MessageIdOf(4), group.ReplyToMessageId);

        // Group chatter not addressed to the bot, and updates the bot cannot or need not handle, get no reply;
        // the bot confirms them all (so they are done with) and keeps working.
        var mark = telegram.Mark;
        telegram.Enqueue(5, TelegramUpdates.Group(5, Questions[3]));
        telegram.EnqueueRaw(6, """{"update_id":6,"poll":{"id":"p1","question":"Lunch?","options":[]}}""");
        telegram.EnqueueRaw(7, """{"update_id":7,"message":{"message_id":70,"date":1700000000,"chat":{"id":3001,"type":"private"},"sticker":{"file_id":"x"}}}""");
        telegram.EnqueueRaw(8, """{"update_id":8,"message":{"message_id":"eighty","chat":"not a chat"}}""");
        telegram.EnqueueRaw(9, """{"update_id":9,"edited_message":{"message_id":90,"date":1700000000,"chat":{"id":3001,"type":"private"},"text":"edited"}}""");
        await telegram.WaitForConfirmedAsync(9);
        Assert.DoesNotContain(telegram.Requests, r => r.Sequence >= mark && r.Method == "sendMessage");

        // A 429 on the reply is waited out (retry_after) and the same reply sent again.
        telegram.FailNextSendWithTooManyRequests();
        mark = telegram.Mark;
        telegram.Enqueue(10, TelegramUpdates.Private(10, Questions[4]));
        await telegram.WaitForAsync(r => r.Sequence >= mark && r.Method == "sendMessage" && telegram.SentSince(Private, mark).Count >= 2, "the reply sent again after a 429");
        var attempts = telegram.SentSince(Private, mark);
        Assert.Equal(attempts[0].Text, attempts[1].Text);
        AssertAnswer(attempts[1], ReplyLanguage.English);

        // HTML typed by the asker never reaches Telegram as markup.
        var html = await ExchangeAsync(telegram, TelegramUpdates.Private(11, Questions[5]), Private);
        Assert.DoesNotContain("<script", html.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Why</b>", html.Text, StringComparison.Ordinal);

        // An off-topic question gets a polite "not covered" without sources, not silence.
        var offTopic = await ExchangeAsync(telegram, TelegramUpdates.Private(12, Questions[6]), Private);
        Assert.NotEmpty(offTopic.Text);
        Assert.DoesNotContain(BotTexts.SourcesHeading(ReplyLanguage.English), offTopic.Text, StringComparison.Ordinal);
        await telegram.WaitForConfirmedAsync(12);
    }

    /// <summary>Serves one update and returns the bot's reply to it.</summary>
    private static async Task<StandInRequest> ExchangeAsync(BotApiStandIn telegram, JsonObject update, long chatId)
    {
        var mark = telegram.Mark;
        telegram.Enqueue(update["update_id"]!.GetValue<long>(), update);
        return await telegram.WaitForSendAsync(chatId, mark);
    }

    private static void AssertAnswer(StandInRequest reply, ReplyLanguage language)
    {
        Assert.Equal("HTML", reply.Body["parse_mode"]?.GetValue<string>());
        Assert.Contains(BotTexts.SourcesHeading(language).TrimEnd(':', '：'), reply.Text, StringComparison.Ordinal);
    }

    private static async Task AssertHealthyAsync(HttpClient http, int port)
    {
        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/healthz {(int)response.StatusCode}: {body}");
        var checks = JsonNode.Parse(body)!["checks"]!.AsObject();
        Assert.Equal("Healthy", checks["telegram"]?["status"]?.GetValue<string>());
        Assert.Equal("Healthy", checks["knowledge-base"]?["status"]?.GetValue<string>());

        Assert.Equal(0, await RunComposeHealthcheckAsync(port));
    }

    /// <summary>Runs the compose file's healthcheck command here, aimed at this host's port instead of the container's 8080.</summary>
    private static async Task<int> RunComposeHealthcheckAsync(int port)
    {
        var test = ((YamlMappingNode)ComposeFile.Bot().Child("healthcheck")!).Child("test").Strings();
        Assert.Equal("CMD", test[0]);
        var check = new ProcessStartInfo(test[1]) { UseShellExecute = false };
        foreach (var argument in test.Skip(2))
        {
            check.ArgumentList.Add(argument.Replace("8080", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        using var process = Process.Start(check)!;
        await process.WaitForExitAsync().WaitAsync(Generous);
        return process.ExitCode;
    }

    private static async Task AssertUnhealthyWhileTelegramRefusesAsync(BotApiStandIn telegram, HttpClient http, int port)
    {
        // Another instance polling the same token: the adapter is disconnected and /healthz says so, until it recovers.
        telegram.Conflict = true;
        var unhealthy = await WaitForHealthAsync(http, HttpStatusCode.ServiceUnavailable);
        var checks = JsonNode.Parse(unhealthy)!["checks"]!;
        Assert.Equal("Unhealthy", checks["telegram"]?["status"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(checks["telegram"]?["reason"]?.GetValue<string>()), unhealthy);
        Assert.Equal("Healthy", checks["knowledge-base"]?["status"]?.GetValue<string>());
        Assert.NotEqual(0, await RunComposeHealthcheckAsync(port));

        // Connected again once a poll succeeds; a message makes the long poll return at once instead of after 50 s.
        telegram.Conflict = false;
        var help = await ExchangeAsync(telegram, TelegramUpdates.Private(13, "/help"), TelegramUpdates.PrivateChatId);
        Assert.NotEmpty(help.Text);
        await WaitForHealthAsync(http, HttpStatusCode.OK);
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.True(Sample(metrics, """bot_errors_total{platform="telegram"}""") >= 1, metrics);
    }

    /// <summary>Asks /healthz until it answers <paramref name="status"/> (10 s at most); returns the body.</summary>
    private static async Task<string> WaitForHealthAsync(HttpClient http, HttpStatusCode status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == status)
            {
                return body;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/healthz still answers {(int)response.StatusCode}, not {(int)status}: {body}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task AssertMetricsAsync(HttpClient http)
    {
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var answered = Sample(metrics, """bot_questions_total{outcome="answered",platform="telegram"}""");
        var abstained = Sample(metrics, """bot_questions_total{outcome="abstained",platform="telegram"}""");
        // /ask, the private question, the group mention, the one after the 429, the HTML one and the off-topic one.
        Assert.True(answered + abstained == 6, metrics);
        Assert.True(answered >= 4 && abstained >= 1, metrics);
        Assert.Equal(6, Sample(metrics, """bot_answer_latency_seconds_count{platform="telegram"}"""));
        Assert.True(Sample(metrics, """bot_rate_limited_total{platform="telegram"}""") >= 1, metrics);
    }

    private static void AssertLogs(IReadOnlyList<string> lines)
    {
        // JSON console logs: every line one object.
        Assert.NotEmpty(lines);
        var entries = lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

        // The JSON writer escapes CJK and '<', so search the decoded text as well as the raw lines.
        var decoded = entries.Select(entry => entry.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).ToList();
        var texts = lines.Concat(decoded).ToList();
        Assert.DoesNotContain(texts, text => text.Contains(Token.Split(':')[1], StringComparison.Ordinal));
        Assert.All(Questions, question => Assert.DoesNotContain(texts, text => text.Contains(question, StringComparison.Ordinal)));

        // One line per answered question with platform, latency and abstention.
        var answered = entries.Where(entry => entry["Category"]?.GetValue<string>() == "Bot.Core.Diagnostics.BotMetrics").ToList();
        Assert.Equal(6, answered.Count);
        Assert.All(answered, entry =>
        {
            Assert.Equal("Information", entry["LogLevel"]?.GetValue<string>());
            Assert.Equal("telegram", entry["State"]?["Platform"]?.GetValue<string>());
            Assert.NotNull(entry["State"]?["LatencyMs"]);
            Assert.NotNull(entry["State"]?["Abstained"]);
        });
    }

    private static double Sample(string metrics, string series)
    {
        var line = metrics.Split('\n').FirstOrDefault(line => line.StartsWith(series + " ", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
