namespace Bot.Discord.Interactions;

/// <summary>An interaction from <c>INTERACTION_CREATE</c> or the HTTP endpoint; only the fields the bot reads.</summary>
public sealed record Interaction(
    string Id,
    string? ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    InteractionMember? Member,
    Messages.DiscordUser? User,
    string Token,
    string? Locale);
