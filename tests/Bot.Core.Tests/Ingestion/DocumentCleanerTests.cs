using Bot.Core.Ingestion;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Ingestion;

[Collection(CoreCollection.Name)]
public sealed class DocumentCleanerTests(CoreFixture core)
{
    private string AllKeptText => string.Concat(core.Knowledge.Documents.SelectMany(document => document.Paragraphs));

    private CleanedDocument Document(string prefix) => core.Knowledge.Documents.Single(document => document.Id.StartsWith(prefix, StringComparison.Ordinal));

    [Theory]
    [InlineData("蜜臀")] // the spam line at the top of the portal page
    [InlineData("韋帕")] // typhoon warning
    [InlineData("娃哈哈")] // the Wahaha dispute
    [InlineData("楊瀚森")] // basketball player
    [InlineData("詹姆斯")]
    [InlineData("共和县")] // the county list
    [InlineData("incentive-icons")]
    [InlineData("扫一扫下载")] // app-download chrome
    [InlineData("暂无评论")] // comment chrome
    [InlineData("https://")]
    public void Clean_RealSeeds_DropsJunk(string junk) => Assert.DoesNotContain(junk, AllKeptText, StringComparison.Ordinal);

    [Theory]
    [InlineData("001", "我的團隊一直在逆風航行")]
    [InlineData("002", "以高達84%的圖像識別正確率")]
    [InlineData("002", "以達里奧·阿莫迪、伊利亞為代表的安全主義")]
    [InlineData("003", "我将在接下来的几天发布一篇更长的帖子")]
    [InlineData("000", "daniel jeffries 認為")]
    public void Clean_RealSeeds_KeepsArticleText(string document, string text) =>
        Assert.Contains(text, string.Concat(Document(document).Paragraphs), StringComparison.Ordinal);

    [Fact]
    public void Clean_PageRepeatingItsBody_KeepsOneCopy()
    {
        var text = string.Concat(Document("003").Paragraphs);
        Assert.Single(AllIndexes(text, "给这场风波蒙上另一层噱头"));
        Assert.Contains(Document("003").Report.DroppedLines, line => line.Reason == "repeated");
    }

    [Fact]
    public void Clean_GluedPinyin_IsRemoved()
    {
        var text = string.Concat(Document("001").Paragraphs);
        Assert.DoesNotContain("(fù)", text, StringComparison.Ordinal);
        Assert.Contains("超級對齊負責人", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_VideoTranscript_IsMergedIntoSentences()
    {
        var transcript = Document("004");
        Assert.True(transcript.Report.Transcript);
        Assert.True(transcript.Paragraphs.Count < 100, $"{transcript.Paragraphs.Count} paragraphs");
        Assert.Contains("他的博士论文正是如何训练循环神经网络", string.Concat(transcript.Paragraphs), StringComparison.Ordinal);
        Assert.All(transcript.Paragraphs, paragraph => Assert.Contains('。', paragraph));
    }

    [Theory]
    [InlineData("002", "OpenAI再陷宮斗:理想主義者是如何被擊碎的")]
    [InlineData("003", "OpenAI宫斗戏再起:安全团队被卡算力,Sam Altman准备发长文")]
    public void Clean_Headline_BecomesTheTitle(string document, string title) => Assert.StartsWith(title, Document(document).Title, StringComparison.Ordinal);

    [Fact]
    public void Clean_EveryDocument_HasATitleAndASourceLabel() =>
        Assert.All(core.Knowledge.Documents, document =>
        {
            Assert.False(string.IsNullOrWhiteSpace(document.Title));
            Assert.Contains(document.Id, document.SourceLabel, StringComparison.Ordinal);
        });

    [Fact]
    public void Clean_Report_AccountsForDroppedText()
    {
        var portal = Document("002").Report;
        Assert.True(portal.DroppedCharacters > 3000, $"dropped {portal.DroppedCharacters}");
        Assert.True(portal.KeptCharacters > 4000, $"kept {portal.KeptCharacters}");
        Assert.All(portal.DroppedLines, line => Assert.False(string.IsNullOrEmpty(line.Reason)));
    }

    private static List<int> AllIndexes(string text, string value)
    {
        var indexes = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            indexes.Add(i);
        }

        return indexes;
    }
}
