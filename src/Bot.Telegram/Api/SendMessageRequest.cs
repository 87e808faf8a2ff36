namespace Bot.Telegram.Api;

/// <summary>The body of <c>sendMessage</c>.</summary>
public sealed record SendMessageRequest(
    long ChatId,
    string Text,
    string? ParseMode = "HTML",
    ReplyParameters? ReplyParameters = null,
    LinkPreviewOptions? LinkPreviewOptions = null);
