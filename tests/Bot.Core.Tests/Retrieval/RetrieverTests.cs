using Bot.Core.Retrieval;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Retrieval;

[Collection(CoreCollection.Name)]
public sealed class RetrieverTests(CoreFixture core)
{
    private IReadOnlyList<ScoredPassage> Search(string question) =>
        Retriever.Search(core.Knowledge, core.Knowledge.Analyzer.Analyze(core.Folder.Fold(question)), top: 5, titleBoost: 0, coverageWeight: 1, sentenceWeight: 1);

    [Theory]
    [InlineData("台风韦帕什么时候登陆汕头？", "韦帕")]
    [InlineData("娃哈哈争产大战怎么样了？", "娃哈哈")]
    [InlineData("杨瀚森加盟开拓者了吗？", "杨瀚森")]
    [InlineData("哪里可以免费观看AV网站？", "蜜臀")]
    public void Search_JunkTopics_FindNoJunkPassage(string question, string junk) =>
        Assert.All(Search(question), passage => Assert.DoesNotContain(junk, core.Folder.Fold(passage.Passage.Text), StringComparison.Ordinal));

    [Fact]
    public void Search_EnglishQuestion_FindsChinesePassages()
    {
        var top = Search("Was the superalignment team disbanded?");
        Assert.Contains(top.Take(3), passage => core.Folder.Fold(passage.Passage.Text).Contains("解散", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Results_AreRankedAndWithoutNearDuplicates()
    {
        var top = Search("超级对齐团队已经解散，余下成员要么辞职");
        Assert.Equal(top.OrderByDescending(passage => passage.Score).Select(passage => passage.Passage.Index), top.Select(passage => passage.Passage.Index));
        foreach (var passage in top)
        {
            Assert.DoesNotContain(top, other => core.Knowledge.NearDuplicates[passage.Passage.Index].Contains(other.Passage.Index));
        }
    }

    [Fact]
    public void Coverage_QuestionAboutSomethingElse_IsLow()
    {
        var query = core.Knowledge.Analyzer.Analyze(core.Folder.Fold("What is the best pizza topping?"));
        Assert.All(Enumerable.Range(0, core.Knowledge.Passages.Count), p => Assert.True(Retriever.Coverage(core.Knowledge.PassageIndex, query, p) < 0.3));
    }
}
