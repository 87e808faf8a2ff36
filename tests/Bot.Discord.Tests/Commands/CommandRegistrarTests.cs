using Bot.Discord.Tests.StandIn;

namespace Bot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    [Fact]
    public async Task RegisterAsync_NoApplicationId_FetchesItAndOverwritesGlobalCommands()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync();
        await using var _ = standIn;
        await using var __ = bot;

        await DiscordStandIn.WaitUntilAsync(() => standIn.Requests.Any(r => r.Method == "PUT"), "the command registration");
        Assert.Contains(standIn.Requests, r => r.Path == "/oauth2/applications/@me");
        var put = Assert.Single(standIn.Requests, r => r.Method == "PUT");
        Assert.Equal($"/applications/{DiscordStandIn.ApplicationId}/commands", put.Path);
        var commands = put.Json!.AsArray();
        Assert.Equal(["ask", "sources", "help"], commands.Select(c => c!["name"]!.GetValue<string>()));
        Assert.All(commands, c => Assert.Equal(1, c!["type"]!.GetValue<int>()));
        Assert.All(commands, c => Assert.InRange(c!["description"]!.GetValue<string>().Length, 1, 100));
        var question = Assert.Single(commands[0]!["options"]!.AsArray())!;
        Assert.Equal("question", question["name"]!.GetValue<string>());
        Assert.Equal(3, question["type"]!.GetValue<int>());
        Assert.True(question["required"]!.GetValue<bool>());
        Assert.Equal(500, question["max_length"]!.GetValue<int>());
    }

    [Fact]
    public async Task RegisterAsync_GuildId_OverwritesGuildCommandsWithConfiguredApplication()
    {
        var (standIn, bot) = await BotUnderTest.StartReadyAsync(new Dictionary<string, string?>
        {
            ["Discord:GuildId"] = "4242",
            ["Discord:ApplicationId"] = "31337",
        });
        await using var _ = standIn;
        await using var __ = bot;

        await DiscordStandIn.WaitUntilAsync(() => standIn.Requests.Any(r => r.Method == "PUT"), "the command registration");
        Assert.Equal("/applications/31337/guilds/4242/commands", Assert.Single(standIn.Requests, r => r.Method == "PUT").Path);
        Assert.DoesNotContain(standIn.Requests, r => r.Path == "/oauth2/applications/@me");
    }
}
