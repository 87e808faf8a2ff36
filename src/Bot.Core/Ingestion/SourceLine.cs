namespace Bot.Core.Ingestion;

/// <summary>
/// One line of a document while it is being cleaned. <see cref="Kind"/> and <see cref="Reason"/> are set by the
/// classifier and the filter in turn; the object never leaves the cleaner.
/// </summary>
internal sealed record SourceLine(int Number, string Text, string Folded, bool Merged = false)
{
    public LineKind Kind { get; set; }

    public string Reason { get; set; } = string.Empty;
}
