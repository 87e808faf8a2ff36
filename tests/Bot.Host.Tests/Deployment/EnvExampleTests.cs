using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Deployment;

public sealed class EnvExampleTests
{
    private readonly DotEnvFile _example = DotEnvFile.Parse(Repository.Read(".env.example"));

    [Fact]
    public void EnvExample_EverySecretOfTheOptionsClasses_IsListed()
    {
        var secrets = OptionSections.SecretKeys().ToList();
        // The reflection found what it is there for.
        Assert.Contains("Telegram__Token", secrets);
        Assert.Contains("Discord__PublicKey", secrets);
        Assert.All(secrets, key => Assert.Contains(key, _example.Keys));
    }

    [Theory]
    [InlineData("Telegram__Token")]
    [InlineData("Discord__Token")]
    [InlineData("Discord__PublicKey")]
    public void EnvExample_PlatformCredentials_AreSetByCompose(string key)
    {
        // Uncommented, so `cp .env.example .env` gives the operator the line to fill in.
        Assert.Contains(_example.Active, entry => entry.Key == key);
    }

    [Fact]
    public void EnvExample_EveryKey_NamesASettingTheHostReads()
    {
        Assert.NotEmpty(_example.Entries);
        Assert.All(_example.Keys, key => Assert.True(EnvironmentKeys.IsKnown(key), $"{key} is no option property or host setting"));
    }

    [Fact]
    public void EnvExample_EveryKey_HasNoValue()
    {
        Assert.All(_example.Entries, entry => Assert.True(entry.Value.Length == 0, $"{entry.Key} has a value in .env.example"));
    }

    [Fact]
    public void EnvExample_Keys_AreListedOnce()
    {
        Assert.Empty(_example.Keys.GroupBy(key => key).Where(group => group.Count() > 1).Select(group => group.Key));
    }

    [Fact]
    public void GitIgnore_DotEnv_IsNeverCommitted()
    {
        Assert.Contains(".env", Repository.Read(".gitignore").Split('\n').Select(line => line.Trim()));
        Assert.Contains(".env", Repository.Read(".dockerignore").Split('\n').Select(line => line.Trim()));
    }
}
