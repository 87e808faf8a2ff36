using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Discord.Gateway;
using Bot.Discord.Hosting;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Messages;

/// <summary>
/// Answers messages: any DM, and in guild channels only mentions of the bot or replies to it; never bots or
/// webhooks. The reply is threaded to the question and split to Discord's 2,000 characters.
/// </summary>
public sealed partial class MessageResponder(
    IQuestionAnswerer answerer,
    DiscordApi api,
    DiscordSessionState session,
    BotMetrics metrics,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<MessageResponder> logger)
{
    /// <summary>True when the bot should answer <paramref name="message"/>; cheap, so the gateway calls it inline.</summary>
    public bool IsForBot(DiscordMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var botUserId = session.BotUserId;
        return botUserId is not null && !MentionDetector.IsIgnored(message, botUserId) && MentionDetector.IsAddressedToBot(message, botUserId);
    }

    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        if (!IsForBot(message))
        {
            return;
        }

        var question = MentionDetector.StripBotMention(message.Content, session.BotUserId!);
        var started = timeProvider.GetTimestamp();
        Answer answer;
        await using (TypingIndicator.Start(api, message.ChannelId, options.Value.TypingInterval, timeProvider, logger, cancellationToken))
        {
            answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        }

        var latency = timeProvider.GetElapsedTime(started);
        metrics.QuestionAnswered("discord", answer.Abstained, latency);

        var parts = MessageSplitter.Split(answer.ReplyText);
        for (var i = 0; i < parts.Count; i++)
        {
            var reply = new CreateMessageRequest(parts[i], null, AllowedMentions.None, i == 0 ? new MessageReference(message.Id) : null);
            await api.CreateMessageAsync(message.ChannelId, reply, cancellationToken).ConfigureAwait(false);
        }

        LogAnswered(logger, message.Id, message.ChannelId, answer.Outcome, (long)latency.TotalMilliseconds, parts.Count);
    }

    [LoggerMessage(EventId = 80, Level = LogLevel.Information, Message = "Discord: answered message {MessageId} in channel {ChannelId} ({Outcome}) in {LatencyMs} ms, {Parts} message(s)")]
    private static partial void LogAnswered(ILogger logger, string messageId, string channelId, AnswerOutcome outcome, long latencyMs, int parts);
}
