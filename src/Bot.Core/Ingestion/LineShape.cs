using System.Text.RegularExpressions;
using Bot.Core.Normalization;

namespace Bot.Core.Ingestion;

/// <summary>Measures of a single line used to tell prose from page chrome; no list of site-specific strings.</summary>
internal static partial class LineShape
{
    private const string ClausePunctuation = "，。！？；：、,.!?;:…";
    private const string TerminalPunctuation = "。！？!?…";

    public static int ContentLength(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>Han characters among the line's units, where a Latin word or a number counts as one unit.</summary>
    public static double HanRatio(string text)
    {
        int han = 0, total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || (char.IsAsciiLetterOrDigit(c) && i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            total++;
            if (TextFolder.IsCjk(c))
            {
                han++;
            }
        }

        return total == 0 ? 0 : (double)han / total;
    }

    public static int ClausePunctuationCount(string text) => text.Count(c => ClausePunctuation.Contains(c, StringComparison.Ordinal));

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('”', '"', '」', '』', ')', '）', '】', ']');
        return trimmed.Length > 0 && TerminalPunctuation.Contains(trimmed[^1], StringComparison.Ordinal);
    }

    public static int SeparatorCount(string text) => text.Count(c => c is '|' or '｜' or '>' or '»' or '›');

    public static bool IsMarkup(string text) => Markup().IsMatch(text);

    public static bool HasTimestamp(string text) => Timestamp().IsMatch(text);

    public static bool IsUrl(string text) => Url().IsMatch(text);

    public static bool IsBulletItem(string text) => text.Length > 0 && "•●▪◆■·*-".Contains(text[0], StringComparison.Ordinal);

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|href=|<[a-zA-Z]+\s*$|^\s*\?>|^\s*</")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^\s*(https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
