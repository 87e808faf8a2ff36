namespace Bot.Discord.Messages;

/// <summary>A user or bot account as Discord sends it.</summary>
public sealed record DiscordUser(string Id, string? Username, bool? Bot);
