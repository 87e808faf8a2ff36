namespace Bot.Telegram.Api;

/// <summary>The body of <c>answerCallbackQuery</c>.</summary>
public sealed record AnswerCallbackQueryRequest(string CallbackQueryId);
