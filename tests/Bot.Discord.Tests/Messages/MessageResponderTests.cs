using Bot.Discord.Tests.StandIn;

namespace Bot.Discord.Tests.Messages;

public sealed class MessageResponderTests
{
    private const string Bot = DiscordStandIn.BotUserId;

    [Fact]
    public async Task HandleAsync_MentionAfter429_RepliesThreadedToTheQuestion()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(configure: s => s.MessageFaults.Enqueue(429));
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", GuildMessage("501", $"<@{Bot}> Why did Jan Leike resign?", mentionsBot: true));

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(r => r.Status == 200), "the reply after the 429");
        var posts = standIn.MessagePosts.ToList();
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        var reply = posts[1].Json!;
        Assert.Equal("501", reply["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Contains("Jan Leike resigned", reply["content"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertNoMentionsParsed(reply);
        Assert.Equal("Why did Jan Leike resign?", Assert.Single(bot.Answerer.Questions));
        Assert.Contains(standIn.Requests, r => r.Path == "/channels/600/typing");
    }

    [Fact]
    public async Task HandleAsync_GuildMessageWithoutMention_StaysSilent()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", GuildMessage("501", "Why did Jan Leike resign?", mentionsBot: false));
        await standIn.DispatchAsync("MESSAGE_CREATE", GuildMessage("502", $"<@!{Bot}> and Sutskever?", mentionsBot: false));

        // Events are handled in order, so once the second is answered the first was judged too.
        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the reply to the mention");
        var reply = Assert.Single(standIn.MessagePosts);
        Assert.Equal("502", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(["and Sutskever?"], bot.Answerer.Questions);
    }

    [Theory]
    [InlineData("""{"id":"800","username":"other-bot","bot":true}""", null)]
    [InlineData("""{"id":"801","username":"hook"}""", "\"900\"")]
    [InlineData("""{"id":"100000000000000001","username":"answer-bot","bot":true}""", null)]
    public async Task HandleAsync_BotWebhookOrSelf_Ignored(string author, string? webhookId)
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        var webhook = webhookId is null ? "" : $"\"webhook_id\":{webhookId},";
        await standIn.DispatchAsync("MESSAGE_CREATE",
            $$"""{"id":"510",{{webhook}}"channel_id":"600","guild_id":"42","author":{{author}},"content":"<@{{Bot}}> hello","type":0,"mentions":[{"id":"{{Bot}}"}]}""");
        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage("511", "Why did Jan Leike resign?"));

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the reply to the human");
        var reply = Assert.Single(standIn.MessagePosts);
        Assert.Equal("511", reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Single(bot.Answerer.Questions);
    }

    [Fact]
    public async Task HandleAsync_ReplyToTheBotsMessage_Answered()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", $$"""
            {"id":"520","channel_id":"600","guild_id":"42","author":{"id":"700"},"content":"and then?","type":19,"mentions":[],
             "referenced_message":{"id":"519","channel_id":"600","author":{"id":"{{Bot}}","bot":true},"content":"earlier answer","type":0} }
            """);

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the reply");
        Assert.Equal("520", Assert.Single(standIn.MessagePosts).Json!["message_reference"]!["message_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_TraditionalChineseDirectMessage_AnsweredInTraditional()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage("530", "伊爾亞為什麼離開？"));

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the DM reply");
        var content = Assert.Single(standIn.MessagePosts).Json!["content"]!.GetValue<string>();
        Assert.Contains("根據資料", content, StringComparison.Ordinal);
        Assert.Contains("來源", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_LongAnswer_SplitIntoThreadedMessagesWithinTheLimit()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;
        bot.Answerer.LongSentences = 12;

        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage("540", "Tell me everything"));

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Count() >= 2, "a split reply");
        await Task.Delay(200);
        var posts = standIn.MessagePosts.Select(p => p.Json!).ToList();
        Assert.All(posts, p => Assert.InRange(p["content"]!.GetValue<string>().Length, 1, 2000));
        Assert.All(posts, AssertNoMentionsParsed);
        Assert.NotNull(posts[0]["message_reference"]);
        Assert.All(posts.Skip(1), p => Assert.Null(p["message_reference"]));
    }

    [Fact]
    public async Task HandleAsync_ServerErrorOnSend_RetriedUntilDelivered()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(configure: s =>
        {
            s.MessageFaults.Enqueue(502);
            s.MessageFaults.Enqueue(503);
        });
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage("550", "Why did Jan Leike resign?"));

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(r => r.Status == 200), "the delivered reply");
        Assert.Equal([502, 503, 200], standIn.MessagePosts.Select(p => p.Status));
    }

    [Fact]
    public async Task HandleAsync_ForbiddenOnSend_NotRetried()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(configure: s => s.MessageFaults.Enqueue(403));
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", DirectMessage("555", "Why did Jan Leike resign?"));

        await DiscordStandIn.WaitUntilAsync(
            () => bot.Logs.Entries.Any(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Exception?.Contains("403", StringComparison.Ordinal) == true),
            "the logged failure");
        Assert.Equal([403], standIn.MessagePosts.Select(p => p.Status));
    }

    [Fact]
    public async Task HandleAsync_QuestionWithEveryoneAndRoleMentions_PingsNobody()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("MESSAGE_CREATE", GuildMessage("560", $"<@{Bot}> @everyone @here <@&123> why?", mentionsBot: true));

        await DiscordStandIn.WaitUntilAsync(() => standIn.MessagePosts.Any(), "the reply");
        AssertNoMentionsParsed(Assert.Single(standIn.MessagePosts).Json!);
    }

    internal static void AssertNoMentionsParsed(System.Text.Json.Nodes.JsonNode? payload)
    {
        var parse = payload!["allowed_mentions"]!["parse"]!.AsArray();
        Assert.Empty(parse);
    }

    private static string GuildMessage(string id, string content, bool mentionsBot) =>
        $$"""
        {"id":"{{id}}","channel_id":"600","guild_id":"42","author":{"id":"700","username":"asker"},
         "content":{{System.Text.Json.JsonSerializer.Serialize(content)}},"type":0,"mentions":{{(mentionsBot ? $"[{{\"id\":\"{Bot}\"}}]" : "[]")}}}
        """;

    private static string DirectMessage(string id, string content) =>
        $$"""
        {"id":"{{id}}","channel_id":"600","author":{"id":"700","username":"asker"},
         "content":{{System.Text.Json.JsonSerializer.Serialize(content)}},"type":0,"mentions":[]}
        """;
}
