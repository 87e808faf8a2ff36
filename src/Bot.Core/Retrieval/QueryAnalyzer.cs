using Bot.Core.Normalization;
using Bot.Core.Retrieval.Glossary;

namespace Bot.Core.Retrieval;

/// <summary>
/// Turns a folded question into concepts: glossary names first (expanded to every name of their entry), then the
/// remaining Han text as bigrams and weighted single characters, and the remaining English words.
/// </summary>
public sealed class QueryAnalyzer(GlossaryIndex glossary, RetrievalOptions options)
{
    public Query Analyze(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var text = RemoveNameDots(folded);
        var covered = new bool[text.Length];
        var matched = new Dictionary<int, string>();
        MatchChineseNames(text, covered, matched);
        var words = LatinWords(text);
        MatchEnglishNames(words, covered, matched);

        var concepts = new List<Concept>();
        foreach (var (entry, key) in matched)
        {
            var alternatives = glossary.Alternatives(entry)
                .Where(alternative => alternative.Terms.Count > 0)
                .Select(alternative => new Alternative(alternative.Terms, alternative.Key == key ? 1f : (float)options.ExpansionWeight))
                .ToList();
            var written = glossary.Alternatives(entry).First(alternative => alternative.Key == key).Terms;

            // The concept weighs the square root of the number of terms the asker wrote: a long name counts more
            // than one bigram, but its overlapping bigrams are not independent evidence.
            var weight = MathF.Sqrt(Math.Max(1, written.Count));
            concepts.Add(new Concept(key, alternatives, weight, CountsForCoverage: true));
        }

        AddHanConcepts(text, covered, concepts);
        foreach (var word in words.Where(word => !covered[word.Start] && !StopWords.English.Contains(word.Text)))
        {
            concepts.Add(new Concept(word.Text, [new Alternative([word.Text], 1f)], 1f, CountsForCoverage: true));
        }

        return new Query(folded, concepts.DistinctBy(concept => concept.Label).ToList());
    }

    private static string RemoveNameDots(string folded) =>
        new(folded.Where((c, i) => !(c is '·' or '・' or '•' or '‧') || i == 0 || i == folded.Length - 1 || !TextFolder.IsCjk(folded[i + 1])).ToArray());

    private void MatchChineseNames(string text, bool[] covered, Dictionary<int, string> matched)
    {
        foreach (var (name, entry) in glossary.ChineseNames)
        {
            var index = text.IndexOf(name, StringComparison.Ordinal);
            while (index >= 0)
            {
                if (!covered.AsSpan(index, name.Length).Contains(true))
                {
                    covered.AsSpan(index, name.Length).Fill(true);
                    matched.TryAdd(entry, name);
                }

                index = text.IndexOf(name, index + name.Length, StringComparison.Ordinal);
            }
        }
    }

    private void MatchEnglishNames(List<Word> words, bool[] covered, Dictionary<int, string> matched)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (stems, entry) in glossary.EnglishNamesStartingWith(words[i].Stem))
            {
                if (i + stems.Length > words.Count || !stems.Select((stem, k) => words[i + k].Stem == stem).All(equal => equal))
                {
                    continue;
                }

                for (var k = 0; k < stems.Length; k++)
                {
                    covered.AsSpan(words[i + k].Start, words[i + k].Text.Length).Fill(true);
                }

                matched.TryAdd(entry, string.Join(' ', stems));
                i += stems.Length - 1;
                break;
            }
        }
    }

    private void AddHanConcepts(string text, bool[] covered, List<Concept> concepts)
    {
        foreach (var phrase in StopWords.ChinesePhrases)
        {
            var index = text.IndexOf(phrase, StringComparison.Ordinal);
            while (index >= 0)
            {
                covered.AsSpan(index, phrase.Length).Fill(true);
                index = text.IndexOf(phrase, index + phrase.Length, StringComparison.Ordinal);
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (covered[i] || !TextFolder.IsCjk(text[i]))
            {
                continue;
            }

            var unigram = text[i].ToString();
            concepts.Add(new Concept(unigram, [new Alternative([unigram], 1f)], (float)options.UnigramWeight, CountsForCoverage: false));
            if (i + 1 < text.Length && !covered[i + 1] && TextFolder.IsCjk(text[i + 1]))
            {
                var bigram = text.Substring(i, 2);
                concepts.Add(new Concept(bigram, [new Alternative([bigram], 1f)], 1f, CountsForCoverage: true));
            }
        }
    }

    private static List<Word> LatinWords(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == 's')))
            {
                i++;
            }

            var word = text[start..i].Replace("'s", string.Empty, StringComparison.Ordinal);
            words.Add(new Word(word, EnglishStemmer.Stem(word), start));
        }

        return words;
    }

    private sealed record Word(string Text, string Stem, int Start);
}
