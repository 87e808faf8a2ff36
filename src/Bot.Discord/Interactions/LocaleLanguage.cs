using Bot.Core.Answering;

namespace Bot.Discord.Interactions;

/// <summary>Maps a Discord locale (<c>zh-CN</c>, <c>zh-TW</c>, <c>en-US</c>…) to the reply language of fixed texts.</summary>
public static class LocaleLanguage
{
    public static ReplyLanguage From(string? locale) => locale switch
    {
        "zh-CN" => ReplyLanguage.SimplifiedChinese,
        "zh-TW" => ReplyLanguage.TraditionalChinese,
        _ => ReplyLanguage.English,
    };
}
