using Bot.Core.Answering;

namespace Bot.Telegram.Replies;

/// <summary>Maps Telegram's <c>from.language_code</c> (IETF tag) to the reply language of /start and /help.</summary>
public static class LanguageCodes
{
    public static ReplyLanguage FromLanguageCode(string? languageCode)
    {
        if (string.IsNullOrWhiteSpace(languageCode))
        {
            return ReplyLanguage.English;
        }

        var code = languageCode.Trim().Replace('_', '-').ToLowerInvariant();
        if (code != "zh" && !code.StartsWith("zh-", StringComparison.Ordinal))
        {
            return ReplyLanguage.English;
        }

        var subtags = code.Split('-');
        return subtags.Any(tag => tag is "hant" or "tw" or "hk" or "mo")
            ? ReplyLanguage.TraditionalChinese
            : ReplyLanguage.SimplifiedChinese;
    }
}
