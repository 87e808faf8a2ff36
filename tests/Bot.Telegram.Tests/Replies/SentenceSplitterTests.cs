using Bot.Telegram.Replies;

namespace Bot.Telegram.Tests.Replies;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_English_KeepsTerminatorsAndSpaces()
    {
        var sentences = SentenceSplitter.Split("He left. She stayed! Why? Nobody knows");

        Assert.Equal(["He left. ", "She stayed! ", "Why? ", "Nobody knows"], sentences);
    }

    [Fact]
    public void Split_Chinese_BreaksAfterFullStopsWithoutSpaces()
    {
        var sentences = SentenceSplitter.Split("他離開了。她留下了！為什麼？「沒人知道。」後來");

        Assert.Equal(["他離開了。", "她留下了！", "為什麼？", "「沒人知道。」", "後來"], sentences);
    }

    [Fact]
    public void Split_DecimalsAndLineBreaks_BreaksOnlyAtRealEnds()
    {
        var sentences = SentenceSplitter.Split("GPT-3.5 shipped. Next\nline");

        Assert.Equal(["GPT-3.5 shipped. ", "Next\n", "line"], sentences);
    }

    [Fact]
    public void Split_Any_LosesNoCharacter()
    {
        const string text = "A. B! C? 中。文！\nD...  E";

        Assert.Equal(text, string.Concat(SentenceSplitter.Split(text)));
    }
}
