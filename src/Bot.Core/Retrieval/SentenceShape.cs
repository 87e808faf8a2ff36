namespace Bot.Core.Retrieval;

/// <summary>Shapes of sentences that match a question's words without answering it.</summary>
internal static class SentenceShape
{
    /// <summary>How much a question-shaped sentence counts.</summary>
    public const double QuestionDiscount = 0.4;

    /// <summary>Below this length a sentence is a fragment (a caption, a short heading).</summary>
    public const int ShortSentence = 12;

    public static bool IsQuestion(string sentence)
    {
        var trimmed = sentence.TrimEnd('”', '"', '」', ' ');
        return trimmed.EndsWith('?') || trimmed.EndsWith('？');
    }
}
