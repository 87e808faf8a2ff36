namespace Bot.Core.Ingestion;

/// <summary>A document as read from disk: its id (the file name) and its text, unchanged.</summary>
public sealed record RawDocument(string Id, string Text);
