namespace Bot.Core.Retrieval;

/// <summary>One index term of folded text.</summary>
public readonly record struct Term(string Text, TermKind Kind);
