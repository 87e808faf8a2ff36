namespace Bot.Core.Ingestion;

/// <summary>
/// Keeps the article body: lines split into blocks at runs of junk; blocks with little prose are dropped whole;
/// within kept blocks junk is dropped and short lines survive only between prose (headings, captions).
/// </summary>
internal static class BoilerplateFilter
{
    private const int JunkRunThatSplits = 3;
    private const double MinimumShareOfLargestBlock = 0.2;
    private const int MinimumShortLineLength = 5;

    /// <summary>Returns the kept lines; every dropped line gets its reason.</summary>
    public static IReadOnlyList<SourceLine> Filter(IReadOnlyList<SourceLine> lines)
    {
        var content = lines.Where(line => line.Kind != LineKind.Blank).ToList();
        var blocks = SplitIntoBlocks(content);
        var largest = blocks.Count == 0 ? 0 : blocks.Max(ProseMass);
        var kept = new List<SourceLine>();
        foreach (var block in blocks)
        {
            if (largest == 0 || ProseMass(block) < MinimumShareOfLargestBlock * largest)
            {
                Drop(block, "outside the article body");
                continue;
            }

            kept.AddRange(KeepWithinBlock(block));
        }

        return kept;
    }

    private static List<List<SourceLine>> SplitIntoBlocks(List<SourceLine> content)
    {
        var blocks = new List<List<SourceLine>>();
        var current = new List<SourceLine>();
        var junkRun = new List<SourceLine>();
        foreach (var line in content)
        {
            if (line.Kind == LineKind.Junk)
            {
                junkRun.Add(line);
                continue;
            }

            if (junkRun.Count >= JunkRunThatSplits && current.Count > 0)
            {
                blocks.Add(current);
                current = [];
            }
            else
            {
                current.AddRange(junkRun);
            }

            junkRun.Clear();
            current.Add(line);
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    private static IEnumerable<SourceLine> KeepWithinBlock(List<SourceLine> block)
    {
        var first = block.FindIndex(line => line.Kind == LineKind.Article);
        var last = block.FindLastIndex(line => line.Kind == LineKind.Article);
        for (var i = 0; i < block.Count; i++)
        {
            var line = block[i];
            switch (line.Kind)
            {
                case LineKind.Article:
                    yield return line;
                    break;
                case LineKind.Short when i > first && i < last && LineShape.ContentLength(line.Text) >= MinimumShortLineLength:
                    yield return line;
                    break;
                case LineKind.Short:
                    line.Reason = i < first || i > last ? "chrome before or after the article" : "fragment";
                    break;
            }
        }
    }

    private static int ProseMass(List<SourceLine> block) =>
        block.Where(line => line.Kind == LineKind.Article).Sum(line => line.Text.Length);

    private static void Drop(List<SourceLine> block, string reason)
    {
        foreach (var line in block.Where(line => line.Kind != LineKind.Junk))
        {
            line.Reason = reason;
        }
    }
}
