using System.Text.Json.Nodes;
using Bot.Telegram.Tests.Fakes;
using Bot.Telegram.Tests.StandIn;
using static Bot.Telegram.Tests.StandIn.TelegramUpdates;

namespace Bot.Telegram.Tests.Updates;

/// <summary>The polling loop's robustness: offsets, repeats, odd and malformed updates, failing updates.</summary>
public sealed class PollingLoopTests
{
    [Fact]
    public async Task OddUpdates_Polling_AreIgnoredAndTheNextQuestionIsAnswered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectRaw("getUpdates", 200, "{ this is not json");
        await using var host = await TelegramTestHost.StartAsync(server);

        var chat = new JsonObject { ["id"] = PrivateChatId, ["type"] = "private" };
        var from = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Ann" };
        JsonObject Bare(long id) => new() { ["message_id"] = id, ["date"] = 1, ["chat"] = chat.DeepClone(), ["from"] = from.DeepClone() };

        server.EnqueueRaw("""{"update_id":1,"message":"not an object"}""", 1);
        server.EnqueueRaw("""{"update_id":2,"message":{"message_id":20,"text":"no chat"}}""", 2);
        server.EnqueueRaw("""{"no_update_id":true}""", null);
        server.Enqueue(Of(3, "poll", new JsonObject { ["id"] = "p", ["question"] = "?" }));
        var sticker = Bare(40);
        sticker["sticker"] = new JsonObject { ["file_id"] = "s", ["emoji"] = "🙂" };
        server.Enqueue(Of(4, "message", sticker));
        var photo = Bare(50);
        photo["photo"] = new JsonArray(new JsonObject { ["file_id"] = "p", ["width"] = 1, ["height"] = 1 });
        photo["caption"] = "what is this?";
        server.Enqueue(Of(5, "message", photo));
        var edited = Bare(60);
        edited["text"] = "edited question?";
        server.Enqueue(Of(6, "edited_message", edited));
        server.Enqueue(Of(7, "channel_post", new JsonObject
        {
            ["message_id"] = 70, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = -100_3003, ["type"] = "channel" }, ["text"] = "news",
        }));
        server.Enqueue(Of(8, "my_chat_member", new JsonObject
        {
            ["chat"] = chat.DeepClone(), ["from"] = from.DeepClone(), ["date"] = 1,
            ["old_chat_member"] = new JsonObject { ["status"] = "left" }, ["new_chat_member"] = new JsonObject { ["status"] = "member" },
        }));
        var joined = Bare(90);
        joined["new_chat_members"] = new JsonArray(from.DeepClone());
        server.Enqueue(Of(9, "message", joined));
        server.Enqueue(PrivateText(10, "Who left OpenAI?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains("Who left OpenAI?", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Who left OpenAI?"], host.Answerer.Questions);
        Assert.Single(server.Sent);
        await server.WaitForAsync(r => r.Method == "getUpdates" && r.Body["offset"]?.GetValue<long>() == 11);
    }

    [Fact]
    public async Task Stop_QuestionInFlight_IsStillAnswered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var answerer = new FakeQuestionAnswerer { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TelegramTestHost.StartAsync(server, answerer: answerer, timeFactor: 1);
        server.Enqueue(PrivateText(1, "Who left OpenAI?"));
        await answerer.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = host.StopAsync();
        await Task.Delay(200);
        answerer.Gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var reply = Assert.Single(server.Sent);
        Assert.Contains("Who left OpenAI?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedUpdateId_Polling_IsHandledOnce()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);

        server.Enqueue(PrivateText(50, "first question"));
        await server.WaitForSentAsync(r => r.Text!.Contains("first question", StringComparison.Ordinal));
        await server.WaitForAsync(r => r.Method == "getUpdates" && r.Body["offset"]?.GetValue<long>() == 51);

        // Served again although confirmed, as a webhook retry or a buggy server would.
        server.EnqueueRaw(PrivateText(50, "first question").ToJsonString(), 50, ignoreOffset: true);
        server.Enqueue(PrivateText(51, "second question"));

        await server.WaitForSentAsync(r => r.Text!.Contains("second question", StringComparison.Ordinal));
        Assert.Equal(["first question", "second question"], host.Answerer.Questions);
        Assert.Equal(2, server.Sent.Count);
    }

    [Fact]
    public async Task Offset_Polling_IsConfirmedOnlyAfterHandling()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var answerer = new Fakes.FakeQuestionAnswerer { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var host = await TelegramTestHost.StartAsync(server, answerer: answerer);

        server.Enqueue(PrivateText(70, "slow question"));
        await answerer.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var pollsWhileHandling = server.Requests.Where(r => r.Method == "getUpdates").ToList();

        Assert.DoesNotContain(pollsWhileHandling, r => r.Body["offset"]?.GetValue<long>() == 71);
        answerer.Gate.SetResult();
        var confirm = await server.WaitForAsync(r => r.Method == "getUpdates" && r.Body["offset"]?.GetValue<long>() == 71);
        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.True(reply.Sequence < confirm.Sequence);
    }

    [Fact]
    public async Task FailingUpdate_Polling_IsSkippedAndTheLoopGoesOn()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server);
        server.InjectError("sendMessage", 400, "Bad Request: chat not found");

        server.Enqueue(PrivateText(1, "doomed question"));
        await server.WaitForAsync(r => r.Method == "getUpdates" && r.Body["offset"]?.GetValue<long>() == 2);
        server.Enqueue(PrivateText(2, "next question"));

        var reply = await server.WaitForSentAsync(r => r.Text!.Contains("next question", StringComparison.Ordinal));
        Assert.NotNull(reply);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("chat not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetUpdates5xx_Polling_BacksOffAndKeepsPolling()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        for (var i = 0; i < 8; i++)
        {
            server.InjectError("getUpdates", 502, "Bad Gateway");
        }

        await using var host = await TelegramTestHost.StartAsync(server);
        server.Enqueue(PrivateText(1, "still there?"));

        var reply = await server.WaitForSentAsync(r => r.ChatId == PrivateChatId);
        Assert.Contains("still there?", reply.Text, StringComparison.Ordinal);
        Assert.True(server.Requests.Count(r => r.Method == "getUpdates") > 8);
    }

    [Fact]
    public async Task EmptyPolls_ServerReturnsAtOnce_ArePacedInsteadOfHammered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(server, new Dictionary<string, string?> { ["Telegram:PollTimeoutSeconds"] = "0" });

        await server.WaitUntilAsync(requests => requests.Count(r => r.Method == "getUpdates") >= 3);

        Assert.Contains(Bot.Telegram.Updates.PollingLoop.MinEmptyPollInterval, host.Time.RequestedDelays);
    }
}
