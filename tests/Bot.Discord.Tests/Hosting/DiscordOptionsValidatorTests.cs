using Bot.Discord.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bot.Discord.Tests.Hosting;

public sealed class DiscordOptionsValidatorTests
{
    private const string Secret = "secret token";

    [Fact]
    public void Validate_MissingToken_NamesTheKey()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions());

        Assert.True(result.Failed);
        Assert.Contains("Discord:Token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_NameEachKeyWithoutPrintingTheToken()
    {
        var options = new DiscordOptions
        {
            Token = Secret,
            ApiBaseUrl = "not a url",
            PublicKey = "xyz",
            GuildId = "guild",
            InteractionDeferAfter = TimeSpan.FromSeconds(5),
        };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        foreach (var key in new[] { "Discord:Token", "Discord:ApiBaseUrl", "Discord:PublicKey", "Discord:GuildId", "Discord:InteractionDeferAfter" })
        {
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_WithToken_Succeed()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "abc.def.ghi", PublicKey = new string('a', 64) });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsConfigured_Token_TrueOnlyWhenSet(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = token })
            .Build();

        Assert.Equal(expected, DiscordOptions.IsConfigured(configuration));
    }
}
