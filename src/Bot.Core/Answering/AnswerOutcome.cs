namespace Bot.Core.Answering;

/// <summary>How a question was handled; everything but <see cref="Answered"/> is an abstention.</summary>
public enum AnswerOutcome
{
    /// <summary>Evidence was found and quoted.</summary>
    Answered,

    /// <summary>The evidence was too weak: the question is off-topic or not covered by the documents.</summary>
    NotCovered,

    /// <summary>The message held no question (empty, whitespace, emoji or punctuation only).</summary>
    NoQuestion,

    /// <summary>The message was longer than the configured limit.</summary>
    TooLong,
}
