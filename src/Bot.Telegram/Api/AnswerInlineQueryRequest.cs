namespace Bot.Telegram.Api;

/// <summary>The body of <c>answerInlineQuery</c>.</summary>
public sealed record AnswerInlineQueryRequest(string InlineQueryId, IReadOnlyList<InlineQueryResultArticle> Results, int CacheTime, bool IsPersonal);
