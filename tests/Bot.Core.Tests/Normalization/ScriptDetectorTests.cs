using Bot.Core.Answering;
using Bot.Core.Normalization;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Normalization;

public sealed class ScriptDetectorTests
{
    private readonly ScriptDetector _detector = new(Texts.Scripts);

    [Theory]
    [InlineData("OpenAI離職協議跟股權有什麼關係？", ReplyLanguage.TraditionalChinese)]
    [InlineData("伊利亞和奧特曼的矛盾本質是什麼？", ReplyLanguage.TraditionalChinese)]
    [InlineData("超级对齐团队现在怎么样了？", ReplyLanguage.SimplifiedChinese)]
    [InlineData("Jan Leike 辞职时在推特上公布的原因是什么？", ReplyLanguage.SimplifiedChinese)]
    [InlineData("Why did Jan Leike resign from OpenAI?", ReplyLanguage.English)]
    [InlineData("😀😀", ReplyLanguage.English)]
    public void Detect_Question_ReturnsTheAskersScript(string question, ReplyLanguage expected) =>
        Assert.Equal(expected, _detector.Detect(question));
}
