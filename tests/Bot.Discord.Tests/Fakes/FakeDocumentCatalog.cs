using Bot.Core.Ingestion;

namespace Bot.Discord.Tests.Fakes;

/// <summary>Two fixed documents for /sources.</summary>
public sealed class FakeDocumentCatalog : IDocumentCatalog
{
    public IReadOnlyList<DocumentSummary> Documents { get; } =
    [
        new("doc0", "Leike resigns", "Example News", 1200),
        new("doc1", "Sutskever leaves", "Other Daily", 900),
    ];
}
