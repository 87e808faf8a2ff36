using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Retrieval;

public sealed class Bm25IndexTests
{
    private static Bm25Index Index(params string[] fields) =>
        new(fields.Select(field => (IReadOnlyList<Term>)Tokenizer.Tokenize(field)).ToList(), k1: 1.2, b: 0.75);

    [Fact]
    public void Accumulate_MoreOccurrences_ScoresHigher()
    {
        var index = Index("算力 算力 算力 其他", "算力 其他 其他 其他", "无关 内容 这里 那里");
        var scores = new float[3];
        index.Accumulate("算力", 1, scores);
        Assert.True(scores[0] > scores[1] && scores[1] > scores[2]);
        Assert.Equal(0, scores[2]);
    }

    [Fact]
    public void Idf_RarerTerm_WeighsMore()
    {
        var index = Index("openai 股权", "openai 算力", "openai 团队");
        Assert.True(index.Idf("股权") > index.Idf("openai"));
        Assert.True(index.Idf("never-seen") > index.Idf("股权"));
    }

    [Fact]
    public void Accumulate_LongerField_ScoresLowerForTheSameCount()
    {
        var index = Index("股权", "股权 " + string.Join(' ', Enumerable.Repeat("其他", 30)));
        var scores = new float[2];
        index.Accumulate("股权", 1, scores);
        Assert.True(scores[0] > scores[1]);
    }

    [Fact]
    public void Contains_TellsWhetherAFieldHasTheTerm()
    {
        var index = Index("股权", "算力");
        Assert.True(index.Contains("股权", 0));
        Assert.False(index.Contains("股权", 1));
        Assert.False(index.Contains("unknown", 0));
    }
}
