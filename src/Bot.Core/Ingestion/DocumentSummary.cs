namespace Bot.Core.Ingestion;

/// <summary>What <c>/sources</c> shows of one indexed document.</summary>
public sealed record DocumentSummary(string Id, string Title, string SourceLabel, int KeptCharacters);
