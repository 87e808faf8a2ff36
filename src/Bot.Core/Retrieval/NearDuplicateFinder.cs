namespace Bot.Core.Retrieval;

/// <summary>
/// Finds passages that repeat one another (the same news sentence quoted by two sites): two passages are
/// near-duplicates when most of the smaller one's 4-character shingles occur in the other. Candidates come
/// from shared shingles only, so the cost grows with overlap, not with the square of the corpus.
/// </summary>
internal static class NearDuplicateFinder
{
    private const int ShingleLength = 4;
    private const int MaximumShingleSpread = 50;

    public static int[][] Find(IReadOnlyList<string> compactTexts, double containment)
    {
        var shingles = compactTexts.Select(Shingles).ToArray();
        var passagesByShingle = new Dictionary<int, List<int>>();
        for (var p = 0; p < shingles.Length; p++)
        {
            foreach (var shingle in shingles[p])
            {
                if (!passagesByShingle.TryGetValue(shingle, out var list))
                {
                    passagesByShingle[shingle] = list = [];
                }

                list.Add(p);
            }
        }

        var duplicates = new List<int>[shingles.Length];
        for (var p = 0; p < shingles.Length; p++)
        {
            duplicates[p] = [];
        }

        for (var p = 0; p < shingles.Length; p++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var shingle in shingles[p])
            {
                var list = passagesByShingle[shingle];
                if (list.Count > MaximumShingleSpread)
                {
                    continue;
                }

                foreach (var other in list.Where(other => other > p))
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }

            foreach (var (other, count) in shared)
            {
                var smaller = Math.Min(shingles[p].Count, shingles[other].Count);
                if (smaller > 0 && count >= containment * smaller)
                {
                    duplicates[p].Add(other);
                    duplicates[other].Add(p);
                }
            }
        }

        return duplicates.Select(list => list.ToArray()).ToArray();
    }

    private static HashSet<int> Shingles(string text)
    {
        var set = new HashSet<int>();
        for (var i = 0; i + ShingleLength <= text.Length; i++)
        {
            set.Add(string.GetHashCode(text.AsSpan(i, ShingleLength), StringComparison.Ordinal));
        }

        return set;
    }
}
