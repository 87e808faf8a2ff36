using System.Text;
using Bot.Core.Answering;
using Bot.Core.Ingestion;

namespace Bot.Discord.Embeds;

/// <summary>The <c>/sources</c> embed: one line per indexed document, inside the description limit.</summary>
public static class SourcesEmbedBuilder
{
    public static Embed Build(IReadOnlyList<DocumentSummary> documents, ReplyLanguage language)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append("• ").Append(document.Title).Append(" — ").Append(document.SourceLabel).Append('\n');
        }

        var description = TextTruncation.Truncate(text.ToString().TrimEnd(), EmbedLimits.Description);
        return new Embed(
            BotTexts.SourcesHeading(language).TrimEnd(':', '：'),
            description.Length == 0 ? null : description,
            [],
            null,
            null);
    }
}
