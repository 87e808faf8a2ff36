using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Normalization;

public sealed class ChineseConverterTests
{
    [Theory]
    [InlineData("超級對齊團隊", "超级对齐团队")]
    [InlineData("離職協議跟股權有什麼關係", "离职协议跟股权有什么关系")]
    [InlineData("OpenAI 發布會", "OpenAI 发布会")]
    public void ToSimplified_TraditionalText_ConvertsPhrasesAndCharacters(string traditional, string simplified) =>
        Assert.Equal(simplified, Texts.Scripts.ToSimplified(traditional));

    [Theory]
    [InlineData("超级对齐团队", "超級對齊團隊")]
    [InlineData("离职协议", "離職協議")]
    public void ToTraditional_SimplifiedText_Converts(string simplified, string traditional) =>
        Assert.Equal(traditional, Texts.Scripts.ToTraditional(simplified));

    [Fact]
    public void ToSimplified_AsciiText_IsReturnedUnchanged()
    {
        const string text = "Why did Jan Leike resign?";
        Assert.Same(text, Texts.Scripts.ToSimplified(text));
    }

    [Fact]
    public void IsTraditionalOnly_TellsTheScripts() =>
        Assert.True(Texts.Scripts.IsTraditionalOnly('職') && !Texts.Scripts.IsTraditionalOnly('职') && Texts.Scripts.IsSimplifiedOnly('职'));
}
