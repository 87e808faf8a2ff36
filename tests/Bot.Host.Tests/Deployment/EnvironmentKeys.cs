using Bot.Host.Hosting;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Deployment;

/// <summary>Whether an environment variable name means something to the host.</summary>
internal static class EnvironmentKeys
{
    public static bool IsKnown(string key)
    {
        if (key is BotConfiguration.SecretsDirectoryVariable or "ASPNETCORE_URLS" || key.StartsWith("Logging__", StringComparison.Ordinal))
        {
            return true;
        }

        var parts = key.Split("__");
        if (parts.Length < 2 || !OptionSections.All.TryGetValue(parts[0], out var options))
        {
            return false;
        }

        return OptionSections.Properties(options).Any(property => property.Name == parts[1]);
    }
}
