namespace Bot.Telegram.Api;

/// <summary>A press on an inline keyboard button; it must always be answered.</summary>
public sealed record CallbackQuery(string Id, User? From = null, string? Data = null);
