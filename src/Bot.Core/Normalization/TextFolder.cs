namespace Bot.Core.Normalization;

/// <summary>
/// Folds text for matching: width (full-width → half-width, as NFKC does), lower case, Traditional → Simplified,
/// control and zero-width characters removed, whitespace runs collapsed to one space.
/// </summary>
public sealed class TextFolder(ChineseScripts scripts)
{
    public string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = FoldWidth(InputSanitizer.Clean(text)).ToLowerInvariant();
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

    /// <summary>
    /// NFKC's width folding (full-width Latin, digits and punctuation → ASCII, ideographic space → space), done by
    /// hand because the invariant-globalization runtime does not normalise.
    /// </summary>
    internal static string FoldWidth(string text)
    {
        if (!text.Any(c => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    internal static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    internal static bool IsLatinOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= 'A' and <= 'Z')
        || (c > '\u00BF' && c < '\u0250' && char.IsLetter(c));
}
