using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>
/// Finds who published a page from the shapes bylines take near its top ("文 | X", "X记者 | Y",
/// a breadcrumb "A > X > 正文", a presenter's "这里是X"); the label always ends with the document's id.
/// </summary>
internal static partial class SourceLabelDetector
{
    private const int LinesToSearch = 15;

    public static string Detect(string documentId, IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Where(line => line.Text.Length > 0).Take(LinesToSearch))
        {
            var name = Match(line.Text);
            if (!string.IsNullOrWhiteSpace(name))
            {
                return $"{name.Trim()} · {documentId}";
            }
        }

        return documentId;
    }

    private static string? Match(string text)
    {
        foreach (var pattern in new[] { AuthorByline(), OutletByline(), Breadcrumb(), Presenter() })
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return match.Groups["name"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(文|作者|来源|來源|撰文|编译|編譯)\s*[|｜:：]\s*(?<name>\S.{0,20})$")]
    private static partial Regex AuthorByline();

    [GeneratedRegex(@"^(?<name>\S.{1,12}?)(记者|記者|编辑|編輯)\s*[|｜]")]
    private static partial Regex OutletByline();

    [GeneratedRegex(@"^\S[^>]{0,12}>\s*(?<name>[^>]{2,12}?)\s*>")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"(这里是|這裡是|这里是)(?<name>[^，,。！!]{2,10})[，,]")]
    private static partial Regex Presenter();
}
