using System.CommandLine;
using System.Text.Json;
using Bot.Core.Evaluation;

namespace Bot.Host.Cli;

/// <summary>
/// <c>eval --questions FILE</c>: one JSON line per question (id, abstained, answer, ranked passages), then a
/// summary line with hit@1, hit@3, MRR, answer and abstention accuracy overall and per language, and latency.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(BotHostFactories hosts)
    {
        var questions = new Option<FileInfo>("--questions") { Description = "A JSONL file of questions like shared/eval/dev.jsonl.", Required = true };
        var command = new Command("eval", "Measure answer quality on a question file.") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(questions);
        command.SetAction((result, cancellationToken) => ToolRunner.RunAsync(
            hosts.Tool, BotCommandLine.ConfigurationArguments(result), async services =>
            {
                var file = result.GetValue(questions)!;
                if (!file.Exists)
                {
                    await Console.Error.WriteLineAsync($"The questions file '{file.FullName}' does not exist.").ConfigureAwait(false);
                    return 2;
                }

                var runner = services.GetRequiredService<EvalRunner>();
                var items = await EvalRunner.ReadAsync(file.FullName, cancellationToken).ConfigureAwait(false);
                foreach (var item in items.Take(3))
                {
                    runner.Run(item); // warm-up, so latency figures measure answering rather than JIT
                }

                var results = new List<(EvalQuestion, EvalRecord)>();
                foreach (var item in items)
                {
                    var (record, _) = runner.Run(item);
                    results.Add((item, record));
                    await Console.Out.WriteLineAsync(JsonSerializer.Serialize(record, EvalJsonContext.Default.EvalRecord)).ConfigureAwait(false);
                }

                var summary = runner.Summarize(results);
                await Console.Out.WriteLineAsync("{\"summary\":" + JsonSerializer.Serialize(summary, EvalJsonContext.Default.EvalSummary) + "}").ConfigureAwait(false);
                return 0;
            }, cancellationToken));
        return command;
    }
}
