using System.Globalization;
using Bot.Core.Answering;

namespace Bot.Telegram.Replies;

/// <summary>Lays out an <see cref="Answer"/> as reply blocks: lead, quoted evidence, then the citations as a short list.</summary>
public static class AnswerBlocks
{
    public static IReadOnlyList<ReplyBlock> Build(Answer answer, bool inGroup, int groupCollapseLength)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var blocks = new List<ReplyBlock> { new(answer.Lead, ReplyBlockKind.Text) };
        if (answer.Sentences.Count > 0)
        {
            var evidence = string.Join('\n', answer.Sentences.Select((sentence, i) =>
                string.Create(CultureInfo.InvariantCulture, $"{sentence} [{i + 1}]")));
            // Long evidence would push a group's conversation off screen; collapsed, it stays one tap away.
            var kind = inGroup && evidence.Length > groupCollapseLength ? ReplyBlockKind.ExpandableQuote : ReplyBlockKind.Quote;
            blocks.Add(new ReplyBlock(evidence, kind));
        }

        if (answer.Citations.Count > 0)
        {
            blocks.Add(new ReplyBlock(BotTexts.SourcesHeading(answer.Language), ReplyBlockKind.Heading));
            var list = string.Join('\n', answer.Citations.Select((citation, i) =>
                string.Create(CultureInfo.InvariantCulture, $"[{i + 1}] {citation.DocumentTitle} — {citation.SourceLabel}")));
            blocks.Add(new ReplyBlock(list, ReplyBlockKind.Text));
        }

        return blocks;
    }
}
