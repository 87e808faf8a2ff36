namespace Bot.Core.Retrieval;

/// <summary>
/// One thing the question asks about: a glossary entry with all its names, a Han bigram or character, or an
/// English word. A passage scores the best of the concept's alternatives.
/// </summary>
/// <param name="CountsForCoverage">Whether this concept enters the confidence measure (single characters do not).</param>
public sealed record Concept(string Label, IReadOnlyList<Alternative> Alternatives, float Weight, bool CountsForCoverage);
