using System.Collections.Concurrent;
using Bot.Core.Answering;

namespace Bot.Discord.Tests.Fakes;

/// <summary>
/// Answers every question with one cited sentence, in Traditional Chinese when the question has a Traditional-only
/// character; can be held back (<see cref="Hold"/>) to force deferrals, and records the questions it saw.
/// </summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    private TaskCompletionSource _release = CompletedSource();

    public ConcurrentQueue<string> Questions { get; } = new();

    /// <summary>When set, answers carry this many sentences of 300 characters each (to force splitting).</summary>
    public int LongSentences { get; set; }

    /// <summary>When true, answering throws, as a bug in the core would.</summary>
    public bool Fail { get; set; }

    /// <summary>Answers wait until <see cref="Release"/>.</summary>
    public void Hold() => _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        await _release.Task.WaitAsync(cancellationToken);
        if (Fail)
        {
            throw new InvalidOperationException("answerer bug");
        }

        var language = question.Any(c => "麼離開團隊們該為".Contains(c, StringComparison.Ordinal))
            ? ReplyLanguage.TraditionalChinese
            : ReplyLanguage.English;
        var sentences = LongSentences > 0
            ? Enumerable.Range(1, LongSentences).Select(i => $"Sentence {i} " + new string('x', 290)).ToList()
            : [language == ReplyLanguage.TraditionalChinese ? "伊爾亞·蘇茨克維離開了 OpenAI。" : "Jan Leike resigned in May 2024."];
        var citations = sentences.Select((_, i) => new Citation($"doc{i}", $"Document {i}", "Example News", "Quoted span")).ToList();
        return new Answer(question, AnswerOutcome.Answered, language, BotTexts.AnsweredLead(language), sentences, citations, [], 0.9);
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
