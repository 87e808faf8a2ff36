using Bot.Core.Ingestion;
using Bot.Core.Retrieval.Glossary;

namespace Bot.Core.Retrieval;

/// <summary>
/// Everything answering needs, built once from the seeds and the glossary and immutable afterwards (a reload
/// builds a new one and swaps it in): cleaned documents, passages, the BM25 indexes, near-duplicate groups.
/// </summary>
public sealed class KnowledgeBase
{
    internal KnowledgeBase(
        IReadOnlyList<CleanedDocument> documents,
        IReadOnlyList<Passage> passages,
        Bm25Index passageIndex,
        Bm25Index titleIndex,
        int[] documentOfPassage,
        int[][] nearDuplicates,
        SentenceIndex sentences,
        QueryAnalyzer analyzer)
    {
        Sentences = sentences;
        Documents = documents;
        Passages = passages;
        PassageIndex = passageIndex;
        TitleIndex = titleIndex;
        DocumentOfPassage = documentOfPassage;
        NearDuplicates = nearDuplicates;
        Analyzer = analyzer;
        DocumentsById = documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<CleanedDocument> Documents { get; }

    public IReadOnlyDictionary<string, CleanedDocument> DocumentsById { get; }

    public IReadOnlyList<Passage> Passages { get; }

    internal Bm25Index PassageIndex { get; }

    internal Bm25Index TitleIndex { get; }

    /// <summary>For each passage, the position of its document in <see cref="Documents"/>.</summary>
    internal int[] DocumentOfPassage { get; }

    /// <summary>For each passage, the passages that repeat it.</summary>
    internal int[][] NearDuplicates { get; }

    internal QueryAnalyzer Analyzer { get; }

    /// <summary>Every passage's sentences folded and split into terms, for sentence-level matching.</summary>
    internal SentenceIndex Sentences { get; }
}
