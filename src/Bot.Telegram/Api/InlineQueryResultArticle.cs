namespace Bot.Telegram.Api;

/// <summary>An inline result that, when chosen, sends <see cref="InputMessageContent"/> to the chat.</summary>
public sealed record InlineQueryResultArticle(string Id, string Title, InputTextMessageContent InputMessageContent, string? Description)
{
    /// <summary>Always "article".</summary>
    public string Type => "article";
}
