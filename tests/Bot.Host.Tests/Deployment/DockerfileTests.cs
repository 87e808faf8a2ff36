using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Deployment;

public sealed class DockerfileTests
{
    private readonly DockerfileText _dockerfile = DockerfileText.Parse(Repository.Read("Dockerfile"));

    [Fact]
    public void Dockerfile_Stages_BuildWithTheSdkAndRunOnTheAspNetRuntime()
    {
        Assert.True(_dockerfile.Stages.Count >= 2, "multi-stage build expected");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", _dockerfile.Stages[0][0].Arguments, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", _dockerfile.FinalStage[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(_dockerfile.FinalStage, i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_FinalUser_IsNotRoot()
    {
        var user = _dockerfile.FinalStage.LastOrDefault(i => i.Keyword == "USER")?.Arguments.Split(':')[0];
        Assert.NotNull(user);
        Assert.DoesNotContain(user, new[] { "root", "0", "" });
        // The image's last word on the user must come after everything that needs root.
        Assert.Equal("USER", _dockerfile.FinalStage.Last(i => i.Keyword is "USER" or "RUN" or "COPY").Keyword);
    }

    [Fact]
    public void Dockerfile_Environment_ListensOnAllInterfacesAndLogsJson()
    {
        var environment = _dockerfile.FinalEnvironment;
        Assert.Equal("http://0.0.0.0:8080", environment["ASPNETCORE_URLS"]);
        Assert.Equal("json", environment["Logging__Console__FormatterName"]);
    }

    [Theory]
    [InlineData("seeds/")]
    [InlineData("config/")]
    public void Dockerfile_Image_CarriesTheDocumentsAndConfiguration(string folder)
    {
        Assert.Contains(_dockerfile.FinalStage, i => i.Keyword == "COPY" && i.Arguments.StartsWith(folder, StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_Entrypoint_ServesWithTheBuiltHost()
    {
        Assert.Equal(["dotnet", "Bot.Host.dll", "serve"], _dockerfile.FinalEntrypoint);
    }

    [Fact]
    public void DockerIgnore_LocalSecretsAndBuildOutput_StayOutOfTheContext()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(line => line.Trim()).ToList();
        Assert.Contains(".env", ignored);
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }
}
