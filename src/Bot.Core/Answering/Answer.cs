namespace Bot.Core.Answering;

/// <summary>
/// The answer to one question. Adapters format it for their platform from its parts; <see cref="ReplyText"/>
/// is the plain-text reply (console, eval). All text is already in the asker's script.
/// </summary>
/// <param name="Question">The question as received (after control characters were removed).</param>
/// <param name="Outcome">Answered, or why not.</param>
/// <param name="Language">The asker's language and script.</param>
/// <param name="Lead">One line in the asker's language: an introduction, or the reason for abstaining.</param>
/// <param name="Sentences">1–3 extracted sentences that answer; empty when abstaining.</param>
/// <param name="Citations">One per sentence: document title, source label and the quoted span.</param>
/// <param name="Passages">The ranked passages behind the answer (may be non-empty when abstaining, for diagnostics).</param>
/// <param name="Confidence">How much of the question the best passage covers, 0–1.</param>
public sealed record Answer(
    string Question,
    AnswerOutcome Outcome,
    ReplyLanguage Language,
    string Lead,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<RankedPassage> Passages,
    double Confidence)
{
    /// <summary>True when the bot did not answer from the documents.</summary>
    public bool Abstained => Outcome != AnswerOutcome.Answered;

    /// <summary>The reply a user sees, as plain text.</summary>
    public string ReplyText => AnswerText.Format(this);
}
