namespace Bot.Core.Retrieval;

/// <summary>
/// An inverted index with BM25 scoring over a fixed list of fields (passages, or document titles).
/// Immutable once built; postings are sorted by field index.
/// </summary>
public sealed class Bm25Index
{
    private readonly Dictionary<string, int> _termIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[][] _postings;
    private readonly float[][] _frequencies;
    private readonly float[] _lengthNorm;
    private readonly float _k1;

    public Bm25Index(IReadOnlyList<IReadOnlyList<Term>> fields, double k1, double b)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _k1 = (float)k1;
        Count = fields.Count;
        var postings = new Dictionary<string, List<(int Field, int Frequency)>>(StringComparer.Ordinal);
        var lengths = new float[fields.Count];
        for (var field = 0; field < fields.Count; field++)
        {
            lengths[field] = fields[field].Count;
            foreach (var group in fields[field].GroupBy(term => term.Text, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                {
                    postings[group.Key] = list = [];
                }

                list.Add((field, group.Count()));
            }
        }

        var average = fields.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        _lengthNorm = lengths.Select(length => (float)(k1 * (1 - b + b * length / average))).ToArray();
        _termIds = new Dictionary<string, int>(postings.Count, StringComparer.Ordinal);
        _postings = new int[postings.Count][];
        _frequencies = new float[postings.Count][];
        var id = 0;
        foreach (var (term, list) in postings)
        {
            _termIds[term] = id;
            _postings[id] = list.Select(entry => entry.Field).ToArray();
            _frequencies[id] = list.Select(entry => (float)entry.Frequency).ToArray();
            id++;
        }

        _lookup = _termIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of fields (passages or titles) indexed.</summary>
    public int Count { get; }

    public int DocumentFrequency(string term) => _lookup.TryGetValue(term, out var id) ? _postings[id].Length : 0;

    /// <summary>BM25 inverse document frequency; a term the index has never seen gets the highest value.</summary>
    public double Idf(string term) => Idf(DocumentFrequency(term));

    public double Idf(int documentFrequency) =>
        Math.Log(1 + (Count - documentFrequency + 0.5) / (documentFrequency + 0.5));

    /// <summary>True when <paramref name="field"/> contains <paramref name="term"/>.</summary>
    public bool Contains(string term, int field) =>
        _lookup.TryGetValue(term, out var id) && Array.BinarySearch(_postings[id], field) >= 0;

    /// <summary>
    /// Adds <paramref name="weight"/> × the BM25 term-frequency part (no IDF) to <paramref name="scores"/> for every
    /// field holding the term; the caller applies one IDF to a whole set of synonyms.
    /// </summary>
    public void AccumulateSaturation(string term, float weight, float[] scores, TouchedFields touched)
    {
        if (!_lookup.TryGetValue(term, out var id))
        {
            return;
        }

        var fields = _postings[id];
        var frequencies = _frequencies[id];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var tf = frequencies[i];
            scores[field] += weight * tf * (_k1 + 1) / (tf + _lengthNorm[field]);
            touched.Add(field);
        }
    }

    /// <summary>Adds <paramref name="weight"/> × BM25(term, field) to <paramref name="scores"/> for every field holding the term.</summary>
    public void Accumulate(string term, float weight, float[] scores)
    {
        if (!_lookup.TryGetValue(term, out var id))
        {
            return;
        }

        var fields = _postings[id];
        var frequencies = _frequencies[id];
        var idf = (float)Idf(fields.Length) * weight;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var tf = frequencies[i];
            scores[field] += idf * tf * (_k1 + 1) / (tf + _lengthNorm[field]);
        }
    }
}
