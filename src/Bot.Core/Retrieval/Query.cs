namespace Bot.Core.Retrieval;

/// <summary>An analysed question: its folded text and the concepts it asks about.</summary>
public sealed record Query(string Folded, IReadOnlyList<Concept> Concepts);
