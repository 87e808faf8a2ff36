using Bot.Telegram.Api;

namespace Bot.Telegram.Updates;

/// <summary>What a message asks of the bot, and the question when it asks one.</summary>
public sealed record MessageIntent(MessageIntentKind Kind, string Question = "")
{
    public static readonly MessageIntent None = new(MessageIntentKind.None);

    /// <summary>
    /// Decides whether <paramref name="message"/> is for the bot. Private chats: every text is a question.
    /// Groups: only <c>/ask</c> (bare or <c>@bot</c>), a mention of the bot, or a reply to one of its messages.
    /// </summary>
    public static MessageIntent Of(Message message, BotIdentity bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        var text = message.Text;
        if (text is null || !(message.Chat.IsPrivate || message.Chat.IsGroup))
        {
            return None;
        }

        if (BotCommandText.TryParse(text) is { } command)
        {
            if (command.TargetBot is not null && !bot.IsNamed(command.TargetBot))
            {
                return None;
            }

            return command.Name switch
            {
                "start" => new MessageIntent(MessageIntentKind.Start),
                "help" => new MessageIntent(MessageIntentKind.Help),
                "sources" => new MessageIntent(MessageIntentKind.Sources),
                "ask" => new MessageIntent(MessageIntentKind.Ask, WithoutMention(command.Arguments, bot)),
                // An unknown command in private gets the help; in a group it may be another bot's.
                _ => message.Chat.IsPrivate ? new MessageIntent(MessageIntentKind.Help) : None,
            };
        }

        if (message.Chat.IsPrivate)
        {
            return new MessageIntent(MessageIntentKind.Ask, WithoutMention(text, bot));
        }

        if (bot.Mention.IsMatch(text) || message.ReplyToMessage?.From?.Id == bot.Id)
        {
            return new MessageIntent(MessageIntentKind.Ask, WithoutMention(text, bot));
        }

        return None;
    }

    private static string WithoutMention(string text, BotIdentity bot) =>
        bot.Mention.Replace(text, " ").Trim().TrimStart(',', ':', '，', '：').Trim();
}
