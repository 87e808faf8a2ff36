using System.Text;

namespace Bot.Core.Normalization;

/// <summary>
/// OpenCC-style conversion between Traditional and Simplified Chinese: longest phrase match first, then
/// character by character. Thread-safe once built.
/// </summary>
public sealed class ChineseConverter
{
    private readonly OpenCcDictionary _phrases;
    private readonly OpenCcDictionary _characters;

    private ChineseConverter(OpenCcDictionary phrases, OpenCcDictionary characters)
    {
        _phrases = phrases;
        _characters = characters;
    }

    /// <summary>Traditional → Simplified (TSPhrases, TSCharacters).</summary>
    public static ChineseConverter TraditionalToSimplified() =>
        new(OpenCcDictionary.LoadEmbedded("TSPhrases.txt"), OpenCcDictionary.LoadEmbedded("TSCharacters.txt"));

    /// <summary>Simplified → Traditional (STPhrases, STCharacters).</summary>
    public static ChineseConverter SimplifiedToTraditional() =>
        new(OpenCcDictionary.LoadEmbedded("STPhrases.txt"), OpenCcDictionary.LoadEmbedded("STCharacters.txt"));

    /// <summary>True when <paramref name="c"/> is changed by this conversion (it belongs to the source script only).</summary>
    public bool Changes(char c) =>
        _characters.TryGetValue(new ReadOnlySpan<char>(in c), out var value) && (value.Length != 1 || value[0] != c);

    public string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsConversion(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var matched = MatchPhrase(span[i..], output);
            if (matched > 0)
            {
                i += matched;
                continue;
            }

            var width = char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]) ? 2 : 1;
            if (_characters.TryGetValue(span.Slice(i, width), out var converted))
            {
                output.Append(converted);
            }
            else
            {
                output.Append(span.Slice(i, width));
            }

            i += width;
        }

        return output.ToString();
    }

    private int MatchPhrase(ReadOnlySpan<char> rest, StringBuilder output)
    {
        var longest = Math.Min(_phrases.LongestKeyStartingWith(rest[0]), rest.Length);
        for (var length = longest; length >= 2; length--)
        {
            if (_phrases.TryGetValue(rest[..length], out var value))
            {
                output.Append(value);
                return length;
            }
        }

        return 0;
    }

    // Pure ASCII text (English questions, most Latin passages) never converts: skip the dictionary walk.
    private static bool NeedsConversion(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x2E80)
            {
                return true;
            }
        }

        return false;
    }
}
