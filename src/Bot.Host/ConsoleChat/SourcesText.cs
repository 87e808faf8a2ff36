using System.Globalization;
using System.Text;
using Bot.Core.Ingestion;

namespace Bot.Host.ConsoleChat;

/// <summary>The plain-text document list shown by <c>sources</c> and the console chat's <c>/sources</c>.</summary>
public static class SourcesText
{
    public static string Format(IReadOnlyList<DocumentSummary> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{documents.Count} documents:");
        foreach (var document in documents)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture,
                $"- {document.Title} — {document.SourceLabel} ({document.KeptCharacters} characters kept)");
        }

        return text.ToString();
    }
}
