namespace Bot.Core.Ingestion;

/// <summary>
/// Picks a document's title: a headline-shaped line above the first paragraph of prose (preferring one the page
/// repeats), else the opening of the first sentence.
/// </summary>
internal static class TitleDetector
{
    private const int MinimumLength = 8;
    private const int MaximumLength = 64;
    private const int FallbackLength = 40;

    public static string Detect(IReadOnlyList<SourceLine> lines, IReadOnlyList<SourceLine> kept)
    {
        var firstProse = lines.FirstOrDefault(line => line.Kind == LineKind.Article)?.Number ?? int.MaxValue;
        var candidates = lines
            .Where(line => line.Number < firstProse && IsHeadlineShaped(line))
            .ToList();
        var repeated = candidates.FirstOrDefault(candidate =>
            lines.Count(line => line.Folded == candidate.Folded) > 1);
        var title = repeated ?? candidates.FirstOrDefault();
        if (title is not null)
        {
            return title.Text;
        }

        var opening = kept.Count == 0 ? string.Empty : kept[0].Text;
        var end = opening.IndexOfAny(['。', '!', '?', '！', '？']);
        var sentence = end > 0 ? opening[..end] : opening;
        return sentence.Length <= FallbackLength ? sentence : sentence[..FallbackLength] + "…";
    }

    private static bool IsHeadlineShaped(SourceLine line)
    {
        var length = LineShape.ContentLength(line.Text);
        return length is >= MinimumLength and <= MaximumLength
            && line.Reason is "short" or "unpunctuated" or "repeated" or "link list (headline shown twice)" or ""
            && !line.Text.EndsWith('。')
            && LineShape.SeparatorCount(line.Text) == 0
            && LineShape.HanRatio(line.Text) >= 0.3;
    }
}
