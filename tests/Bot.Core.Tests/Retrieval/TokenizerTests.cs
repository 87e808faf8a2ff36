using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Retrieval;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_HanRun_GivesUnigramsAndBigrams()
    {
        var terms = Tokenizer.Tokenize("对齐团队");
        Assert.Equal(["对", "齐", "团", "队"], terms.Where(term => term.Kind == TermKind.Unigram).Select(term => term.Text));
        Assert.Equal(["对齐", "齐团", "团队"], terms.Where(term => term.Kind == TermKind.Bigram).Select(term => term.Text));
    }

    [Fact]
    public void Tokenize_LatinCompound_GivesPartsAndWhole() =>
        Assert.Equal(["gpt", "4o", "gpt-4o", "发", "布", "发布"], Tokenizer.Tokenize("gpt-4o发布").Select(term => term.Text));

    [Fact]
    public void Tokenize_NameDot_DoesNotBreakTheName() =>
        Assert.Contains(new Term("简雷", TermKind.Bigram), Tokenizer.Tokenize("简·雷克"));

    [Fact]
    public void Tokenize_PunctuationAndSpaces_SeparateTerms() =>
        Assert.Equal(["jan", "leike", "说"], Tokenizer.Tokenize("jan  leike:说").Select(term => term.Text));
}
