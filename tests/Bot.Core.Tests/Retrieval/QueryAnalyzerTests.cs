using Bot.Core.Retrieval;
using Bot.Core.Retrieval.Glossary;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Retrieval;

public sealed class QueryAnalyzerTests
{
    private static readonly GlossaryEntry Leike = new(["Jan Leike", "Leike"], ["简·雷克", "杨·莱克", "雷克"]);
    private static readonly GlossaryEntry Resign = new(["resign", "quit"], ["辞职", "离职"]);

    private readonly QueryAnalyzer _analyzer = new(new GlossaryIndex([Leike, Resign], Texts.Folder), new RetrievalOptions());

    [Fact]
    public void Analyze_EnglishName_ExpandsToEveryChineseName()
    {
        var query = _analyzer.Analyze(Texts.Folder.Fold("Why did Jan Leike resign?"));
        var leike = Assert.Single(query.Concepts, concept => concept.Label == "jan leik");
        Assert.Contains(leike.Alternatives, alternative => alternative.Terms.SequenceEqual(["雷克"]));
        Assert.Contains(leike.Alternatives, alternative => alternative.Terms.SequenceEqual(["杨莱", "莱克"]));
        Assert.Contains(query.Concepts, concept => concept.Alternatives.Any(alternative => alternative.Terms.SequenceEqual(["离职"])));
    }

    [Fact]
    public void Analyze_TraditionalTransliteration_MatchesTheSameEntry()
    {
        var query = _analyzer.Analyze(Texts.Folder.Fold("楊·萊克為什麼辭職"));
        Assert.Contains(query.Concepts, concept => concept.Alternatives.Any(alternative => alternative.Terms.SequenceEqual(["jan", "leike"])));
    }

    [Fact]
    public void Analyze_ExpandedNames_WeighLessThanTheAskersOwn()
    {
        var concept = _analyzer.Analyze(Texts.Folder.Fold("辞职")).Concepts.Single(concept => concept.Label == "辞职");
        Assert.Equal(1f, concept.Alternatives.Single(alternative => alternative.Terms.SequenceEqual(["辞职"])).Weight);
        Assert.True(concept.Alternatives.Single(alternative => alternative.Terms.SequenceEqual(["离职"])).Weight < 1f);
    }

    [Fact]
    public void Analyze_QuestionWordsAndEnglishStopWords_AreNotConcepts()
    {
        var query = _analyzer.Analyze(Texts.Folder.Fold("What is the 算力 是什么？"));
        Assert.DoesNotContain(query.Concepts, concept => concept.Label is "what" or "is" or "the" or "什么" or "是什");
        Assert.Contains(query.Concepts, concept => concept.Label == "算力");
    }

    [Fact]
    public void Analyze_SingleCharacters_DoNotCountForCoverage() =>
        Assert.All(_analyzer.Analyze("算力").Concepts.Where(concept => concept.Label.Length == 1),
            concept => Assert.False(concept.CountsForCoverage));
}
