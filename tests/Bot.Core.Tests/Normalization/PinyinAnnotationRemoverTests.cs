using Bot.Core.Normalization;

namespace Bot.Core.Tests.Normalization;

public sealed class PinyinAnnotationRemoverTests
{
    [Theory]
    [InlineData("超級對齊負(fù)責(zé)人", "超級對齊負責人")]
    [InlineData("OpenAI超級對齊團(tuán)隊(duì)負(fù)責(zé)人", "OpenAI超級對齊團隊負責人")]
    [InlineData("發(fā)布會", "發布會")]
    public void Remove_GluedPinyin_LeavesTheWord(string input, string expected) =>
        Assert.Equal(expected, PinyinAnnotationRemover.Remove(input));

    [Theory]
    [InlineData("對齊(Alignment)並非某種黑話")]
    [InlineData("可擴展監督(scalable oversight)")]
    [InlineData("Claude 3 (Opus)")]
    public void Remove_EnglishInBrackets_IsKept(string input) => Assert.Equal(input, PinyinAnnotationRemover.Remove(input));

    [Fact]
    public void Remove_MojibakeFragment_DropsTheBrokenAnnotation() =>
        Assert.Equal("Dario Amodei因樵诎踩", PinyinAnnotationRemover.Remove("Dario Amodei因?yàn)樵诎踩"));
}
