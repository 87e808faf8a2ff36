namespace Bot.Core.Retrieval;

/// <summary>The three kinds of index term.</summary>
public enum TermKind
{
    /// <summary>One Han character.</summary>
    Unigram,

    /// <summary>Two adjacent Han characters.</summary>
    Bigram,

    /// <summary>A lower-case Latin word or number (compounds like <c>gpt-4o</c> also whole).</summary>
    Word,
}
