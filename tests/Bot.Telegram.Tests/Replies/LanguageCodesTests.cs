using Bot.Core.Answering;
using Bot.Telegram.Replies;

namespace Bot.Telegram.Tests.Replies;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData(null, ReplyLanguage.English)]
    [InlineData("", ReplyLanguage.English)]
    [InlineData("en", ReplyLanguage.English)]
    [InlineData("de", ReplyLanguage.English)]
    [InlineData("zhx", ReplyLanguage.English)]
    [InlineData("zh", ReplyLanguage.SimplifiedChinese)]
    [InlineData("zh-hans", ReplyLanguage.SimplifiedChinese)]
    [InlineData("zh-CN", ReplyLanguage.SimplifiedChinese)]
    [InlineData("zh-hant", ReplyLanguage.TraditionalChinese)]
    [InlineData("zh-TW", ReplyLanguage.TraditionalChinese)]
    [InlineData("zh_hk", ReplyLanguage.TraditionalChinese)]
    [InlineData("zh-Hant-HK", ReplyLanguage.TraditionalChinese)]
    public void FromLanguageCode_Tag_PicksTheScript(string? code, ReplyLanguage expected)
    {
        Assert.Equal(expected, LanguageCodes.FromLanguageCode(code));
    }
}
