namespace Bot.Core.Ingestion;

/// <summary>A source line the cleaner dropped, with its 1-based line number and the reason.</summary>
public sealed record DroppedLine(int LineNumber, string Reason, string Text);
