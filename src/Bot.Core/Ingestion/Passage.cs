namespace Bot.Core.Ingestion;

/// <summary>A few consecutive sentences of one document: the unit that is indexed, ranked and quoted.</summary>
/// <param name="Index">Position in the corpus-wide passage list.</param>
/// <param name="Sentences">The sentences in the document's original script.</param>
public sealed record Passage(int Index, string DocumentId, IReadOnlyList<string> Sentences)
{
    public string Text { get; } = string.Concat(Sentences);
}
