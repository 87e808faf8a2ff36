using Bot.Discord.Messages;

namespace Bot.Discord.Tests.Messages;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_ShortText_OnePart()
    {
        Assert.Equal(["hello"], MessageSplitter.Split("  hello \n"));
    }

    [Fact]
    public void Split_LinesLongerThanLimit_CutsAtLineBreaksWithinLimit()
    {
        var lines = Enumerable.Range(0, 30).Select(i => $"line {i} " + new string('x', 150)).ToList();
        var text = string.Join('\n', lines);

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.MaxLength));
        Assert.All(parts, p => Assert.StartsWith("line ", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void Split_ChineseWithoutBreaks_HardCutKeepsEveryCharacter()
    {
        var text = string.Concat(Enumerable.Repeat("超級對齊團隊", 800));

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.MaxLength));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_SurrogatePairAtBoundary_NotBroken()
    {
        var text = new string('a', 1999) + "😀" + new string('b', 10);

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }
}
