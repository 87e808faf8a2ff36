using System.Collections.Concurrent;
using Bot.Core.Answering;

namespace Bot.Telegram.Tests.Fakes;

/// <summary>
/// A scripted answerer: questions mentioning "weather" are not covered, empty ones are no question, everything else
/// is answered with a lead that echoes the question (so tests can see how user text is escaped).
/// </summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    public const string Evidence = "Jan Leike resigned on 17 May 2024, citing a lack of compute.";

    private readonly ConcurrentQueue<string> _questions = new();

    /// <summary>When set, every answer waits for it, so tests can hold an update "in handling".</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Signalled when an answer starts.</summary>
    public TaskCompletionSource<string> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Overrides the evidence sentences (for long answers).</summary>
    public IReadOnlyList<string>? Sentences { get; set; }

    public string CitationTitle { get; set; } = "Leike resigns";

    /// <summary>When set, every answer is an abstention with this lead (an empty one simulates a broken core).</summary>
    public string? AbstentionLead { get; set; }

    public IReadOnlyList<string> Questions => [.. _questions];

    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        _questions.Enqueue(question);
        Started.TrySetResult(question);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        var language = question.Any(c => c >= 0x4E00 && c <= 0x9FFF)
            ? (question.Any(c => "麼離開為與團隊".Contains(c, StringComparison.Ordinal)) ? ReplyLanguage.TraditionalChinese : ReplyLanguage.SimplifiedChinese)
            : ReplyLanguage.English;
        if (AbstentionLead is not null)
        {
            return Abstain(question, AnswerOutcome.NotCovered, language, AbstentionLead);
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            return Abstain(question, AnswerOutcome.NoQuestion, language, BotTexts.NoQuestion(language));
        }

        if (question.Contains("weather", StringComparison.OrdinalIgnoreCase))
        {
            return Abstain(question, AnswerOutcome.NotCovered, language, BotTexts.NotCovered(language));
        }

        var sentences = Sentences ?? [Evidence];
        var citations = sentences.Select(s => new Citation("doc-1", CitationTitle, "Example News", s)).ToList();
        return new Answer(question, AnswerOutcome.Answered, language, $"You asked: {question}", sentences, citations, [], 0.9);
    }

    private static Answer Abstain(string question, AnswerOutcome outcome, ReplyLanguage language, string lead) =>
        new(question, outcome, language, lead, [], [], [], 0);
}
