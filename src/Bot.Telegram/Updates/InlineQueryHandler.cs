using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Telegram.Api;
using Bot.Telegram.Replies;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Updates;

/// <summary>Answers inline mode (<c>@bot question</c> in any chat) with one article holding the answer.</summary>
public sealed class InlineQueryHandler(
    ITelegramApi api,
    IQuestionAnswerer answerer,
    ReplyComposer composer,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<InlineQueryHandler> logger)
{
    private const int TitleLength = 64;
    private const int DescriptionLength = 160;

    // Inline queries arrive while the user types; they send no chat message, so the per-user cooldown and the
    // send pacing do not apply (answerInlineQuery is cheap and Telegram throttles typing itself).
    public async Task HandleAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var question = query.Query?.Trim() ?? "";
        if (question.Length == 0)
        {
            await api.AnswerInlineQueryAsync(new AnswerInlineQueryRequest(query.Id, [], CacheTime: 300, IsPersonal: false), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var started = time.GetTimestamp();
        var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        var latency = time.GetElapsedTime(started);
        metrics.QuestionAnswered("telegram", answer.Abstained, latency);
        logger.LogInformation("Answered inline query: {Outcome} in {LatencyMs} ms", answer.Outcome, (long)latency.TotalMilliseconds);

        // A chosen result lands in any chat, possibly a group, so it uses the group layout; it is one message.
        var html = composer.Answer(answer, inGroup: true).FirstOrDefault();
        if (html is null)
        {
            logger.LogWarning("The answer to inline query {QueryId} was empty; answering with no results", query.Id);
            await api.AnswerInlineQueryAsync(new AnswerInlineQueryRequest(query.Id, [], CacheTime: 0, IsPersonal: false), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var title = Shorten(answer.Sentences.Count > 0 ? answer.Sentences[0] : answer.Lead, TitleLength);
        var article = new InlineQueryResultArticle(
            Id: "answer",
            Title: title.Length > 0 ? title : TelegramTexts.InlineTitle(answer.Language),
            InputMessageContent: new InputTextMessageContent(html, "HTML", new LinkPreviewOptions(IsDisabled: true)),
            Description: Shorten(answer.Lead, DescriptionLength));
        await api.AnswerInlineQueryAsync(new AnswerInlineQueryRequest(query.Id, [article], CacheTime: 60, IsPersonal: false), cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        if (line.Length <= length)
        {
            return line;
        }

        var cut = char.IsHighSurrogate(line[length - 2]) ? length - 2 : length - 1;
        return line[..cut] + "…";
    }
}
