using Bot.Discord.Tests.Messages;
using Bot.Discord.Tests.StandIn;

namespace Bot.Discord.Tests.Interactions;

/// <summary>Slash commands arriving over the gateway, answered over REST.</summary>
public sealed class InteractionResponderTests
{
    [Fact]
    public async Task HandleGatewayInteractionAsync_AskAnswered_RespondsWithAnswerEmbed()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("INTERACTION_CREATE", Ask("401", "Why did Jan Leike resign?"));

        // Type 4 when the answer is ready in time; on a slow machine type 5 and an edit are just as right.
        await DiscordStandIn.WaitUntilAsync(
            () => Callbacks(standIn).Any(c => c["type"]!.GetValue<int>() == 4) || standIn.Requests.Any(r => r.Method == "PATCH"),
            "the answer");
        var callback = Assert.Single(Callbacks(standIn));
        MessageResponderTests.AssertNoMentionsParsed(callback["data"]);
        var answer = callback["type"]!.GetValue<int>() == 4 ? callback["data"]! : standIn.Requests.Single(r => r.Method == "PATCH").Json!;
        var embed = answer["embeds"]![0]!;
        Assert.Contains("Jan Leike resigned", embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[1] Document 0", embed["fields"]![0]!["name"]!.GetValue<string>());
        Assert.Contains("Example News", embed["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        MessageResponderTests.AssertNoMentionsParsed(answer);
        Assert.Equal(["Why did Jan Leike resign?"], bot.Answerer.Questions);
    }

    [Fact]
    public async Task HandleGatewayInteractionAsync_SlowAnswer_DefersThenEditsOriginal()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(new Dictionary<string, string?> { ["Discord:InteractionDeferAfter"] = "00:00:00.100" });
        await using var _ = standIn;
        await using var __ = bot;
        bot.Answerer.Hold();

        await standIn.DispatchAsync("INTERACTION_CREATE", Ask("402", "Why did Jan Leike resign?"));

        await DiscordStandIn.WaitUntilAsync(() => Callbacks(standIn).Any(), "the deferral");
        var callback = Assert.Single(Callbacks(standIn));
        Assert.Equal(5, callback["type"]!.GetValue<int>());
        MessageResponderTests.AssertNoMentionsParsed(callback["data"]);
        Assert.DoesNotContain(standIn.Requests, r => r.Method == "PATCH");

        bot.Answerer.Release();

        await DiscordStandIn.WaitUntilAsync(() => standIn.Requests.Any(r => r.Method == "PATCH"), "the edit of @original");
        var edit = standIn.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal($"/webhooks/{DiscordStandIn.ApplicationId}/interaction-token-402/messages/@original", edit.Path);
        Assert.Contains("Jan Leike resigned", edit.Json!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        MessageResponderTests.AssertNoMentionsParsed(edit.Json);
    }

    [Fact]
    public async Task HandleGatewayInteractionAsync_AnswererFailsAfterDeferral_EditsInAnApology()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(new Dictionary<string, string?> { ["Discord:InteractionDeferAfter"] = "00:00:00.100" });
        await using var _ = standIn;
        await using var __ = bot;
        bot.Answerer.Hold();
        bot.Answerer.Fail = true;

        await standIn.DispatchAsync("INTERACTION_CREATE", Ask("404", "Why?"));
        await DiscordStandIn.WaitUntilAsync(() => Callbacks(standIn).Any(), "the deferral");
        bot.Answerer.Release();

        await DiscordStandIn.WaitUntilAsync(() => standIn.Requests.Any(r => r.Method == "PATCH"), "the apology");
        var edit = standIn.Requests.Single(r => r.Method == "PATCH").Json!;
        Assert.Contains("went wrong", edit["content"]!.GetValue<string>(), StringComparison.Ordinal);
        MessageResponderTests.AssertNoMentionsParsed(edit);
        Assert.Contains(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Exception?.Contains("answerer bug", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("sources", "Leike resigns")]
    [InlineData("help", "/ask")]
    public async Task HandleGatewayInteractionAsync_SourcesAndHelp_Answered(string command, string expected)
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await standIn.DispatchAsync("INTERACTION_CREATE", $$"""
            {"id":"403","application_id":"{{DiscordStandIn.ApplicationId}}","type":2,"token":"interaction-token-403","channel_id":"600",
             "user":{"id":"700"},"data":{"name":"{{command}}"} }
            """);

        await DiscordStandIn.WaitUntilAsync(() => Callbacks(standIn).Any(), "the answer");
        var callback = Assert.Single(Callbacks(standIn));
        Assert.Equal(4, callback["type"]!.GetValue<int>());
        Assert.Contains(expected, callback["data"]!.ToJsonString(), StringComparison.Ordinal);
        MessageResponderTests.AssertNoMentionsParsed(callback["data"]);
        Assert.Empty(bot.Answerer.Questions);
    }

    internal static string Ask(string id, string question) => $$"""
        {"id":"{{id}}","application_id":"{{DiscordStandIn.ApplicationId}}","type":2,"token":"interaction-token-{{id}}",
         "channel_id":"600","guild_id":"42","member":{"user":{"id":"700"} },"locale":"en-US",
         "data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":{{System.Text.Json.JsonSerializer.Serialize(question)}} }]} }
        """;

    private static List<System.Text.Json.Nodes.JsonNode> Callbacks(DiscordStandIn standIn) =>
        standIn.Requests.Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).Select(r => r.Json!).ToList();
}
