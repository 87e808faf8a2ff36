using Bot.Core.Ingestion;

namespace Bot.Benchmarks;

/// <summary>
/// A corpus <c>factor</c> times the seeds: each copy keeps a random 80% of each seed's lines in a shuffled order
/// and renumbers its figures, so copies differ as real related articles would (deterministic seed).
/// </summary>
internal static class SyntheticCorpus
{
    public static IReadOnlyList<RawDocument> Create(IReadOnlyList<RawDocument> seeds, int factor)
    {
        var random = new Random(20240517);
        var documents = new List<RawDocument>(seeds.Count * factor);
        for (var copy = 0; copy < factor; copy++)
        {
            foreach (var seed in seeds)
            {
                var lines = seed.Text.Split('\n').Where(_ => random.NextDouble() < 0.8).ToList();
                for (var i = lines.Count - 1; i > 0; i--)
                {
                    var j = random.Next(i + 1);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                }

                var text = string.Join('\n', lines).Replace("20%", $"{copy % 50}%", StringComparison.Ordinal);
                documents.Add(new RawDocument($"{copy:D3}-{seed.Id}", text));
            }
        }

        return documents;
    }
}
