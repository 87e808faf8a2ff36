namespace Bot.Discord.Messages;

/// <summary>A message from <c>MESSAGE_CREATE</c>; only the fields the bot reads.</summary>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser? Author,
    string? WebhookId,
    string? Content,
    int Type,
    IReadOnlyList<DiscordUser>? Mentions,
    DiscordMessage? ReferencedMessage);
