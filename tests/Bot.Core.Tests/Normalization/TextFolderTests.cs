using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Normalization;

public sealed class TextFolderTests
{
    [Theory]
    [InlineData("ＯｐｅｎＡＩ", "openai")]
    [InlineData("Ｊａｎ　Ｌｅｉｋｅ", "jan leike")]
    [InlineData("ＧＰＴ－４ｏ，發布會", "gpt-4o,发布会")]
    [InlineData("超\u200B級\u200D對齊", "超级对齐")]
    [InlineData("  many   spaces\t\nhere ", "many spaces here")]
    public void Fold_WidthCaseScriptAndInvisibles_AreNormalised(string input, string expected) =>
        Assert.Equal(expected, Texts.Folder.Fold(input));

    [Fact]
    public void FoldCompact_RemovesSpaces() =>
        Assert.Equal("师从geoffreyhinton", Texts.Folder.FoldCompact("師從 Geoffrey Hinton"));
}
