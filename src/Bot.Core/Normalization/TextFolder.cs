using System.Globalization;
using System.Text;

namespace Bot.Core.Normalization;

/// <summary>
/// Folds text for matching: NFKC (full-width → half-width), lower case, Traditional → Simplified,
/// control and zero-width characters removed, whitespace runs collapsed to one space.
/// </summary>
public sealed class TextFolder(ChineseScripts scripts)
{
    public string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = InputSanitizer.Clean(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return scripts.ToSimplified(cleaned);
    }

    /// <summary>The fold used to compare evidence phrases: <see cref="Fold"/> without any whitespace.</summary>
    public string FoldCompact(string text)
    {
        var folded = Fold(text);
        if (!folded.Contains(' ', StringComparison.Ordinal))
        {
            return folded;
        }

        return folded.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    internal static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    internal static bool IsLatinOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'A' and <= 'Z')
        || (c > '\u00BF' && c < '\u0250' && char.IsLetter(c));

    internal static UnicodeCategory Category(char c) => CharUnicodeInfo.GetUnicodeCategory(c);
}
