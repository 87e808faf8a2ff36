using Bot.Core.Normalization;

namespace Bot.Core.Ingestion;

/// <summary>
/// How much of a line's vocabulary (Han bigrams, Latin words) other lines of the corpus also use. The articles'
/// sentences share names and topic words; headlines from a portal's sidebar, spam and county lists do not.
/// </summary>
internal sealed class LineCoherence
{
    private readonly Dictionary<string, HashSet<string>> _linesByTerm = new(StringComparer.Ordinal);

    public LineCoherence(IEnumerable<string> foldedLines)
    {
        foreach (var line in foldedLines.Distinct(StringComparer.Ordinal))
        {
            foreach (var term in Terms(line))
            {
                if (!_linesByTerm.TryGetValue(term, out var lines))
                {
                    _linesByTerm[term] = lines = new HashSet<string>(StringComparer.Ordinal);
                }

                lines.Add(line);
            }
        }
    }

    /// <summary>The share of the line's distinct terms that occur in at least one other distinct line, 0–1.</summary>
    public double Of(string foldedLine)
    {
        var terms = Terms(foldedLine).ToHashSet(StringComparer.Ordinal);
        if (terms.Count == 0)
        {
            return 0;
        }

        var shared = terms.Count(term => _linesByTerm.TryGetValue(term, out var lines) && lines.Count > 1);
        return (double)shared / terms.Count;
    }

    private static IEnumerable<string> Terms(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (TextFolder.IsCjk(folded[i]))
            {
                if (i + 1 < folded.Length && TextFolder.IsCjk(folded[i + 1]))
                {
                    yield return folded.Substring(i, 2);
                }
            }
            else if (char.IsAsciiLetterOrDigit(folded[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(folded[i - 1])))
            {
                var end = i;
                while (end < folded.Length && char.IsAsciiLetterOrDigit(folded[end]))
                {
                    end++;
                }

                if (end - i >= 3)
                {
                    yield return folded[i..end];
                }
            }
        }
    }
}
