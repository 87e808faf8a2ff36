using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Core.Ingestion;
using Bot.Telegram.Api;
using Bot.Telegram.Hosting;
using Bot.Telegram.Pacing;
using Bot.Telegram.Replies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Updates;

/// <summary>Handles a chat message: commands, questions, and silence for group chatter not addressed to the bot.</summary>
public sealed class MessageHandler(
    TypingIndicator typing,
    IQuestionAnswerer answerer,
    IDocumentCatalog catalog,
    ReplyComposer composer,
    ReplySender sender,
    UserCooldown cooldown,
    TelegramConnection connection,
    BotMetrics metrics,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<MessageHandler> logger)
{
    private readonly HashSet<long>? _allowedChats = options.Value.AllowedChats is { Count: > 0 } chats ? [.. chats] : null;

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A message sent via the bot's own inline mode holds an answer, never a question for it.
        if (message.Text is null || message.From?.IsBot == true || message.ViaBot?.Id == connection.Bot.Id)
        {
            logger.LogDebug("Ignoring a message without text, from a bot or via this bot in chat {ChatId}", message.Chat.Id);
            return;
        }

        if (_allowedChats is not null && !_allowedChats.Contains(message.Chat.Id))
        {
            logger.LogDebug("Ignoring chat {ChatId}: not in Telegram:AllowedChats", message.Chat.Id);
            return;
        }

        var intent = MessageIntent.Of(message, connection.Bot);
        var language = LanguageCodes.FromLanguageCode(message.From?.LanguageCode);
        var replyTo = message.Chat.IsGroup ? message.MessageId : (long?)null;
        switch (intent.Kind)
        {
            case MessageIntentKind.Start:
                await sender.SendAsync(message.Chat, composer.Text(TelegramTexts.Welcome(language)), replyTo, cancellationToken).ConfigureAwait(false);
                break;
            case MessageIntentKind.Help:
                await sender.SendAsync(message.Chat, composer.Text(BotTexts.Help(language)), replyTo, cancellationToken).ConfigureAwait(false);
                break;
            case MessageIntentKind.Sources:
                await sender.SendAsync(message.Chat, composer.Sources(catalog.Documents, language), replyTo, cancellationToken).ConfigureAwait(false);
                break;
            case MessageIntentKind.Ask:
                await AnswerAsync(message, intent.Question, replyTo, cancellationToken).ConfigureAwait(false);
                break;
            default:
                logger.LogDebug("Message {MessageId} in chat {ChatId} is not addressed to the bot", message.MessageId, message.Chat.Id);
                break;
        }
    }

    private async Task AnswerAsync(Message message, string question, long? replyTo, CancellationToken cancellationToken)
    {
        var userId = message.From?.Id ?? message.Chat.Id;
        if (!cooldown.TryAcquire(userId))
        {
            logger.LogInformation("User {UserId} in chat {ChatId} is cooling down; question not answered", userId, message.Chat.Id);
            return;
        }

        Answer answer;
        TimeSpan latency;
        await using (await typing.ShowAsync(message.Chat.Id, cancellationToken).ConfigureAwait(false))
        {
            var started = time.GetTimestamp();
            answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
            latency = time.GetElapsedTime(started);
        }

        metrics.QuestionAnswered("telegram", answer.Abstained, latency);
        logger.LogInformation(
            "Answered message {MessageId} in chat {ChatId}: {Outcome} in {LatencyMs} ms",
            message.MessageId, message.Chat.Id, answer.Outcome, (long)latency.TotalMilliseconds);
        await sender.SendAsync(message.Chat, composer.Answer(answer, message.Chat.IsGroup), replyTo, cancellationToken).ConfigureAwait(false);
    }
}
