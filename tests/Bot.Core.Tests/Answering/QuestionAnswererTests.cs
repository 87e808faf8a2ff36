using Bot.Core.Answering;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Answering;

[Collection(CoreCollection.Name)]
public sealed class QuestionAnswererTests(CoreFixture core)
{
    public static TheoryData<string, AnswerOutcome> BadInputs => new()
    {
        { string.Empty, AnswerOutcome.NoQuestion },
        { "   \t\n ", AnswerOutcome.NoQuestion },
        { "😀😀🎉", AnswerOutcome.NoQuestion },
        { "\u200B\u200C\u200D\uFEFF", AnswerOutcome.NoQuestion },
        { "\u0001\u0002\u0007", AnswerOutcome.NoQuestion },
        { "？！。……!!?", AnswerOutcome.NoQuestion },
        { new string('问', 10_000), AnswerOutcome.TooLong },
        { "<script>alert(1)</script> @everyone", AnswerOutcome.NotCovered },
        { "你好！", AnswerOutcome.NoQuestion },
        { "Hello", AnswerOutcome.NoQuestion },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task AnswerAsync_BadInput_GivesAClearReplyNotAnException(string input, AnswerOutcome expected)
    {
        var answer = await core.Answerer.AnswerAsync(input, CancellationToken.None);
        Assert.Equal(expected, answer.Outcome);
        Assert.True(answer.Abstained);
        Assert.False(string.IsNullOrWhiteSpace(answer.ReplyText));
        Assert.Empty(answer.Passages);
    }

    [Theory]
    [InlineData("明天上海会下雨吗？", ReplyLanguage.SimplifiedChinese, "/sources")]
    [InlineData("中國女排世錦賽分組情況如何？", ReplyLanguage.TraditionalChinese, "資料")]
    [InlineData("What is the best pizza topping?", ReplyLanguage.English, "/sources")]
    public void Answer_OffTopic_AbstainsInTheAskersLanguage(string question, ReplyLanguage language, string expected)
    {
        var answer = core.Answerer.Answer(question);
        Assert.Equal(AnswerOutcome.NotCovered, answer.Outcome);
        Assert.Equal(language, answer.Language);
        Assert.Contains(expected, answer.ReplyText, StringComparison.Ordinal);
        Assert.Empty(answer.Passages);
    }

    [Fact]
    public void Answer_TraditionalQuestion_RepliesInTraditionalScript()
    {
        var answer = core.Answerer.Answer("伊利亞和奧特曼的矛盾本質是什麼？");
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.DoesNotContain(answer.ReplyText, core.Scripts.IsSimplifiedOnly);
        Assert.Contains("根據資料", answer.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_SimplifiedQuestion_RepliesInSimplifiedScript()
    {
        var answer = core.Answerer.Answer("超级对齐团队由谁领导？");
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.DoesNotContain(string.Concat(answer.Sentences), core.Scripts.IsTraditionalOnly);
    }

    [Fact]
    public void Answer_EnglishQuestion_HasAnEnglishLeadAndChineseEvidence()
    {
        var answer = core.Answerer.Answer("Why did Jan Leike resign from OpenAI?");
        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("Here is what the sources say", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Sentences, sentence => sentence.Any(c => c >= '\u4E00' && c <= '\u9FFF'));
    }

    [Fact]
    public void Answer_Answered_QuotesFewShortSentencesWithCitations()
    {
        var answer = core.Answerer.Answer("Ilya 为了加入 OpenAI 放弃了多少年薪？");
        Assert.InRange(answer.Sentences.Count, 1, 3);
        Assert.Equal(answer.Sentences.Count, answer.Citations.Count);
        Assert.All(answer.Sentences, sentence => Assert.True(sentence.Length <= 400));
        Assert.All(answer.Citations, citation =>
        {
            Assert.Contains(citation.DocumentId, core.Knowledge.DocumentsById.Keys);
            Assert.False(string.IsNullOrWhiteSpace(citation.DocumentTitle));
        });
        Assert.Contains("200万美元", answer.ReplyText, StringComparison.Ordinal);
        Assert.True(answer.Passages.Count >= 3);
    }

    [Fact]
    public async Task AnswerAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => core.Answerer.AnswerAsync("算力", cancelled.Token));
    }
}
