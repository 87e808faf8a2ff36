using Bot.Core.Answering;
using Bot.Telegram.Replies;

namespace Bot.Telegram.Tests.Replies;

public sealed class AnswerBlocksTests
{
    private static readonly Answer Answered = new(
        "Why?",
        AnswerOutcome.Answered,
        ReplyLanguage.English,
        "Here is what the sources say:",
        ["First <quoted> sentence.", "Second & last."],
        [new Citation("d1", "Title <one>", "Daily & Co", "First"), new Citation("d2", "Title two", "Weekly", "Second")],
        [],
        0.8);

    [Fact]
    public void Build_Private_LeadQuoteHeadingAndCitationList()
    {
        var html = HtmlRenderer.Render(AnswerBlocks.Build(Answered, inGroup: false, groupCollapseLength: 10));

        Assert.Equal(
            "Here is what the sources say:\n"
            + "<blockquote>First &lt;quoted&gt; sentence. [1]\nSecond &amp; last. [2]</blockquote>\n"
            + "<b>Sources:</b>\n"
            + "[1] Title &lt;one&gt; — Daily &amp; Co\n[2] Title two — Weekly",
            html);
    }

    [Fact]
    public void Build_GroupLongEvidence_UsesAnExpandableBlockquote()
    {
        var blocks = AnswerBlocks.Build(Answered, inGroup: true, groupCollapseLength: 10);

        Assert.Equal(ReplyBlockKind.ExpandableQuote, blocks[1].Kind);
        Assert.Contains("<blockquote expandable>", HtmlRenderer.Render(blocks), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GroupShortEvidence_UsesAPlainBlockquote()
    {
        var blocks = AnswerBlocks.Build(Answered, inGroup: true, groupCollapseLength: 1000);

        Assert.Equal(ReplyBlockKind.Quote, blocks[1].Kind);
    }

    [Fact]
    public void Build_Abstained_OnlyTheLead()
    {
        var abstained = Answered with { Outcome = AnswerOutcome.NotCovered, Lead = "Not covered.", Sentences = [], Citations = [] };

        var blocks = AnswerBlocks.Build(abstained, inGroup: true, groupCollapseLength: 10);

        Assert.Equal([new ReplyBlock("Not covered.", ReplyBlockKind.Text)], blocks);
    }

    [Fact]
    public void Build_TraditionalChinese_UsesTheLocalisedHeading()
    {
        var chinese = Answered with { Language = ReplyLanguage.TraditionalChinese };

        var html = HtmlRenderer.Render(AnswerBlocks.Build(chinese, inGroup: false, groupCollapseLength: 10));

        Assert.Contains("<b>來源：</b>", html, StringComparison.Ordinal);
    }
}
