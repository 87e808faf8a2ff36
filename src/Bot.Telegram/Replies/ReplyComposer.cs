using Bot.Core.Answering;
using Bot.Core.Ingestion;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Replies;

/// <summary>Turns answers and fixed texts into the HTML messages to send, split to Telegram's length limit.</summary>
public sealed class ReplyComposer(IOptions<TelegramOptions> options)
{
    private readonly int _groupCollapseLength = options.Value.GroupEvidenceCollapseLength;

    public IReadOnlyList<string> Answer(Answer answer, bool inGroup) =>
        Render(AnswerBlocks.Build(answer, inGroup, _groupCollapseLength));

    public IReadOnlyList<string> Sources(IReadOnlyList<DocumentSummary> documents, ReplyLanguage language) =>
        Render(SourcesBlocks.Build(documents, language));

    public IReadOnlyList<string> Text(string text) => Render([new ReplyBlock(text, ReplyBlockKind.Text)]);

    private static IReadOnlyList<string> Render(IReadOnlyList<ReplyBlock> blocks) =>
        ReplySplitter.Split(blocks).Select(HtmlRenderer.Render).ToList();
}
