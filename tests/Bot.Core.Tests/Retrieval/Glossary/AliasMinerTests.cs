using Bot.Core.Retrieval.Glossary;

namespace Bot.Core.Tests.Retrieval.Glossary;

public sealed class AliasMinerTests
{
    [Fact]
    public void Mine_NameFollowedByEnglish_LearnsBothAndTheSurnames()
    {
        var entry = Assert.Single(AliasMiner.Mine(["3天后,另一位科學家簡·雷克(Jan Leike),也宣布離開。"]));
        Assert.Contains("Jan Leike", entry.English);
        Assert.Contains("Leike", entry.English);
        Assert.Contains("雷克", entry.Chinese);
        Assert.Contains("簡·雷克", entry.Chinese);
    }

    [Fact]
    public void Mine_ShortPlainWord_IsLearned()
    {
        var entry = Assert.Single(AliasMiner.Mine(["在AI語境中,對齊(Alignment)并非某種黑話"]));
        Assert.Contains("對齊", entry.Chinese);
    }

    [Fact]
    public void Mine_LongRunWithoutNameDot_IsNotGuessed() =>
        Assert.Empty(AliasMiner.Mine(["並且自動對齊研究(automated alignment research)很重要"]));

    [Fact]
    public void Mine_TextWithoutPairs_LearnsNothing() => Assert.Empty(AliasMiner.Mine(["没有英文名字的句子。", "(only English)"]));
}
