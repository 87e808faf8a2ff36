using Bot.Core.Ingestion;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Ingestion;

[Collection(CoreCollection.Name)]
public sealed class PassageSplitterTests(CoreFixture core)
{
    [Fact]
    public void Split_Document_PacksWholeSentencesUpToTheMaximum()
    {
        var document = new CleanedDocument("doc", "title", "source",
            ["第一句话很短。第二句话也很短。", "第三段开始了。" + new string('长', 50) + "。", "最后。"],
            new CleaningReport("doc", 0, 0, false, []));
        var passages = new PassageSplitter(targetLength: 20, maximumLength: 60).Split(document, firstIndex: 10);

        Assert.Equal(10, passages[0].Index);
        Assert.All(passages, passage => Assert.True(passage.Text.Length <= 60 || passage.Sentences.Count == 1));
        Assert.Equal(string.Concat(document.Paragraphs), string.Concat(passages.Select(passage => passage.Text)));
    }

    [Fact]
    public void Split_Heading_OpensTheNextPassage()
    {
        var document = new CleanedDocument("doc", "title", "source",
            [new string('甲', 50) + "。", "小标题是什么?", "正文第一句。"], new CleaningReport("doc", 0, 0, false, []));
        var passages = new PassageSplitter(targetLength: 200, maximumLength: 400).Split(document, 0);

        Assert.Equal(2, passages.Count);
        Assert.StartsWith("小标题", passages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_RealSeeds_NoPassageIsEmptyOrHuge() =>
        Assert.All(core.Knowledge.Passages, passage => Assert.InRange(passage.Text.Length, 1, 400));
}
