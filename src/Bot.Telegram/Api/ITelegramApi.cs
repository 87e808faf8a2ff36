using System.Text.Json;

namespace Bot.Telegram.Api;

/// <summary>The Bot API methods the bot uses; the only seam between the adapter and the wire.</summary>
public interface ITelegramApi
{
    Task<User> GetMeAsync(CancellationToken cancellationToken);

    /// <summary>Long-polls for updates; each is returned raw so that one malformed update cannot hide the others.</summary>
    Task<IReadOnlyList<JsonElement>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken);

    Task SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken);

    Task SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken);

    Task SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken);

    Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken);

    Task DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken);

    Task AnswerInlineQueryAsync(AnswerInlineQueryRequest request, CancellationToken cancellationToken);

    Task AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken);
}
