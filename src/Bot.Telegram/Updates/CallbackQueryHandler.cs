using Bot.Telegram.Api;

namespace Bot.Telegram.Updates;

/// <summary>Acknowledges button presses: the bot sends no buttons, but an unanswered callback spins forever for the user.</summary>
public sealed class CallbackQueryHandler(ITelegramApi api)
{
    public Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return api.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest(query.Id), cancellationToken);
    }
}
