using Bot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bot.Telegram.Tests.Hosting;

public sealed class TelegramOptionsValidatorTests
{
    private static readonly TelegramOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_WithToken_Succeeds()
    {
        var result = Validator.Validate(null, new TelegramOptions { Token = "1:abc" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_MalformedToken_NamesTheKeyWithoutPrintingIt()
    {
        var result = Validator.Validate(null, new TelegramOptions { Token = "1:secret value/x" });

        Assert.True(result.Failed);
        Assert.Contains("Telegram:Token", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WebhookWithoutSecretOrHttps_NamesBothKeys()
    {
        var result = Validator.Validate(null, new TelegramOptions { Token = "1:abc", Mode = TelegramMode.Webhook, WebhookUrl = "http://x.org/telegram/webhook" });

        Assert.Contains("Telegram:WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PollTimeoutAbove50_NamesTheKey()
    {
        var result = Validator.Validate(null, new TelegramOptions { Token = "1:abc", PollTimeoutSeconds = 90 });

        Assert.Contains("Telegram:PollTimeoutSeconds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("1:abc", true)]
    public void IsConfigured_Token_TrueOnlyWhenSet(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:Token"] = token })
            .Build();

        Assert.Equal(expected, TelegramOptions.IsConfigured(configuration));
    }
}
