using Bot.Core.Answering;

namespace Bot.Telegram.Replies;

/// <summary>The few Telegram-only texts; everything else comes from <see cref="BotTexts"/>.</summary>
public static class TelegramTexts
{
    /// <summary>The /start reply: a greeting followed by what the bot covers.</summary>
    public static string Welcome(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese => "你好！\n" + BotTexts.Help(language),
        ReplyLanguage.TraditionalChinese => "你好！\n" + BotTexts.Help(language),
        _ => "Hello!\n" + BotTexts.Help(language),
    };

    /// <summary>The title of an inline result when the answer has nothing better to show.</summary>
    public static string InlineTitle(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese => "回答",
        ReplyLanguage.TraditionalChinese => "回答",
        _ => "Answer",
    };
}
