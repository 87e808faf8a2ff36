using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_ChinesePunctuationAndClosingQuotes_EndSentences() =>
        Assert.Equal(
            ["他说:“我辞职了。”", "为什么?", "因为算力不够!", "最后一句"],
            SentenceSplitter.Split("他说:“我辞职了。”为什么?因为算力不够!最后一句"));

    [Fact]
    public void Split_DecimalPoint_DoesNotEndASentence() =>
        Assert.Single(SentenceSplitter.Split("GPT-3.5终于以ChatGPT的名义发布。"));
}
