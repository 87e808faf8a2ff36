using Bot.Host.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Bot.Host.Tests.Deployment;

public sealed class ComposeFileTests
{
    private readonly YamlMappingNode _bot = ComposeFile.Bot();

    [Fact]
    public void Bot_Service_BuildsTheRepositoryDockerfile()
    {
        var build = _bot.Child("build");
        var context = build is YamlMappingNode map ? map.Child("context").Scalar() : build.Scalar();
        Assert.Equal(".", context);
        Assert.True(File.Exists(Repository.PathOf("Dockerfile")));
    }

    [Fact]
    public void Bot_EnvFile_IsDotEnv()
    {
        Assert.Contains(".env", _bot.Child("env_file").Strings());
    }

    [Fact]
    public void Bot_RestartPolicy_RestartsAfterACrash()
    {
        var restart = _bot.Child("restart").Scalar();
        Assert.True(restart is "always" or "unless-stopped" || restart.StartsWith("on-failure", StringComparison.Ordinal),
            $"restart is '{restart}'");
    }

    [Fact]
    public void Bot_Healthcheck_AsksHealthzOnTheContainerPort()
    {
        var healthcheck = Assert.IsType<YamlMappingNode>(_bot.Child("healthcheck"));
        var test = string.Join(' ', healthcheck.Child("test").Strings());
        Assert.Contains("/healthz", test, StringComparison.Ordinal);
        Assert.Contains("8080", test, StringComparison.Ordinal);
        Assert.DoesNotContain("curl", test, StringComparison.Ordinal); // not in the aspnet runtime image
        Assert.DoesNotContain("wget", test, StringComparison.Ordinal);
        Assert.NotEqual("", healthcheck.Child("interval").Scalar());
        Assert.NotEqual("", healthcheck.Child("start_period").Scalar());
    }

    [Theory]
    [InlineData("./seeds", "/app/seeds")]
    [InlineData("./config", "/app/config")]
    public void Bot_Volumes_MountTheFolderReadOnlyWhereTheImageHasIt(string source, string target)
    {
        var volumes = _bot.Child("volumes").Strings();
        Assert.Contains($"{source}:{target}:ro", volumes);
        // The image's working directory is where the host looks for seeds/ and config/.
        Assert.Contains(DockerfileTextOf().FinalStage, i => i.Keyword == "WORKDIR" && target.StartsWith(i.Arguments + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void Bot_StopGracePeriod_LeavesTheShutdownBudget()
    {
        // The host gives work in flight 8 s; Docker's default of 10 s is enough, a shorter one would SIGKILL it.
        var grace = _bot.Child("stop_grace_period").Scalar();
        Assert.True(grace.Length == 0 || (grace.EndsWith('s') && int.Parse(grace[..^1], System.Globalization.CultureInfo.InvariantCulture) >= 10), grace);
    }

    [Fact]
    public void Bot_Environment_NamesOnlyKnownSettings()
    {
        var environment = _bot.Child("environment") switch
        {
            YamlMappingNode map => map.Children.Keys.Select(key => key.Scalar()),
            YamlSequenceNode list => list.Children.Select(item => item.Scalar().Split('=', 2)[0]),
            _ => [],
        };

        Assert.All(environment, key => Assert.True(EnvironmentKeys.IsKnown(key), $"compose sets unknown setting {key}"));
    }

    private static DockerfileText DockerfileTextOf() => DockerfileText.Parse(Repository.Read("Dockerfile"));
}
