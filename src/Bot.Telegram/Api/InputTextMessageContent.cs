namespace Bot.Telegram.Api;

/// <summary>The text an inline result sends.</summary>
public sealed record InputTextMessageContent(string MessageText, string? ParseMode = "HTML", LinkPreviewOptions? LinkPreviewOptions = null);
