namespace Bot.Core.Retrieval;

/// <summary>One way a concept can appear in a passage: its index terms, all of which must match, and its weight.</summary>
public sealed record Alternative(IReadOnlyList<string> Terms, float Weight);
