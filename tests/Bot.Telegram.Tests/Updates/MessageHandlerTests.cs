using Bot.Core.Answering;
using Bot.Telegram.Replies;
using Bot.Telegram.Tests.Replies;
using Bot.Telegram.Tests.Fakes;
using Bot.Telegram.Tests.StandIn;
using static Bot.Telegram.Tests.StandIn.TelegramUpdates;

namespace Bot.Telegram.Tests.Updates;

/// <summary>Private and group conversations end to end: stand-in Bot API ⇄ real HTTP ⇄ the adapter.</summary>
public sealed class MessageHandlerTests
{
    [Fact]
    public async Task Start_EnglishUser_SendsWelcomeSayingWhatTheBotCovers()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "/start"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains("Hello", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2024 OpenAI departures", reply.Text, StringComparison.Ordinal);
        Assert.Equal("HTML", reply.Body["parse_mode"]?.GetValue<string>());
        Assert.Empty(host.Answerer.Questions);
    }

    [Theory]
    [InlineData("zh-hant", ReplyLanguage.TraditionalChinese)]
    [InlineData("zh-TW", ReplyLanguage.TraditionalChinese)]
    [InlineData("zh-hans", ReplyLanguage.SimplifiedChinese)]
    public async Task Start_ChineseUser_WelcomesInTheUsersScript(string languageCode, ReplyLanguage expected)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "/start", languageCode));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains(HtmlText.Escape(BotTexts.Help(expected)), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Private_SendsHelp()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "/help"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Equal(HtmlText.Escape(BotTexts.Help(ReplyLanguage.English)), reply.Text);
    }

    [Fact]
    public async Task Sources_Private_ListsDocumentsEscaped()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "/sources"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains("<b>Sources:</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Leike resigns — Example News", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Equity &amp; exit &lt;agreements&gt;", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Private_AnswersWithTypingThenHtmlReply()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "/ask Why did Jan Leike resign?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Equal(["Why did Jan Leike resign?"], host.Answerer.Questions);
        Assert.Contains(FakeQuestionAnswerer.Evidence, reply.Text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("[1] Leike resigns — Example News", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.ReplyToMessageId);
        var typing = server.Requests.First(r => r.Method == "sendChatAction");
        Assert.Equal("typing", typing.Body["action"]?.GetValue<string>());
        Assert.True(typing.Sequence < reply.Sequence);
    }

    [Fact]
    public async Task PlainText_Private_IsAQuestion()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "What happened to the superalignment team?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Equal(["What happened to the superalignment team?"], host.Answerer.Questions);
        Assert.Contains("You asked: What happened to the superalignment team?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffTopic_Private_SendsTheAbstention()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(1, "What's the weather in Paris?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Equal(HtmlText.Escape(BotTexts.NotCovered(ReplyLanguage.English)), reply.Text);
    }

    [Fact]
    public async Task Chatter_Group_StaysSilent()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(GroupText(1, "lol did you see the news about Ilya?"));
        server.Enqueue(GroupText(2, "/ask@OtherBot what is this?"));
        server.Enqueue(GroupText(3, "/start@OtherBot"));
        // Updates of one chat are handled in order, so once this one is answered the chatter has been seen.
        server.Enqueue(GroupText(4, $"/ask@{FakeBotApiServer.BotUsername} Who left?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Equal(["Who left?"], host.Answerer.Questions);
        Assert.Equal(MessageIdOf(4), reply.ReplyToMessageId);
        Assert.Single(server.Sent);
    }

    [Fact]
    public async Task AskWithUsername_Group_RepliesThreadedToTheQuestion()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(GroupText(5, $"/ask@{FakeBotApiServer.BotUsername} Why did Jan Leike resign?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Equal(["Why did Jan Leike resign?"], host.Answerer.Questions);
        Assert.Equal(MessageIdOf(5), reply.ReplyToMessageId);
    }

    [Fact]
    public async Task BareAsk_Group_IsAnswered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(GroupText(5, "/ask Who left?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Equal(["Who left?"], host.Answerer.Questions);
        Assert.Equal(MessageIdOf(5), reply.ReplyToMessageId);
    }

    [Fact]
    public async Task Mention_Group_AnswersTheQuestionWithoutTheMention()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(GroupText(6, $"@{FakeBotApiServer.BotUsername.ToLowerInvariant()} 為什麼 Jan Leike 離開 OpenAI？", languageCode: "zh-hant"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Equal(["為什麼 Jan Leike 離開 OpenAI？"], host.Answerer.Questions);
        Assert.Equal(MessageIdOf(6), reply.ReplyToMessageId);
        Assert.Contains("來源：", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToBotMessage_Group_IsAnswered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(GroupText(7, "And what about the compute?", replyToBot: true));

        var reply = await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Equal(["And what about the compute?"], host.Answerer.Questions);
        Assert.Equal(MessageIdOf(7), reply.ReplyToMessageId);
    }

    [Fact]
    public async Task LongEvidence_Group_GoesIntoAnExpandableBlockquote()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var answerer = new FakeQuestionAnswerer { Sentences = [string.Concat(Enumerable.Repeat("Leike wrote that safety had taken a back seat. ", 10))] };
        await using var host = await TelegramTestHost.StartAsync(server, answerer: answerer);

        server.Enqueue(GroupText(8, "/ask What did Leike write?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Contains("<blockquote expandable>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlInQuestion_Private_IsEscapedInTheReply()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var answerer = new FakeQuestionAnswerer { CitationTitle = "R&D <i>budget</i>" };
        await using var host = await TelegramTestHost.StartAsync(server, answerer: answerer);

        server.Enqueue(PrivateText(1, "<b>Why</b> did R&D <script>alert(1)</script> leave?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains("&lt;b&gt;Why&lt;/b&gt; did R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; leave?", reply.Text, StringComparison.Ordinal);
        Assert.Contains("R&amp;D &lt;i&gt;budget&lt;/i&gt;", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongAnswer_Private_IsSplitIntoMessagesWithinTheLimit()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var sentence = "Sutskever left OpenAI in May 2024 after nearly a decade at the company. ";
        var answerer = new FakeQuestionAnswerer { Sentences = [string.Concat(Enumerable.Repeat(sentence, 120))] };
        await using var host = await TelegramTestHost.StartAsync(server, answerer: answerer);

        server.Enqueue(PrivateText(1, "Tell me everything"));

        await server.WaitForSentAsync(r => r.ChatId == PrivateChatId && r.Text!.Contains("Sources", StringComparison.Ordinal));
        var parts = server.Sent;
        Assert.True(parts.Count >= 3);
        Assert.All(parts, part => Assert.True(ReplyTestText.VisibleLength(part.Text!) <= 4096));
        Assert.All(parts.SkipLast(1), part => Assert.EndsWith(".</blockquote>", part.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChatNotAllowed_Private_GetsNoAnswer()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, new Dictionary<string, string?> { ["Telegram:AllowedChats:0"] = "777" });

        server.Enqueue(PrivateText(1, "Who left?"));
        server.Enqueue(PrivateText(2, "Who stayed?", chatId: 777, userId: 777));

        await server.WaitForSentAsync(r => r.ChatId == 777);
        await server.WaitForAsync(r => r.Method == "getUpdates" && r.Body["offset"]?.GetValue<long>() == 3);
        Assert.Equal(["Who stayed?"], host.Answerer.Questions);
        Assert.DoesNotContain(server.Sent, r => r.ChatId == PrivateChatId);
    }

    [Fact]
    public async Task FloodFromOneUser_Private_CooldownDropsTheExcess()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, new Dictionary<string, string?>
        {
            ["Telegram:UserQuestionBurst"] = "2",
            ["Telegram:UserQuestionInterval"] = "01:00:00",
        });

        server.Enqueue(PrivateText(1, "q1"));
        server.Enqueue(PrivateText(2, "q2"));
        server.Enqueue(PrivateText(3, "q3"));
        server.Enqueue(PrivateText(4, "from someone else", userId: 5005));

        await server.WaitForSentAsync(r => r.Text!.Contains("from someone else", StringComparison.Ordinal));
        Assert.Equal(["q1", "q2", "from someone else"], host.Answerer.Questions);
    }

    [Fact]
    public async Task SlowAnswer_Private_KeepsShowingTypingUntilTheReply()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var answerer = new FakeQuestionAnswerer { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TelegramTestHost.StartAsync(server, answerer: answerer);

        server.Enqueue(PrivateText(1, "Who left?"));

        await answerer.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await server.WaitUntilAsync(requests => requests.Count(r => r.Method == "sendChatAction") >= 3);
        answerer.Gate.SetResult();
        await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains(Bot.Telegram.Updates.TypingIndicator.RefreshInterval, host.Time.RequestedDelays);
    }

    [Fact]
    public async Task MessageSentViaTheBotsInlineMode_Group_IsNotTakenAsAQuestion()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        var viaBot = GroupText(1, $"You asked: @{FakeBotApiServer.BotUsername} who left?");
        viaBot["message"]!["via_bot"] = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "Departures", ["username"] = FakeBotApiServer.BotUsername,
        };
        server.Enqueue(viaBot);
        server.Enqueue(GroupText(2, "/ask Who stayed?"));

        await server.WaitForSentAsync(r => r.ChatId == GroupChatId);
        Assert.Equal(["Who stayed?"], host.Answerer.Questions);
    }

    [Fact]
    public async Task GroupUpgradedToSupergroup_Group_ReplySentToTheNewChat()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        server.InjectRaw("sendMessage", 400,
            """{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1009999}}""");

        server.Enqueue(GroupText(1, "/ask Who left?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == -1009999);
        Assert.Contains("Who left?", reply.Text, StringComparison.Ordinal);
    }
}
