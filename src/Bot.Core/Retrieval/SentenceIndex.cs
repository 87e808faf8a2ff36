using Bot.Core.Ingestion;
using Bot.Core.Normalization;

namespace Bot.Core.Retrieval;

/// <summary>
/// Each passage's sentences, folded and as term sets, computed once at build time so that answering does not
/// fold or tokenise text on the request path.
/// </summary>
internal sealed class SentenceIndex
{
    private readonly string[][] _folded;
    private readonly HashSet<string>[][] _terms;

    public SentenceIndex(IReadOnlyList<Passage> passages, TextFolder folder)
    {
        _folded = new string[passages.Count][];
        _terms = new HashSet<string>[passages.Count][];
        for (var p = 0; p < passages.Count; p++)
        {
            _folded[p] = passages[p].Sentences.Select(folder.Fold).ToArray();
            _terms[p] = _folded[p].Select(TermSet).ToArray();
        }
    }

    /// <summary>The folded text of sentence <paramref name="sentence"/> of passage <paramref name="passage"/>.</summary>
    public string Folded(int passage, int sentence) => _folded[passage][sentence];

    public HashSet<string> Terms(int passage, int sentence) => _terms[passage][sentence];

    public int Count(int passage) => _terms[passage].Length;

    public static HashSet<string> TermSet(string folded) =>
        Tokenizer.Tokenize(folded).Select(term => term.Text).ToHashSet(StringComparer.Ordinal);
}
