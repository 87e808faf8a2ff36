using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Deployment;

public sealed partial class SecretLiteralTests
{
    public static TheoryData<string> DeploymentFiles => new() { "docker-compose.yml", ".env.example", "config/appsettings.json", "Dockerfile" };

    [Theory]
    [MemberData(nameof(DeploymentFiles))]
    public void File_Text_HoldsNothingShapedLikeAToken(string path)
    {
        var text = Repository.Read(path);
        Assert.DoesNotMatch(TelegramTokenShape(), text);
        Assert.DoesNotMatch(DiscordTokenShape(), text);
    }

    [Theory]
    [MemberData(nameof(DeploymentFiles))]
    public void File_SecretSettings_AreNeverGivenAValue(string path)
    {
        // Any `Token=x`, `Token: x` or `"Token": "x"` (also WebhookSecret, PublicKey...) with a non-empty value.
        foreach (Match match in SecretAssignment().Matches(Repository.Read(path)))
        {
            Assert.Fail($"{path} sets {match.Groups["key"].Value}");
        }
    }

    [Fact]
    public void AppSettings_SecretSections_HoldNoSecretKeys()
    {
        using var settings = JsonDocument.Parse(Repository.Read("config/appsettings.json"), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        foreach (var section in OptionSections.All.Keys)
        {
            if (settings.RootElement.TryGetProperty(section, out var values))
            {
                Assert.DoesNotContain(values.EnumerateObject(), property => OptionSections.IsSecret(property.Name));
            }
        }
    }

    [Fact]
    public void SecretAssignment_ATokenWithAValue_IsFound()
    {
        // The pattern above must catch what it is there for, or the tests using it prove nothing.
        Assert.Matches(SecretAssignment(), "Telegram__Token=123");
        Assert.Matches(SecretAssignment(), "\"Token\": \"abc\"");
        Assert.Matches(SecretAssignment(), "      Discord__PublicKey: abc");
        Assert.DoesNotMatch(SecretAssignment(), "Telegram__Token=\n#Telegram__WebhookSecret=\n\"Token\": \"\"");
        Assert.Matches(TelegramTokenShape(), "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
        Assert.Matches(DiscordTokenShape(), "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789");
    }

    [GeneratedRegex(@"\b\d{6,}:[A-Za-z0-9_-]{30,}")]
    private static partial Regex TelegramTokenShape();

    [GeneratedRegex(@"[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}")]
    private static partial Regex DiscordTokenShape();

    [GeneratedRegex("""(?<key>[A-Za-z_]*(Token|Secret|Password|PublicKey|ApiKey))"?\s*[:=][ \t]*"?[^\s"#]""", RegexOptions.Multiline)]
    private static partial Regex SecretAssignment();
}
