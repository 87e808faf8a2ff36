using Bot.Core.Corpus;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Hosting;

/// <summary>
/// The bot's configuration sources, lowest precedence first: <c>config/appsettings.json</c>, secret files
/// (one file per key, e.g. <c>/run/secrets/Telegram__Token</c>), environment variables (<c>Section__Key</c>),
/// then the command line (<c>--Section:Key value</c>).
/// </summary>
public static class BotConfiguration
{
    /// <summary>Environment variable naming the directory of secret files; defaults to <c>/run/secrets</c>.</summary>
    public const string SecretsDirectoryVariable = "BOT_SECRETS_DIR";

    public static void Apply(IConfigurationManager configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Clear();
        configuration.AddJsonFile(PathResolver.Resolve("config/appsettings.json"), optional: true, reloadOnChange: false);
        var secrets = Environment.GetEnvironmentVariable(SecretsDirectoryVariable) ?? "/run/secrets";
        if (Directory.Exists(secrets))
        {
            configuration.AddKeyPerFile(secrets, optional: true);
        }

        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }
}
