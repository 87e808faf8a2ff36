using Bot.Core.Answering;
using Bot.Discord.Embeds;

namespace Bot.Discord.Tests.Embeds;

public sealed class AnswerEmbedBuilderTests
{
    [Fact]
    public void Build_AnsweredQuestion_CitationsBecomeFieldsAndFooterNamesSources()
    {
        var answer = Answer(
            ["Leike resigned.", "Sutskever left."],
            [new Citation("a", "Leike resigns", "Example News", "He resigned"), new Citation("b", "Sutskever leaves", "Other Daily", "He left")]);

        var embed = AnswerEmbedBuilder.Build(answer);

        Assert.Equal("Why?", embed.Title);
        Assert.Contains("[1] Leike resigned.", embed.Description, StringComparison.Ordinal);
        Assert.Contains("[2] Sutskever left.", embed.Description, StringComparison.Ordinal);
        Assert.Equal(["[1] Leike resigns", "[2] Sutskever leaves"], embed.Fields.Select(f => f.Name));
        Assert.Contains("He resigned", embed.Fields[0].Value, StringComparison.Ordinal);
        Assert.Contains("Leike resigns — Example News", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.Contains("Sutskever leaves — Other Daily", embed.Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HugeAnswer_StaysWithinEveryLimit()
    {
        var huge = new string('長', 5000);
        var citations = Enumerable.Range(0, 40)
            .Select(i => new Citation($"d{i}", $"Title {i} " + new string('t', 400), $"Label {i} " + new string('l', 100), huge))
            .ToList();
        var answer = Answer(Enumerable.Repeat(huge, 3).ToList(), citations, question: new string('q', 900));

        var embed = AnswerEmbedBuilder.Build(answer);

        Assert.InRange(embed.Title!.Length, 1, EmbedLimits.Title);
        Assert.InRange(embed.Description!.Length, 1, EmbedLimits.Description);
        Assert.InRange(embed.Fields.Count, 1, EmbedLimits.Fields);
        Assert.All(embed.Fields, f => Assert.InRange(f.Name.Length, 1, EmbedLimits.FieldName));
        Assert.All(embed.Fields, f => Assert.InRange(f.Value.Length, 1, EmbedLimits.FieldValue));
        Assert.NotNull(embed.Footer);
        Assert.InRange(embed.Footer.Text.Length, 1, EmbedLimits.Footer);
        Assert.InRange(EmbedLimits.Length(embed), 1, EmbedLimits.Total);
    }

    [Fact]
    public void Build_Abstained_NoFieldsAndNoFooter()
    {
        var answer = new Answer("Weather?", AnswerOutcome.NotCovered, ReplyLanguage.English, BotTexts.NotCovered(ReplyLanguage.English), [], [], [], 0.1);

        var embed = AnswerEmbedBuilder.Build(answer);

        Assert.Equal(BotTexts.NotCovered(ReplyLanguage.English), embed.Description);
        Assert.Empty(embed.Fields);
        Assert.Null(embed.Footer);
    }

    [Fact]
    public void Truncate_SurrogatePairAtTheCut_KeepsItWhole()
    {
        var text = new string('a', 9) + "😀" + "bbbb";

        var cut = TextTruncation.Truncate(text, 11);

        Assert.True(cut.Length <= 11);
        Assert.False(char.IsHighSurrogate(cut[^2]));
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    private static Answer Answer(IReadOnlyList<string> sentences, IReadOnlyList<Citation> citations, string question = "Why?") =>
        new(question, AnswerOutcome.Answered, ReplyLanguage.English, BotTexts.AnsweredLead(ReplyLanguage.English), sentences, citations, [], 0.8);
}
