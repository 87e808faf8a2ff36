namespace Bot.Core.Retrieval;

/// <summary>A set of index terms to match concepts against (a struct, so matching allocates nothing).</summary>
internal interface ITermSet
{
    bool Contains(string term);
}

/// <summary>The terms of one indexed passage.</summary>
internal readonly struct PassageTerms(Bm25Index index, int passage) : ITermSet
{
    public bool Contains(string term) => index.Contains(term, passage);
}

/// <summary>The terms of one sentence, folded at build time.</summary>
internal readonly struct SentenceTerms(HashSet<string> terms) : ITermSet
{
    public bool Contains(string term) => terms.Contains(term);
}
