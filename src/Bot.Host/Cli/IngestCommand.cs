using System.CommandLine;
using System.Globalization;
using Bot.Core.Corpus;

namespace Bot.Host.Cli;

/// <summary><c>ingest --report</c>: shows what cleaning kept and dropped of every document, and why.</summary>
internal static class IngestCommand
{
    public static Command Create(BotHostFactories hosts)
    {
        var report = new Option<bool>("--report") { Description = "Print every dropped line with its reason." };
        var command = new Command("ingest", "Clean and index the documents; report kept and dropped text.") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(report);
        command.SetAction((result, cancellationToken) => ToolRunner.RunAsync(
            hosts.Tool, BotCommandLine.ConfigurationArguments(result), async services =>
            {
                var knowledge = services.GetRequiredService<IKnowledgeBaseProvider>().Current;
                var output = Console.Out;
                foreach (var document in knowledge.Documents)
                {
                    var passages = knowledge.Passages.Count(passage => passage.DocumentId == document.Id);
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{document.Id}: kept {document.Report.KeptCharacters} characters, dropped {document.Report.DroppedCharacters}, {passages} passages{(document.Report.Transcript ? ", transcript merged into sentences" : string.Empty)}")).ConfigureAwait(false);
                    await output.WriteLineAsync($"  title: {document.Title}").ConfigureAwait(false);
                    await output.WriteLineAsync($"  source: {document.SourceLabel}").ConfigureAwait(false);
                    if (!result.GetValue(report))
                    {
                        continue;
                    }

                    foreach (var line in document.Report.DroppedLines)
                    {
                        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"  - line {line.LineNumber} [{line.Reason}] {line.Text}")).ConfigureAwait(false);
                    }
                }

                return 0;
            }, cancellationToken));
        return command;
    }
}
