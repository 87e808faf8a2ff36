using System.Xml.Linq;
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
    public void Dockerfile_Restore_HasEveryProjectBotHostNeeds()
    {
        // No Docker engine runs here, so this is what stops an adapter added to Bot.Host from breaking the image build.
        var build = _dockerfile.Stages[0].ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restore > 0, "the build stage restores");
        var copied = build.Take(restore).Where(i => i.Keyword == "COPY").Select(i => i.Arguments.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(ProjectClosure("src/Bot.Host/Bot.Host.csproj"), project => Assert.Contains(project, copied));
    }

    [Fact]
    public void DockerIgnore_LocalSecretsAndBuildOutput_StayOutOfTheContext()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(line => line.Trim()).ToList();
        Assert.Contains(".env", ignored);
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
    }

    /// <summary>The project and every project it references, directly or not, as repository-relative paths.</summary>
    private static SortedSet<string> ProjectClosure(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(Repository.PathOf(next))!;
            foreach (var reference in XDocument.Load(Repository.PathOf(next)).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'));
            }
        }

        return found;
    }
}
