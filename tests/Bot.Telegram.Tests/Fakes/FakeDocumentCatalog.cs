using Bot.Core.Ingestion;

namespace Bot.Telegram.Tests.Fakes;

/// <summary>Two fixed documents, one with HTML-like characters in its title.</summary>
public sealed class FakeDocumentCatalog : IDocumentCatalog
{
    public IReadOnlyList<DocumentSummary> Documents { get; } =
    [
        new("doc-1", "Leike resigns", "Example News", 1200),
        new("doc-2", "Equity & exit <agreements>", "Other Daily", 900),
    ];
}
