namespace Bot.Core.Ingestion;

/// <summary>What cleaning kept and dropped of one document, for <c>ingest --report</c>.</summary>
public sealed record CleaningReport(
    string DocumentId,
    int KeptCharacters,
    int DroppedCharacters,
    bool Transcript,
    IReadOnlyList<DroppedLine> DroppedLines);
