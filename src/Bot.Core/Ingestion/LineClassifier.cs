namespace Bot.Core.Ingestion;

/// <summary>Gives each line a <see cref="LineKind"/> from its own shape, its repeats and its coherence with the page.</summary>
internal static class LineClassifier
{
    private const int MinimumArticleLength = 16;
    private const double MinimumCoherence = 0.25;
    private const int StutterWindow = 3;

    public static void Classify(IReadOnlyList<SourceLine> lines, LineCoherence coherence)
    {
        var nonBlank = lines.Where(line => line.Text.Length > 0).ToList();
        var pageIsHan = nonBlank.Sum(line => LineShape.HanRatio(line.Text) * line.Text.Length)
            > 0.5 * nonBlank.Sum(line => line.Text.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < nonBlank.Count; i++)
        {
            var line = nonBlank[i];
            (line.Kind, line.Reason) = Judge(line, i, nonBlank, coherence, pageIsHan, seen);
            seen.Add(Key(line));
        }

        foreach (var line in lines.Where(line => line.Text.Length == 0))
        {
            line.Kind = LineKind.Blank;
        }
    }

    private static (LineKind Kind, string Reason) Judge(
        SourceLine line, int index, List<SourceLine> lines, LineCoherence coherence, bool pageIsHan, HashSet<string> seen)
    {
        var text = line.Text;
        var length = LineShape.ContentLength(text);
        if (LineShape.IsMarkup(text))
        {
            return (LineKind.Junk, "markup");
        }

        if (LineShape.IsUrl(text))
        {
            return (LineKind.Junk, "link");
        }

        if (LineShape.HasTimestamp(text) && length < 40)
        {
            return (LineKind.Junk, "timestamp");
        }

        if (LineShape.SeparatorCount(text) >= 2 || (LineShape.SeparatorCount(text) == 1 && length < MinimumArticleLength))
        {
            return (LineKind.Junk, "navigation or list");
        }

        if (length >= 6 && seen.Contains(Key(line)))
        {
            return (LineKind.Junk, "repeated");
        }

        if (length >= 6 && IsStuttered(line, index, lines))
        {
            return (LineKind.Junk, "link list (headline shown twice)");
        }

        if (LineShape.IsBulletItem(text) && length < 60)
        {
            return (LineKind.Junk, "link list");
        }

        var hanRatio = LineShape.HanRatio(text);
        if (pageIsHan && hanRatio < 0.3 && length > 12)
        {
            return (LineKind.Junk, "foreign-language chrome or reference");
        }

        if (length < MinimumArticleLength)
        {
            return (LineKind.Short, "short");
        }

        var lineCoherence = coherence.Of(line.Folded);
        if (lineCoherence < MinimumCoherence)
        {
            return (LineKind.Junk, $"off-topic (shares {lineCoherence:P0} of its words with the corpus)");
        }

        if (LineShape.ClausePunctuationCount(text) == 0)
        {
            return (LineKind.Short, "unpunctuated");
        }

        return (LineKind.Article, string.Empty);
    }

    // A portal's link lists print each headline twice within a few lines; an article never does.
    private static bool IsStuttered(SourceLine line, int index, List<SourceLine> lines)
    {
        var key = Key(line);
        for (var j = index + 1; j < lines.Count && j <= index + StutterWindow; j++)
        {
            if (Key(lines[j]) == key)
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(SourceLine line) => line.Folded.Replace(" ", string.Empty, StringComparison.Ordinal);
}
