using System.Text.RegularExpressions;

namespace Bot.Core.Retrieval.Glossary;

/// <summary>
/// Learns name pairs the articles spell out themselves, such as <c>簡·雷克(Jan Leike)</c> or
/// <c>對齊(Alignment)</c>, so English questions find names no glossary lists. Without word segmentation the
/// start of a transliterated name is unknown, so the given name's plausible lengths all become alternatives, and
/// the surname alone too (<c>雷克</c>, <c>Leike</c>), as articles use both.
/// </summary>
public static partial class AliasMiner
{
    private const int MaximumGivenNameLength = 3;
    private const int MaximumPlainNameLength = 4;
    private const int MinimumEnglishSurnameLength = 4;

    public static IReadOnlyList<GlossaryEntry> Mine(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var entries = new Dictionary<string, (HashSet<string> English, HashSet<string> Chinese)>(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in paragraphs)
        {
            foreach (Match match in NameWithEnglish().Matches(paragraph))
            {
                var english = match.Groups["en"].Value.Trim();
                if (!entries.TryGetValue(english, out var entry))
                {
                    entries[english] = entry = (new HashSet<string>(StringComparer.OrdinalIgnoreCase) { english }, new HashSet<string>(StringComparer.Ordinal));
                }

                AddChineseNames(match.Groups["han"].Value, english, entry.English, entry.Chinese);
            }
        }

        return entries.Values.Where(entry => entry.Chinese.Count > 0)
            .Select(entry => new GlossaryEntry([.. entry.English], [.. entry.Chinese]))
            .ToList();
    }

    private static void AddChineseNames(string han, string english, HashSet<string> englishNames, HashSet<string> chinese)
    {
        var dot = han.IndexOf('·');
        if (dot < 0)
        {
            // Without a name dot the start of the word is unknown; a short run is the word, a long one is
            // skipped rather than guessed (a guessed suffix like 研究 would tie unrelated entries together).
            if (han.Length <= MaximumPlainNameLength)
            {
                chinese.Add(han);
            }

            return;
        }

        var surname = han[(dot + 1)..];
        if (surname.Length < 2)
        {
            return;
        }

        chinese.Add(surname);
        for (var given = 1; given <= Math.Min(MaximumGivenNameLength, dot); given++)
        {
            chinese.Add(han[(dot - given)..]);
        }

        var space = english.LastIndexOf(' ');
        if (space > 0 && english.Length - space - 1 >= MinimumEnglishSurnameLength)
        {
            englishNames.Add(english[(space + 1)..]);
        }
    }

    // A Han run (with name dots) directly followed by a bracketed Latin phrase.
    [GeneratedRegex(@"(?<han>\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}·]{1,12})[(（](?<en>[A-Za-z][A-Za-z .'\-]{1,40})[)）]")]
    private static partial Regex NameWithEnglish();
}
