using System.CommandLine;
using Bot.Core.Ingestion;
using Bot.Host.ConsoleChat;

namespace Bot.Host.Cli;

/// <summary><c>sources</c>: lists the indexed documents with title, source and kept size.</summary>
internal static class SourcesCommand
{
    public static Command Create(BotHostFactories hosts)
    {
        var command = new Command("sources", "List the indexed documents.") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((result, cancellationToken) => ToolRunner.RunAsync(
            hosts.Tool, BotCommandLine.ConfigurationArguments(result), async services =>
            {
                var documents = services.GetRequiredService<IDocumentCatalog>().Documents;
                await Console.Out.WriteLineAsync(SourcesText.Format(documents)).ConfigureAwait(false);
                return 0;
            }, cancellationToken));
        return command;
    }
}
