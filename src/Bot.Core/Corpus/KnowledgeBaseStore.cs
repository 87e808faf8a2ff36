using System.Diagnostics;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.Glossary;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Corpus;

/// <summary>
/// Loads the seeds and glossary into a <see cref="KnowledgeBase"/>. Readers see either the old or the new
/// knowledge base, never a half-built one: a reload builds aside and swaps the reference.
/// </summary>
public sealed partial class KnowledgeBaseStore(
    KnowledgeBaseBuilder builder,
    IOptions<CorpusOptions> options,
    ILogger<KnowledgeBaseStore> logger) : IKnowledgeBaseProvider, IDocumentCatalog
{
    private KnowledgeBase? _current;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    public KnowledgeBase Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The knowledge base is used before it was loaded; call LoadAsync at start-up.");

    public IReadOnlyList<DocumentSummary> Documents => Current.Documents
        .Select(document => new DocumentSummary(document.Id, document.Title, document.SourceLabel, document.Report.KeptCharacters))
        .ToList();

    public async Task<KnowledgeBase> LoadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value;
        var documents = await SeedReader.ReadAsync(PathResolver.Resolve(settings.SeedsPath), cancellationToken).ConfigureAwait(false);
        var glossary = await GlossaryLoader.LoadAsync(PathResolver.Resolve(settings.GlossaryPath), cancellationToken).ConfigureAwait(false);
        var knowledge = builder.Build(documents, glossary);
        Volatile.Write(ref _current, knowledge);
        LogLoaded(logger, knowledge.Documents.Count, knowledge.Passages.Count, glossary.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return knowledge;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Indexed {Documents} documents as {Passages} passages with {GlossaryEntries} glossary entries in {ElapsedMs:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int documents, int passages, int glossaryEntries, double elapsedMs);
}
