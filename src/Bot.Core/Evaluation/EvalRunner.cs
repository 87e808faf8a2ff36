using System.Diagnostics;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Normalization;

namespace Bot.Core.Evaluation;

/// <summary>
/// Runs eval questions through the answerer and scores them: a passage or reply "hits" when it contains an
/// evidence phrase, both folded the way the core folds (NFKC, case, Traditional → Simplified, no spaces).
/// </summary>
public sealed class EvalRunner(QuestionAnswerer answerer, TextFolder folder, ChineseScripts scripts)
{
    public static async Task<IReadOnlyList<EvalQuestion>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                questions.Add(JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion)
                    ?? throw new InvalidDataException($"{path}:{number}: empty record"));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{path}:{number}: not a valid eval record: {exception.Message}", exception);
            }
        }

        return questions;
    }

    public (EvalRecord Record, Answer Answer) Run(EvalQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var started = Stopwatch.GetTimestamp();
        var answer = answerer.Answer(question.Question);
        var latency = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        var passages = answer.Passages.Select(passage => new EvalPassage(passage.DocumentId, passage.Text, passage.Score)).ToList();
        return (new EvalRecord(question.Id, answer.Abstained, answer.ReplyText, passages, Math.Round(answer.Confidence, 3), Math.Round(latency, 1)), answer);
    }

    public EvalSummary Summarize(IReadOnlyList<(EvalQuestion Question, EvalRecord Record)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var latencies = results.Select(result => result.Record.LatencyMicroseconds).Order().ToList();
        var byLanguage = results.GroupBy(result => result.Question.Language)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => Score(group.ToList()));
        var answerable = results.Where(result => result.Question.Answerable).Select(result => result.Record.Confidence).DefaultIfEmpty(0);
        var offTopic = results.Where(result => !result.Question.Answerable).Select(result => result.Record.Confidence).DefaultIfEmpty(0);
        return new EvalSummary(Score(results), byLanguage, Percentile(latencies, 0.5), Percentile(latencies, 0.95),
            answerable.Min(), offTopic.Max());
    }

    private EvalScores Score(IReadOnlyList<(EvalQuestion Question, EvalRecord Record)> results)
    {
        var answerable = results.Where(result => result.Question.Answerable).ToList();
        var offTopic = results.Where(result => !result.Question.Answerable).ToList();
        var ranks = answerable.Select(result => FirstHit(result.Question, result.Record)).ToList();
        var traditional = results.Where(result => result.Question.Language == "zh-Hant").ToList();
        return new EvalScores(
            results.Count,
            Share(ranks, rank => rank == 1),
            Share(ranks, rank => rank is >= 1 and <= 3),
            ranks.Count == 0 ? 0 : Math.Round(ranks.Average(rank => rank > 0 ? 1.0 / rank : 0), 3),
            Share(answerable, result => !result.Record.Abstained && Contains(result.Record.Answer, result.Question.Evidence)),
            Share(results, result => result.Record.Abstained != result.Question.Answerable),
            Share(offTopic, result => result.Record.Abstained),
            answerable.Count(result => result.Record.Abstained),
            Share(traditional, result => !result.Record.Answer.Any(scripts.IsSimplifiedOnly)));
    }

    private int FirstHit(EvalQuestion question, EvalRecord record)
    {
        for (var rank = 0; rank < record.Passages.Count; rank++)
        {
            if (Contains(record.Passages[rank].Text, question.Evidence))
            {
                return rank + 1;
            }
        }

        return 0;
    }

    private bool Contains(string text, IReadOnlyList<string> evidence)
    {
        var folded = folder.FoldCompact(text);
        return evidence.Any(phrase => folded.Contains(folder.FoldCompact(phrase), StringComparison.Ordinal));
    }

    private static double Share<T>(IReadOnlyList<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 1 : Math.Round((double)items.Count(predicate) / items.Count, 3);

    private static double Percentile(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}
