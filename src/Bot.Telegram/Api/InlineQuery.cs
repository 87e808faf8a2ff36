namespace Bot.Telegram.Api;

/// <summary>A query typed after the bot's username in any chat (inline mode).</summary>
public sealed record InlineQuery(string Id, User? From = null, string? Query = null);
