using Bot.Telegram.Api;
using Bot.Telegram.Pacing;

namespace Bot.Telegram.Replies;

/// <summary>Sends the messages of one reply in order, paced, the first one threaded to the question when asked to.</summary>
public sealed class ReplySender(ITelegramApi api, SendPacer pacer)
{
    public async Task SendAsync(Chat chat, IReadOnlyList<string> htmlMessages, long? replyToMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(htmlMessages);
        for (var i = 0; i < htmlMessages.Count; i++)
        {
            await pacer.WaitTurnAsync(chat.Id, chat.IsGroup, cancellationToken).ConfigureAwait(false);
            var replyTo = i == 0 && replyToMessageId is { } id ? new ReplyParameters(id) : null;
            var request = new SendMessageRequest(chat.Id, htmlMessages[i], "HTML", replyTo, new LinkPreviewOptions(IsDisabled: true));
            try
            {
                await api.SendMessageAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException ex) when (ex.MigrateToChatId is { } supergroupId)
            {
                // The group was upgraded while the question was answered; the question itself stays in the old chat.
                chat = chat with { Id = supergroupId, Type = "supergroup" };
                await api.SendMessageAsync(request with { ChatId = supergroupId, ReplyParameters = null }, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
