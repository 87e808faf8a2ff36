using Bot.Telegram.Tests.Fakes;
using Bot.Telegram.Tests.StandIn;
using static Bot.Telegram.Tests.StandIn.TelegramUpdates;

namespace Bot.Telegram.Tests.Updates;

/// <summary>Inline mode end to end.</summary>
public sealed class InlineQueryHandlerTests
{
    [Fact]
    public async Task InlineQuery_Question_AnswersWithOneHtmlArticle()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(Inline(1, "Why did <b>Jan Leike</b> resign?", queryId: "q-77"));

        var answer = await server.WaitForAsync(r => r.Method == "answerInlineQuery");
        Assert.Equal("q-77", answer.Body["inline_query_id"]?.GetValue<string>());
        var article = Assert.Single(answer.Body["results"]!.AsArray())!;
        Assert.Equal("article", article["type"]?.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(article["id"]?.GetValue<string>()));
        Assert.Equal(FakeQuestionAnswerer.Evidence, article["title"]?.GetValue<string>());
        var content = article["input_message_content"]!;
        Assert.Equal("HTML", content["parse_mode"]?.GetValue<string>());
        Assert.Contains(FakeQuestionAnswerer.Evidence, content["message_text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Jan Leike&lt;/b&gt;", content["message_text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Why did <b>Jan Leike</b> resign?"], host.Answerer.Questions);
        Assert.Empty(server.Sent);
    }

    [Fact]
    public async Task InlineQuery_Empty_AnswersWithNoResults()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(Inline(1, "  "));

        var answer = await server.WaitForAsync(r => r.Method == "answerInlineQuery");
        Assert.Empty(answer.Body["results"]!.AsArray());
        Assert.Empty(host.Answerer.Questions);
    }

    [Fact]
    public async Task InlineQuery_EmptyAnswer_AnswersWithNoResults()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, answerer: new FakeQuestionAnswerer { AbstentionLead = "" });

        server.Enqueue(Inline(1, "Who left?"));

        var answer = await server.WaitForAsync(r => r.Method == "answerInlineQuery");
        Assert.Empty(answer.Body["results"]!.AsArray());
        Assert.Equal(["Who left?"], host.Answerer.Questions);
    }

    [Fact]
    public async Task CallbackQuery_Any_IsAcknowledged()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(Of(1, "callback_query", new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "cb-1",
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Ann" },
            ["chat_instance"] = "x",
            ["data"] = "more",
        }));

        var ack = await server.WaitForAsync(r => r.Method == "answerCallbackQuery");
        Assert.Equal("cb-1", ack.Body["callback_query_id"]?.GetValue<string>());
    }
}
