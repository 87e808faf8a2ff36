using Bot.Discord.Messages;

namespace Bot.Discord.Interactions;

/// <summary>The guild member who invoked an interaction in a guild.</summary>
public sealed record InteractionMember(DiscordUser? User);
