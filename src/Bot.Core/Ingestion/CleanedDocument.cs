namespace Bot.Core.Ingestion;

/// <summary>A document after cleaning: its title, source label and article paragraphs in their original script.</summary>
public sealed record CleanedDocument(
    string Id,
    string Title,
    string SourceLabel,
    IReadOnlyList<string> Paragraphs,
    CleaningReport Report);
