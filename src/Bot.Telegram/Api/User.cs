namespace Bot.Telegram.Api;

/// <summary>A Telegram user or bot.</summary>
public sealed record User(long Id, bool IsBot = false, string? FirstName = null, string? Username = null, string? LanguageCode = null);
