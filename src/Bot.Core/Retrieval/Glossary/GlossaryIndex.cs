using Bot.Core.Normalization;

namespace Bot.Core.Retrieval.Glossary;

/// <summary>
/// The glossary ready for matching questions: entries sharing a name are merged, Chinese names folded
/// (Simplified, lower case, no name dots), English names stemmed, and every name pre-split into index terms.
/// </summary>
public sealed class GlossaryIndex
{
    private readonly List<(string Folded, int Entry)> _chinese = [];
    private readonly Dictionary<string, List<(string[] Stems, int Entry)>> _english = new(StringComparer.Ordinal);
    private readonly List<List<(string Key, IReadOnlyList<string> Terms)>> _alternatives = [];

    public GlossaryIndex(IEnumerable<GlossaryEntry> entries, TextFolder folder)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(folder);
        foreach (var names in Merge(entries, folder))
        {
            var id = _alternatives.Count;
            var alternatives = new List<(string Key, IReadOnlyList<string> Terms)>();
            foreach (var name in names)
            {
                if (name.IsEnglish)
                {
                    var stems = name.Key.Split(' ');
                    if (!_english.TryGetValue(stems[0], out var list))
                    {
                        _english[stems[0]] = list = [];
                    }

                    list.Add((stems, id));
                    alternatives.Add((name.Key, Tokenizer.Words(name.Folded)));
                }
                else
                {
                    _chinese.Add((name.Key, id));
                    alternatives.Add((name.Key, HanTerms(name.Key)));
                }
            }

            _alternatives.Add(alternatives);
        }

        _chinese.Sort((left, right) => right.Folded.Length.CompareTo(left.Folded.Length));
        foreach (var list in _english.Values)
        {
            list.Sort((left, right) => right.Stems.Length.CompareTo(left.Stems.Length));
        }
    }

    public int Count => _alternatives.Count;

    /// <summary>Chinese names, longest first, folded and without name dots.</summary>
    public IReadOnlyList<(string Folded, int Entry)> ChineseNames => _chinese;

    /// <summary>English names starting with <paramref name="stem"/>, longest first.</summary>
    public IReadOnlyList<(string[] Stems, int Entry)> EnglishNamesStartingWith(string stem) =>
        _english.TryGetValue(stem, out var list) ? list : [];

    /// <summary>Every name of an entry with its key (folded Chinese or stemmed English) and index terms.</summary>
    public IReadOnlyList<(string Key, IReadOnlyList<string> Terms)> Alternatives(int entry) => _alternatives[entry];

    /// <summary>The folded Han text of a name with its name dots removed, as the index sees it.</summary>
    public static string FoldHan(TextFolder folder, string text) =>
        new(folder.Fold(text).Where(c => c is not ('·' or '・' or '•' or '‧' or ' ')).ToArray());

    public static string StemKey(string foldedEnglish) =>
        string.Join(' ', Tokenizer.Words(foldedEnglish).Select(EnglishStemmer.Stem));

    private static IReadOnlyList<string> HanTerms(string folded)
    {
        var terms = Tokenizer.Tokenize(folded);
        var bigrams = terms.Where(term => term.Kind != TermKind.Unigram).Select(term => term.Text).ToList();
        return bigrams.Count > 0 ? bigrams : terms.Select(term => term.Text).ToList();
    }

    private sealed record Name(string Key, string Folded, bool IsEnglish);

    // Entries that share any name (after folding) describe the same thing: union them.
    private static IEnumerable<List<Name>> Merge(IEnumerable<GlossaryEntry> entries, TextFolder folder)
    {
        var groups = new List<HashSet<Name>>();
        var groupByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var names = entry.English.Select(english => folder.Fold(english))
                .Select(folded => new Name(StemKey(folded), folded, IsEnglish: true))
                .Concat(entry.Chinese.Select(chinese => FoldHan(folder, chinese)).Select(folded => new Name(folded, folded, IsEnglish: false)))
                .Where(name => name.Key.Length > 0)
                .ToList();
            var existing = names.Select(name => groupByKey.GetValueOrDefault("k:" + name.Key, -1)).Where(id => id >= 0).Distinct().ToList();
            var target = existing.Count > 0 ? existing[0] : groups.Count;
            if (target == groups.Count)
            {
                groups.Add([]);
            }

            foreach (var other in existing.Skip(1))
            {
                foreach (var name in groups[other])
                {
                    groups[target].Add(name);
                    groupByKey["k:" + name.Key] = target;
                }

                groups[other].Clear();
            }

            foreach (var name in names)
            {
                groups[target].Add(name);
                groupByKey["k:" + name.Key] = target;
            }
        }

        return groups.Where(group => group.Count > 0).Select(group => group.DistinctBy(name => (name.Key, name.IsEnglish)).ToList());
    }
}
