using System.Text.Json;

namespace Bot.Discord.Interactions;

/// <summary>One option value of an invoked command (a string for <c>question</c>).</summary>
public sealed record InteractionOption(string Name, int Type, JsonElement? Value);
