using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Tests.Messages;
using Bot.Discord.Tests.StandIn;

namespace Bot.Discord.Tests.Interactions;

/// <summary><c>POST /discord/interactions</c> over real HTTP, signed with a key pair made for the test.</summary>
public sealed class InteractionEndpointTests
{
    private static readonly TestKeys Keys = new();

    [Fact]
    public async Task HandleAsync_PingWithGoodSignature_ReturnsPong()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var bot = await StartAsync(standIn);

        using var response = await PostAsync(bot, """{"id":"1","type":1,"token":"t","application_id":"2"}""", sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("missing")]
    [InlineData("tampered")]
    public async Task HandleAsync_BadOrMissingSignature_Returns401(string kind)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var bot = await StartAsync(standIn);
        const string body = """{"id":"1","type":1,"token":"t","application_id":"2"}""";
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var timestamp = "1700000000";
        switch (kind)
        {
            case "bad":
                request.Headers.Add("X-Signature-Ed25519", new string('a', 128));
                request.Headers.Add("X-Signature-Timestamp", timestamp);
                break;
            case "tampered":
                // A valid signature of a different timestamp: the body alone must not pass.
                request.Headers.Add("X-Signature-Ed25519", Keys.Sign("1700000001", body));
                request.Headers.Add("X-Signature-Timestamp", timestamp);
                break;
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Answerer.Questions);
    }

    [Fact]
    public async Task HandleAsync_NoPublicKeyConfigured_Returns404()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(standIn);

        using var response = await PostAsync(bot, """{"id":"1","type":1,"token":"t","application_id":"2"}""", sign: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HandleAsync_AskWithGoodSignature_AnswersWithEmbed()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var bot = await StartAsync(standIn);

        using var response = await PostAsync(bot, InteractionResponderTests.Ask("410", "Why did Jan Leike resign?"), sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, reply["type"]!.GetValue<int>());
        Assert.Contains("Jan Leike resigned", reply["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        MessageResponderTests.AssertNoMentionsParsed(reply["data"]);
    }

    [Fact]
    public async Task HandleAsync_GatewayDisabled_ServesInteractionsWithoutConnecting()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(standIn, new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = Keys.PublicKeyHex,
            ["Discord:EnableGateway"] = "false",
        });
        await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "healthy without the gateway");

        using var response = await PostAsync(bot, InteractionResponderTests.Ask("412", "Why did Jan Leike resign?"), sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(standIn.Requests, r => r.Method == "PUT");
        Assert.DoesNotContain(standIn.Requests, r => r.Path == "/gateway/bot");
        Assert.Equal(0, standIn.Connections);
    }

    [Fact]
    public async Task HandleAsync_AskSlow_DefersThenEditsOriginal()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var bot = await StartAsync(standIn, deferAfter: "00:00:00.100");
        bot.Answerer.Hold();

        using var response = await PostAsync(bot, InteractionResponderTests.Ask("411", "Why did Jan Leike resign?"), sign: true);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(5, reply["type"]!.GetValue<int>());
        MessageResponderTests.AssertNoMentionsParsed(reply["data"]);

        bot.Answerer.Release();

        await DiscordStandIn.WaitUntilAsync(() => standIn.Requests.Any(r => r.Method == "PATCH"), "the edit of @original");
        var edit = standIn.Requests.Single(r => r.Method == "PATCH");
        Assert.EndsWith("/interaction-token-411/messages/@original", edit.Path, StringComparison.Ordinal);
        MessageResponderTests.AssertNoMentionsParsed(edit.Json);
    }

    private static Task<BotUnderTest> StartAsync(DiscordStandIn standIn, string? deferAfter = null) =>
        BotUnderTest.StartAsync(standIn, new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = Keys.PublicKeyHex,
            ["Discord:ApplicationId"] = DiscordStandIn.ApplicationId,
            ["Discord:InteractionDeferAfter"] = deferAfter ?? "00:00:02",
        });

    private static async Task<HttpResponseMessage> PostAsync(BotUnderTest bot, string body, bool sign)
    {
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (sign)
        {
            var timestamp = "1700000000";
            request.Headers.Add("X-Signature-Ed25519", Keys.Sign(timestamp, body));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await client.SendAsync(request);
    }
}
