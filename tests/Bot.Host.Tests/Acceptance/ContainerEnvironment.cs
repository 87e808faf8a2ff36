using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Acceptance;

/// <summary>
/// What the container gives the host: the Dockerfile's ENV, the keys compose sets from a `.env` copied from
/// `.env.example` (empty unless filled in), and the values a test fills in, ASPNETCORE_URLS last.
/// </summary>
public static class ContainerEnvironment
{
    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string> filledIn)
    {
        var environment = new Dictionary<string, string>(DockerfileText.Parse(Repository.Read("Dockerfile")).FinalEnvironment, StringComparer.Ordinal);
        foreach (var entry in DotEnvFile.Parse(Repository.Read(".env.example")).Active)
        {
            environment[entry.Key] = entry.Value;
        }

        foreach (var (key, value) in filledIn)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>The container's command with the image's Bot.Host.dll replaced by the one this build produced.</summary>
    public static IReadOnlyList<string> Arguments()
    {
        var entrypoint = DockerfileText.Parse(Repository.Read("Dockerfile")).FinalEntrypoint;
        Assert.Equal("dotnet", entrypoint[0]);
        return [.. entrypoint.Skip(1).Select(argument => argument == "Bot.Host.dll" ? HostProcess.HostDll : argument)];
    }
}
