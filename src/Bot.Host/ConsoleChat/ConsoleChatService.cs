using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Core.Ingestion;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.ConsoleChat;

/// <summary>
/// The interactive chat a newcomer gets with no platform token: a question per line on standard input, the
/// answer on standard output; <c>/sources</c>, <c>/help</c> and <c>/exit</c> work as on the platforms. Ends at end of input.
/// </summary>
public sealed class ConsoleChatService(
    IQuestionAnswerer answerer,
    IDocumentCatalog catalog,
    BotMetrics metrics,
    ConsoleChatIO io,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private const string Platform = "console";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (the knowledge base loads first) before the prompt appears.
        await Task.Yield();
        await io.Output.WriteLineAsync(BotTexts.Help(ReplyLanguage.English) + "\nType /exit or press Ctrl+D to leave.").ConfigureAwait(false);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await io.Output.WriteAsync("> ").ConfigureAwait(false);
                await io.Output.FlushAsync(stoppingToken).ConfigureAwait(false);
                var line = await io.Input.ReadLineAsync(stoppingToken).ConfigureAwait(false);
                if (line is null || line.Trim() is "/exit" or "/quit")
                {
                    break;
                }

                await io.Output.WriteLineAsync(await ReplyAsync(line.Trim(), stoppingToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        lifetime.StopApplication();
    }

    private async Task<string> ReplyAsync(string line, CancellationToken cancellationToken)
    {
        switch (line)
        {
            case "/help" or "/start":
                return BotTexts.Help(ReplyLanguage.English);
            case "/sources":
                return SourcesText.Format(catalog.Documents);
        }

        var question = line.StartsWith("/ask", StringComparison.OrdinalIgnoreCase) ? line[4..] : line;
        var started = Stopwatch.GetTimestamp();
        var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        metrics.QuestionAnswered(Platform, answer.Abstained, Stopwatch.GetElapsedTime(started));
        return answer.ReplyText;
    }
}
