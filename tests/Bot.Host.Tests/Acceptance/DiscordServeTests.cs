using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Host.Tests.StandIn;
using Bot.Host.Tests.Support;
using Xunit.Sdk;

namespace Bot.Host.Tests.Acceptance;

/// <summary>
/// The built host started as a user starts it, with only the Discord keys and a listener address set, against a
/// Discord stand-in: identify, commands, heartbeats, slash commands, mentions, DMs, Resume, HTTP interactions, SIGTERM.
/// </summary>
public sealed class DiscordServeTests
{
    // Shaped like a real token (base64 id . timestamp . HMAC) so a redactor that looks for the shape would see it.
    private const string Token = "NDI0MjQyNDI0MjQyNDI0MjQy.GdStIn.discord-acceptance_Token-0123456789abcdef";

    private const string GuildChannelId = "700000000000000001";
    private const string QuietChannelId = "700000000000000002";
    private const string BotChatterChannelId = "700000000000000003";

    private const string GatewayAskQuestion = "超级对齐团队由谁领导？";
    private const string MentionQuestion = "@everyone Who leads the superalignment team at OpenAI?";
    private const string UnmentionedQuestion = "Why did Jan Leike leave OpenAI?";
    private const string OtherBotQuestion = "Who is Ilya Sutskever?";
    private const string TraditionalQuestion = "伊利亞和奧特曼的矛盾本質是什麼？";
    private const string AfterResumeQuestion = "Why did Ilya Sutskever leave OpenAI?";
    private const string HttpAskQuestion = "What did Jan Leike say about safety culture?";

    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    // Characters that exist only in Simplified script (their Traditional forms: 這 為 團 隊 級 來 說 對 們 發 會 資).
    private static readonly char[] SimplifiedOnly = ['这', '为', '团', '队', '级', '来', '说', '对', '们', '发', '会', '资'];

    // Interaction tokens are secrets too (they authorize replies for 15 minutes); none may reach the logs.
    private static readonly string[] InteractionTokens = ["aW50ZXJhY3Rpb24tZ2F0ZXdheS1hc2s", "aW50ZXJhY3Rpb24taHR0cC1waW5n", "aW50ZXJhY3Rpb24taHR0cC1hc2s"];

    private static readonly string[] Questions =
        [GatewayAskQuestion, MentionQuestion, UnmentionedQuestion, OtherBotQuestion, TraditionalQuestion, AfterResumeQuestion, HttpAskQuestion];

    [Fact]
    public async Task Serve_DiscordOnly_AnswersOverGatewayAndHttpAndStopsCleanlyOnSigterm()
    {
        var keys = new Ed25519KeyPair();
        await using var discord = await DiscordStandIn.StartAsync(Token);
        var port = HostProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["Discord__Token"] = Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord__PublicKey"] = keys.PublicKeyHex,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        };

        // The bare command, as a user types it: with a token set it serves the platforms instead of the console chat.
        await using var host = HostProcess.Start([HostProcess.HostDll], environment, Repository.Root);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await AssertIdentifyAsync(discord);
            await AssertCommandsRegisteredAsync(discord);
            await AssertHeartbeatsAsync(discord);
            await AssertHealthyAsync(http);
            await AssertGatewayAskAnsweredAsync(discord);
            await AssertMentionRepliedAfterRateLimitAsync(discord);
            await AssertSilenceAndTraditionalDirectMessageAsync(discord);
            await AssertResumedAfterReconnectAsync(discord);
            await AssertHttpInteractionsAsync(discord, http, keys);
            AssertNoMentionsParsed(discord);
        }
        catch (Exception exception) when (exception is XunitException or TimeoutException or HttpRequestException)
        {
            throw new XunitException($"{exception.Message}\n--- host output ---\n{string.Join('\n', host.Lines)}", exception);
        }

        await host.SendSigtermAsync();
        var exitCode = await host.WaitForExitAsync(ExitBound);

        Assert.True(exitCode is not null, "the host was still running 10 s after SIGTERM:\n" + string.Join('\n', host.Lines));
        Assert.Equal(0, exitCode);
        AssertLogs(host.Lines);
    }

    private static async Task AssertIdentifyAsync(DiscordStandIn discord)
    {
        var identify = await discord.WaitForFrameAsync(f => f.FromBot && f.Op == 2, "an Identify", Generous);
        Assert.Equal("/gateway", identify.Path);
        Assert.Equal(Token, identify.Data?["token"]?.GetValue<string>());

        // GUILDS 1 | GUILD_MESSAGES 512 | DIRECT_MESSAGES 4096 | MESSAGE_CONTENT 32768.
        Assert.Equal(37377, identify.Data?["intents"]?.GetValue<int>());
        var properties = identify.Data?["properties"]?.AsObject();
        Assert.NotNull(properties);
        Assert.All(["os", "browser", "device"], key => Assert.False(string.IsNullOrEmpty(properties[key]?.GetValue<string>()), key));

        // The gateway URL came from GET /gateway/bot, asked with the bot's credentials.
        var gatewayBot = Assert.Single(discord.Requests, r => r.Path == "/gateway/bot" && r.Sequence < identify.Sequence);
        Assert.Equal(200, gatewayBot.Status);
    }

    private static async Task AssertCommandsRegisteredAsync(DiscordStandIn discord)
    {
        // No ApplicationId configured: the bot asks Discord for it, then overwrites the global commands.
        var put = await discord.WaitForRequestAsync(r => r.Method == "PUT", "the command registration", Generous);
        Assert.Equal($"/applications/{DiscordStandIn.ApplicationId}/commands", put.Path);
        Assert.Equal(200, put.Status);
        Assert.Contains(discord.Requests, r => r.Method == "GET" && r.Path == "/oauth2/applications/@me" && r.Sequence < put.Sequence && r.Succeeded);

        var commands = put.Body!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(new[] { "ask", "help", "sources" }, commands.Select(c => c["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var ask = commands.Single(c => c["name"]!.GetValue<string>() == "ask");
        Assert.Equal(1, ask["type"]?.GetValue<int>());
        var question = Assert.Single(ask["options"]!.AsArray())!.AsObject();
        Assert.Equal("question", question["name"]?.GetValue<string>());
        Assert.Equal(3, question["type"]?.GetValue<int>());
        Assert.True(question["required"]?.GetValue<bool>());

        // Every REST call so far carried the bot's credentials and the User-Agent Discord requires.
        Assert.All(discord.Requests, r =>
        {
            Assert.Equal("Bot " + Token, r.Authorization);
            Assert.StartsWith("DiscordBot (", r.UserAgent, StringComparison.Ordinal);
        });
    }

    private static async Task AssertHeartbeatsAsync(DiscordStandIn discord)
    {
        var ready = await discord.WaitForFrameAsync(f => !f.FromBot && f.EventName == "READY", "READY sent");
        var readySequence = ready.Payload["s"]!.GetValue<long>();

        // Several beats on the connection; once READY is read they carry its sequence number.
        await discord.WaitForAsync(
            () => discord.Frames.Count(f => f.FromBot && f.Op == 1) >= 3 ? "enough" : null, "three heartbeats");
        await discord.WaitForFrameAsync(
            f => f.FromBot && f.Op == 1 && f.Data?.GetValueKind() == System.Text.Json.JsonValueKind.Number && f.Data.GetValue<long>() == readySequence,
            "a heartbeat carrying READY's sequence number");
    }

    private static async Task AssertHealthyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Equal("Healthy", JsonNode.Parse(body)?["checks"]?["discord"]?["status"]?.GetValue<string>());
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/healthz still answers {(int)response.StatusCode}: {body}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task AssertGatewayAskAnsweredAsync(DiscordStandIn discord)
    {
        const string Id = "1100000000000000001";
        await discord.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Ask(Id, InteractionTokens[0], GuildChannelId, GatewayAskQuestion, "zh-CN"));

        var data = await WaitForInteractionAnswerAsync(discord, Id, InteractionTokens[0]);
        var embed = AssertAnswerEmbed(data, ReplyLanguage.SimplifiedChinese);
        Assert.Contains("莱克", embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task AssertMentionRepliedAfterRateLimitAsync(DiscordStandIn discord)
    {
        const string QuestionId = "1200000000000000001";
        discord.AnswerNextMessageWithTooManyRequests();
        var mark = discord.Mark;
        await discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.GuildMessage(QuestionId, GuildChannelId, MentionQuestion, mentionBot: true));

        var reply = await discord.WaitForRequestAsync(
            r => r.Sequence >= mark && IsMessagePost(r, GuildChannelId) && r.Succeeded, "the mention's reply after the 429", Generous);
        var refused = Assert.Single(discord.Requests, r => r.Sequence >= mark && IsMessagePost(r, GuildChannelId) && r.Status == 429);
        Assert.True(refused.Sequence < reply.Sequence);
        Assert.Equal(refused.Body!.ToJsonString(), reply.Body!.ToJsonString());

        Assert.Equal(QuestionId, reply.ReferencedMessageId);
        Assert.Contains(BotTexts.SourcesHeading(ReplyLanguage.English), reply.Content, StringComparison.Ordinal);

        // @everyone in the question pings nobody: nothing may be parsed into a mention.
        Assert.True(JsonNode.DeepEquals(NoMentions(), reply.Body["allowed_mentions"]), reply.Body.ToJsonString());

        // "Bot is typing…" was shown while it answered.
        Assert.Contains(discord.Requests, r => r.Sequence >= mark && r.Sequence < refused.Sequence && r.Method == "POST" && r.Path == $"/channels/{GuildChannelId}/typing");
    }

    private static async Task AssertSilenceAndTraditionalDirectMessageAsync(DiscordStandIn discord)
    {
        const string UnmentionedId = "1200000000000000002";
        const string OtherBotId = "1200000000000000003";
        const string DirectId = "1200000000000000004";
        var mark = discord.Mark;
        await discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.GuildMessage(UnmentionedId, QuietChannelId, UnmentionedQuestion, mentionBot: false));
        await discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.OtherBotMessage(OtherBotId, BotChatterChannelId, OtherBotQuestion));
        await discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage(DirectId, TraditionalQuestion));

        // The DM, dispatched last, is answered: the bot has read the two before it, which it decides on in order.
        var reply = await discord.WaitForRequestAsync(
            r => r.Sequence >= mark && IsMessagePost(r, DiscordEvents.DmChannelId) && r.Succeeded && r.ReferencedMessageId == DirectId,
            "the reply to the Traditional-Chinese DM", Generous);
        var parts = discord.Requests.Where(r => r.Sequence >= mark && IsMessagePost(r, DiscordEvents.DmChannelId) && r.Succeeded).ToList();
        var text = string.Concat(parts.Select(p => p.Content));
        Assert.Contains(BotTexts.SourcesHeading(ReplyLanguage.TraditionalChinese), text, StringComparison.Ordinal);
        Assert.Contains("矛盾", text, StringComparison.Ordinal);
        Assert.True(text.IndexOfAny(SimplifiedOnly) < 0, "a Simplified-only character in the Traditional reply: " + text);
        Assert.True(JsonNode.DeepEquals(NoMentions(), reply.Body!["allowed_mentions"]), reply.Body.ToJsonString());

        // Neither the unmentioned message nor the other bot's got a reply, or even a typing indicator.
        AssertSilentTowards(discord, UnmentionedId, QuietChannelId);
        AssertSilentTowards(discord, OtherBotId, BotChatterChannelId);
    }

    private static void AssertSilentTowards(DiscordStandIn discord, string messageId, string channelId)
    {
        Assert.DoesNotContain(discord.Requests, r => r.Path.StartsWith($"/channels/{channelId}/", StringComparison.Ordinal));
        Assert.DoesNotContain(discord.Requests, r => r.ReferencedMessageId == messageId);
    }

    private static async Task AssertResumedAfterReconnectAsync(DiscordStandIn discord)
    {
        var sequenceBefore = discord.LastDispatchSequence;
        var mark = discord.Mark;
        await discord.SendReconnectAsync();

        // A new connection to READY's resume_gateway_url, resuming the session where it left off.
        var resume = await discord.WaitForFrameAsync(f => f.Sequence >= mark && f.FromBot && f.Op == 6, "a Resume after op 7", Generous);
        Assert.Equal("/resume", resume.Path);
        Assert.True(resume.Connection > 1, "the Resume came on the first connection");
        Assert.Equal(Token, resume.Data?["token"]?.GetValue<string>());
        Assert.Equal(DiscordStandIn.SessionId, resume.Data?["session_id"]?.GetValue<string>());
        Assert.Equal(sequenceBefore, resume.Data?["seq"]?.GetValue<long>());
        await discord.WaitForFrameAsync(f => f.Sequence > resume.Sequence && !f.FromBot && f.EventName == "RESUMED", "RESUMED sent");
        Assert.DoesNotContain(discord.Frames, f => f.Sequence >= mark && f.FromBot && f.Op == 2);

        // And it keeps answering on the resumed session.
        const string DirectId = "1200000000000000005";
        var asked = discord.Mark;
        await discord.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage(DirectId, AfterResumeQuestion));
        var reply = await discord.WaitForRequestAsync(
            r => r.Sequence >= asked && IsMessagePost(r, DiscordEvents.DmChannelId) && r.Succeeded && r.ReferencedMessageId == DirectId,
            "the reply to a DM after the Resume", Generous);
        Assert.Contains(BotTexts.SourcesHeading(ReplyLanguage.English), reply.Content, StringComparison.Ordinal);
    }

    private static async Task AssertHttpInteractionsAsync(DiscordStandIn discord, HttpClient http, Ed25519KeyPair keys)
    {
        var ping = DiscordEvents.Ping("1300000000000000001", InteractionTokens[1]).ToJsonString();

        using (var pong = await PostInteractionAsync(http, ping, keys.Sign))
        {
            var body = await pong.Content.ReadAsStringAsync();
            Assert.True(pong.StatusCode == HttpStatusCode.OK, $"PING answered {(int)pong.StatusCode}: {body}");
            Assert.True(JsonNode.DeepEquals(new JsonObject { ["type"] = 1 }, JsonNode.Parse(body)), body);
        }

        // Signed by another key, signed for another body, not signed at all: refused, as Discord's own probes expect.
        var stranger = new Ed25519KeyPair();
        using (var forged = await PostInteractionAsync(http, ping, stranger.Sign))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        using (var tampered = await PostInteractionAsync(http, ping.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal), (timestamp, _) => keys.Sign(timestamp, ping)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        }

        using (var unsigned = await http.PostAsync(new Uri("/discord/interactions", UriKind.Relative), new StringContent(ping, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        const string AskId = "1300000000000000002";
        var ask = DiscordEvents.Ask(AskId, InteractionTokens[2], GuildChannelId, HttpAskQuestion).ToJsonString();
        using var answered = await PostInteractionAsync(http, ask, keys.Sign);
        var answer = await answered.Content.ReadAsStringAsync();
        Assert.True(answered.StatusCode == HttpStatusCode.OK, $"/ask answered {(int)answered.StatusCode}: {answer}");
        var response = JsonNode.Parse(answer)!;
        var type = response["type"]?.GetValue<int>();
        Assert.True(type is 4 or 5, answer);
        Assert.True(JsonNode.DeepEquals(NoMentions(), response["data"]?["allowed_mentions"]), answer);
        var data = type == 4 ? response["data"]! : (await WaitForEditAsync(discord, InteractionTokens[2])).Body!;
        AssertAnswerEmbed(data, ReplyLanguage.English);
    }

    /// <summary>Every message and interaction response the bot sent pings no one.</summary>
    private static void AssertNoMentionsParsed(DiscordStandIn discord)
    {
        var bodies = discord.Requests
            .Where(r => (r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)) || r.Method == "PATCH")
            .Select(r => r.Body)
            .Concat(discord.Requests.Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).Select(r => r.Body?["data"]))
            .ToList();
        Assert.True(bodies.Count >= 5, discord.Describe());
        Assert.All(bodies, body => Assert.True(JsonNode.DeepEquals(NoMentions(), body?["allowed_mentions"]), body?.ToJsonString()));
    }

    private static void AssertLogs(IReadOnlyList<string> lines)
    {
        Assert.NotEmpty(lines);

        // The 429, op 7 and the forged requests are warnings; nothing went wrong enough to be an error.
        Assert.DoesNotContain(lines, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(Token, StringComparison.Ordinal));

        // Nor any recognisable part of it, nor an interaction token, nor what people asked (Information level and above).
        Assert.All(Token.Split('.'), part => Assert.DoesNotContain(lines, line => line.Contains(part, StringComparison.Ordinal)));
        Assert.All(InteractionTokens, token => Assert.DoesNotContain(lines, line => line.Contains(token, StringComparison.Ordinal)));
        Assert.All(Questions, question => Assert.DoesNotContain(lines, line => line.Contains(question, StringComparison.Ordinal)));
    }

    /// <summary>Waits for the callback of interaction <paramref name="id"/>; returns its message, from type 4 or from the edit after type 5.</summary>
    private static async Task<JsonNode> WaitForInteractionAnswerAsync(DiscordStandIn discord, string id, string token)
    {
        var callback = await discord.WaitForRequestAsync(
            r => r.Method == "POST" && r.Path == $"/interactions/{id}/{token}/callback", $"the callback of interaction {id}", Generous);
        Assert.True(callback.Succeeded, discord.Describe());
        var type = callback.Body?["type"]?.GetValue<int>();
        Assert.True(type is 4 or 5, callback.Body?.ToJsonString());
        return type == 4 ? callback.Body!["data"]! : (await WaitForEditAsync(discord, token)).Body!;
    }

    private static Task<DiscordRequest> WaitForEditAsync(DiscordStandIn discord, string token) =>
        discord.WaitForRequestAsync(
            r => r.Method == "PATCH" && r.Path == $"/webhooks/{DiscordStandIn.ApplicationId}/{token}/messages/@original" && r.Succeeded,
            "the edit of a deferred answer", Generous);

    /// <summary>An answer embed in <paramref name="language"/>: a description and a footer naming the sources; returns the embed.</summary>
    private static JsonObject AssertAnswerEmbed(JsonNode data, ReplyLanguage language)
    {
        Assert.True(JsonNode.DeepEquals(NoMentions(), data["allowed_mentions"]), data.ToJsonString());
        var embed = Assert.Single(data["embeds"]!.AsArray())!.AsObject();
        Assert.False(string.IsNullOrWhiteSpace(embed["description"]?.GetValue<string>()), data.ToJsonString());
        Assert.StartsWith(BotTexts.SourcesHeading(language), embed["footer"]?["text"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        return embed;
    }

    private static async Task<HttpResponseMessage> PostInteractionAsync(HttpClient http, string body, Func<string, string, string> sign)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/discord/interactions", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await http.SendAsync(request);
    }

    private static bool IsMessagePost(DiscordRequest request, string channelId) =>
        request.Method == "POST" && request.Path == $"/channels/{channelId}/messages";

    private static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };
}
