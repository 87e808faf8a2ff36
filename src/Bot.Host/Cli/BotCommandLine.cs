using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary>
/// The command line: with no command the bot serves the configured platforms, or starts the console chat when
/// no platform token is set; <c>ask</c>, <c>sources</c>, <c>eval</c> and <c>ingest</c> are one-shot tools.
/// Tokens the parser does not know are passed on as configuration.
/// </summary>
public static class BotCommandLine
{
    public static RootCommand Create(BotHostFactories hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var root = new RootCommand("Answers questions about the 2024 OpenAI departures from a set of Chinese news articles.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((result, cancellationToken) =>
        {
            var configuration = ConfigurationArguments(result);
            var host = hosts.AnyPlatformConfigured(configuration) ? hosts.Server(configuration) : hosts.Chat(configuration);
            return RunAsync(host, cancellationToken);
        });

        root.Subcommands.Add(Serve(hosts));
        root.Subcommands.Add(Chat(hosts));
        root.Subcommands.Add(AskCommand.Create(hosts));
        root.Subcommands.Add(SourcesCommand.Create(hosts));
        root.Subcommands.Add(EvalCommand.Create(hosts));
        root.Subcommands.Add(IngestCommand.Create(hosts));
        return root;
    }

    /// <summary>The unmatched tokens, which the host reads as configuration.</summary>
    public static string[] ConfigurationArguments(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.UnmatchedTokens];
    }

    private static Command Serve(BotHostFactories hosts)
    {
        var command = new Command("serve", "Serve the configured platforms and the HTTP listener (health, metrics, webhooks).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((result, cancellationToken) => RunAsync(hosts.Server(ConfigurationArguments(result)), cancellationToken));
        return command;
    }

    private static Command Chat(BotHostFactories hosts)
    {
        var command = new Command("chat", "Chat with the bot in this terminal.") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((result, cancellationToken) => RunAsync(hosts.Chat(ConfigurationArguments(result)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            using (host)
            {
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception exception) when (StartupFailure.IsConfigurationProblem(exception))
        {
            // A person has to fix a setting or a file: say which, without a stack trace and without any secret
            // (option errors name keys, never values; the adapters redact their tokens).
            await Console.Error.WriteLineAsync("The bot could not start: " + StartupFailure.Describe(exception)).ConfigureAwait(false);
            return 2;
        }
    }
}
