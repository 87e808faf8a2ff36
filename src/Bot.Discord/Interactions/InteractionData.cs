namespace Bot.Discord.Interactions;

/// <summary>The invoked command and its options.</summary>
public sealed record InteractionData(string? Name, IReadOnlyList<InteractionOption>? Options);
