using Bot.Core.Answering;
using Bot.Core.Ingestion;

namespace Bot.Telegram.Replies;

/// <summary>Lays out the /sources reply: a heading and one line per indexed document.</summary>
public static class SourcesBlocks
{
    public static IReadOnlyList<ReplyBlock> Build(IReadOnlyList<DocumentSummary> documents, ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var lines = documents.Count == 0
            ? "—"
            : string.Join('\n', documents.Select(document => $"• {document.Title} — {document.SourceLabel}"));
        return
        [
            new ReplyBlock(BotTexts.SourcesHeading(language), ReplyBlockKind.Heading),
            new ReplyBlock(lines, ReplyBlockKind.Text),
        ];
    }
}
