using Bot.Telegram.Replies;

namespace Bot.Telegram.Tests.Replies;

public sealed class ReplySplitterTests
{
    [Fact]
    public void Split_ShortReply_StaysOneMessage()
    {
        ReplyBlock[] blocks = [new("Lead.", ReplyBlockKind.Text), new("Quote.", ReplyBlockKind.Quote)];

        var messages = ReplySplitter.Split(blocks);

        Assert.Equal(blocks, Assert.Single(messages));
    }

    [Fact]
    public void Split_LongQuote_BreaksBetweenSentencesWithinTheLimit()
    {
        var sentence = "Leike said safety culture had taken a back seat to shiny products. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200)).TrimEnd();

        var messages = ReplySplitter.Split([new ReplyBlock("Lead.", ReplyBlockKind.Text), new ReplyBlock(text, ReplyBlockKind.Quote)]);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, message => Assert.True(VisibleLength(message) <= ReplySplitter.MaxMessageLength));
        Assert.All(messages.SelectMany(m => m).Where(b => b.Kind == ReplyBlockKind.Quote), block => Assert.EndsWith("products.", block.Text, StringComparison.Ordinal));
        var quoted = string.Join(" ", messages.SelectMany(m => m).Where(b => b.Kind == ReplyBlockKind.Quote).Select(b => b.Text));
        Assert.Equal(text, quoted);
    }

    [Fact]
    public void Split_ChineseSentences_BreaksAfterFullStops()
    {
        var text = string.Concat(Enumerable.Repeat("超級對齊團隊在二〇二四年五月解散，成員分散到其他團隊。", 300));

        var messages = ReplySplitter.Split([new ReplyBlock(text, ReplyBlockKind.ExpandableQuote)]);

        Assert.True(messages.Count >= 2);
        Assert.All(messages, message => Assert.EndsWith("。", Assert.Single(message).Text, StringComparison.Ordinal));
        Assert.All(messages, message => Assert.Equal(ReplyBlockKind.ExpandableQuote, Assert.Single(message).Kind));
        Assert.Equal(text, string.Concat(messages.Select(m => m[0].Text)));
    }

    [Fact]
    public void Split_SentenceLongerThanAMessage_IsCutWithoutBreakingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 3000));

        var messages = ReplySplitter.Split([new ReplyBlock(text, ReplyBlockKind.Text)]);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, message =>
        {
            var part = Assert.Single(message).Text;
            Assert.True(part.Length <= ReplySplitter.MaxMessageLength);
            Assert.False(char.IsHighSurrogate(part[^1]));
            Assert.False(char.IsLowSurrogate(part[0]));
        });
    }

    [Fact]
    public void Split_BlocksThatTogetherOverflow_StartANewMessageWithNewlinesCounted()
    {
        var a = new string('a', 2048);
        var b = new string('b', 2048);

        var messages = ReplySplitter.Split([new ReplyBlock(a, ReplyBlockKind.Text), new ReplyBlock(b, ReplyBlockKind.Text)]);

        Assert.Equal(2, messages.Count);
    }

    [Fact]
    public void Split_EscapedCharacters_CountAsOneVisibleCharacter()
    {
        var text = new string('&', 4000);

        var messages = ReplySplitter.Split([new ReplyBlock(text, ReplyBlockKind.Text)]);

        Assert.Single(messages);
        Assert.Equal(4000, ReplyTestText.VisibleLength(HtmlRenderer.Render(messages[0])));
    }

    private static int VisibleLength(IReadOnlyList<ReplyBlock> message) => ReplyTestText.VisibleLength(HtmlRenderer.Render(message));
}
