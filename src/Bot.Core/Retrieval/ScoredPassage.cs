using Bot.Core.Ingestion;

namespace Bot.Core.Retrieval;

/// <summary>A passage with its retrieval score and the share of the question it covers.</summary>
public sealed record ScoredPassage(Passage Passage, double Score, double Coverage);
