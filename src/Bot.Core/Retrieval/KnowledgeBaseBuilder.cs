using Bot.Core.Ingestion;
using Bot.Core.Normalization;
using Bot.Core.Retrieval.Glossary;
using Microsoft.Extensions.Options;

namespace Bot.Core.Retrieval;

/// <summary>Builds a <see cref="KnowledgeBase"/>: clean, split into passages, index, group near-duplicates, learn aliases.</summary>
public sealed class KnowledgeBaseBuilder(TextFolder folder, IOptions<RetrievalOptions> options)
{
    public KnowledgeBase Build(IReadOnlyList<RawDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(glossary);
        var settings = options.Value;
        var cleaned = new DocumentCleaner(folder).Clean(documents);
        var splitter = new PassageSplitter(settings.PassageTargetLength, settings.PassageMaximumLength);
        var passages = new List<Passage>();
        var documentOfPassage = new List<int>();
        for (var d = 0; d < cleaned.Count; d++)
        {
            var split = splitter.Split(cleaned[d], passages.Count);
            passages.AddRange(split);
            documentOfPassage.AddRange(Enumerable.Repeat(d, split.Count));
        }

        var sentences = new SentenceIndex(passages, folder);
        var folded = passages.Select(passage => string.Concat(Enumerable.Range(0, sentences.Count(passage.Index))
            .Select(s => sentences.Folded(passage.Index, s)))).ToList();
        var passageIndex = new Bm25Index(folded.Select(text => (IReadOnlyList<Term>)Tokenizer.Tokenize(text)).ToList(), settings.K1, settings.B);
        var titleIndex = new Bm25Index(
            cleaned.Select(document => (IReadOnlyList<Term>)Tokenizer.Tokenize(folder.Fold(document.Title))).ToList(), settings.K1, settings.B);
        var nearDuplicates = NearDuplicateFinder.Find(
            folded.Select(text => text.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList(), settings.NearDuplicateContainment);
        var aliases = AliasMiner.Mine(cleaned.SelectMany(document => document.Paragraphs));
        var analyzer = new QueryAnalyzer(new GlossaryIndex(glossary.Concat(aliases), folder), settings);
        return new KnowledgeBase(cleaned, passages, passageIndex, titleIndex, [.. documentOfPassage], nearDuplicates, sentences, analyzer);
    }
}
