namespace Bot.Core.Retrieval.Glossary;

/// <summary>
/// One entity or topic term with every name it goes by: English, Simplified, Traditional and the
/// transliterations the articles use. A question naming any of them is expanded to all of them.
/// </summary>
public sealed record GlossaryEntry(IReadOnlyList<string> English, IReadOnlyList<string> Chinese);
