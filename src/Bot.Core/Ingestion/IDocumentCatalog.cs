namespace Bot.Core.Ingestion;

/// <summary>The documents currently indexed, for <c>/sources</c>.</summary>
public interface IDocumentCatalog
{
    IReadOnlyList<DocumentSummary> Documents { get; }
}
