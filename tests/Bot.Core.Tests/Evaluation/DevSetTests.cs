using Bot.Core.Corpus;
using Bot.Core.Evaluation;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Evaluation;

/// <summary>The quality targets on <c>shared/eval/dev.jsonl</c>; the README has the measured figures.</summary>
[Collection(CoreCollection.Name)]
public sealed class DevSetTests(CoreFixture core)
{
    private EvalSummary Summary()
    {
        var path = PathResolver.Resolve("../shared/eval/dev.jsonl");
        Assert.True(File.Exists(path), $"The dev set is expected at {path} (shared/ beside the repository).");
        var questions = EvalRunner.ReadAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        return core.Eval.Summarize(questions.Select(question => (question, core.Eval.Run(question).Record)).ToList());
    }

    [Fact]
    public void DevSet_Retrieval_MeetsTheBar()
    {
        var summary = Summary();
        Assert.True(summary.Overall.HitAt1 >= 0.85, $"hit@1 {summary.Overall.HitAt1}");
        Assert.True(summary.Overall.HitAt3 >= 0.95, $"hit@3 {summary.Overall.HitAt3}");
        Assert.True(summary.ByLanguage["en"].HitAt3 >= 0.85, $"English hit@3 {summary.ByLanguage["en"].HitAt3}");
    }

    [Fact]
    public void DevSet_Answers_QuoteTheEvidence() =>
        Assert.True(Summary().Overall.AnswerAccuracy >= 0.85, $"answer {Summary().Overall.AnswerAccuracy}");

    [Fact]
    public void DevSet_Abstention_IsExact()
    {
        var summary = Summary();
        Assert.Equal(1.0, summary.Overall.OffTopicAbstained);
        Assert.Equal(0, summary.Overall.AnswerableAbstained);
        Assert.True(summary.HighestOffTopicConfidence < summary.LowestAnswerableConfidence);
    }

    [Fact]
    public void DevSet_TraditionalQuestions_AreAnsweredInTraditional() =>
        Assert.Equal(1.0, Summary().ByLanguage["zh-Hant"].ScriptAccuracy);
}
