namespace Bot.Discord.Messages;

/// <summary>Decides which messages the bot answers and strips its mention from the question.</summary>
public static class MentionDetector
{
    private const int DefaultMessageType = 0;
    private const int ReplyMessageType = 19;

    /// <summary>True for messages the bot must never answer: bots (itself included), webhooks, system messages.</summary>
    public static bool IsIgnored(DiscordMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Author is null
            || message.Author.Bot == true
            || message.Author.Id == botUserId
            || !string.IsNullOrEmpty(message.WebhookId)
            || message.Type is not (DefaultMessageType or ReplyMessageType);
    }

    /// <summary>True in a DM; in a guild channel only when the bot is mentioned or its message is replied to.</summary>
    public static bool IsAddressedToBot(DiscordMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrEmpty(message.GuildId))
        {
            return true;
        }

        return message.Mentions?.Any(u => u.Id == botUserId) == true
            || ContainsMention(message.Content, botUserId)
            || message.ReferencedMessage?.Author?.Id == botUserId;
    }

    /// <summary>The question: the content without the bot's <c>&lt;@id&gt;</c> / <c>&lt;@!id&gt;</c> mentions.</summary>
    public static string StripBotMention(string? content, string botUserId)
    {
        if (string.IsNullOrEmpty(content))
        {
            return "";
        }

        return content
            .Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal)
            .Trim();
    }

    private static bool ContainsMention(string? content, string botUserId) =>
        !string.IsNullOrEmpty(content)
        && (content.Contains($"<@{botUserId}>", StringComparison.Ordinal) || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal));
}
