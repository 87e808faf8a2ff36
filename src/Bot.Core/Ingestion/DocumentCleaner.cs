using Bot.Core.Normalization;

namespace Bot.Core.Ingestion;

/// <summary>
/// Turns raw web pages into articles: pinyin annotations and mojibake removed, transcripts merged into
/// sentences, chrome, link lists, spam, off-topic lines and repeated copies dropped; a title and a source label found.
/// Pages are cleaned together because a line's coherence is measured against the whole corpus.
/// </summary>
public sealed class DocumentCleaner(TextFolder folder)
{
    public IReadOnlyList<CleanedDocument> Clean(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pages = documents.Select(document => (Document: document, Lines: Prepare(document))).ToList();
        var coherence = new LineCoherence(pages.SelectMany(page => page.Lines).Where(line => line.Text.Length > 0)
            .Select(line => line.Folded));
        return pages.Select(page => Clean(page.Document, page.Lines, coherence)).ToList();
    }

    private List<SourceLine> Prepare(RawDocument document)
    {
        var lines = document.Text.ReplaceLineEndings("\n").Split('\n')
            .Select((raw, index) => NewLine(index + 1, raw))
            .ToList();
        return TranscriptMerger.IsTranscript(lines) ? [.. TranscriptMerger.Merge(lines, folder)] : lines;
    }

    private static CleanedDocument Clean(RawDocument document, List<SourceLine> lines, LineCoherence coherence)
    {
        var transcript = lines.Count > 0 && lines.All(line => line.Merged);
        LineClassifier.Classify(lines, coherence);
        var kept = BoilerplateFilter.Filter(lines);
        var title = TitleDetector.Detect(lines, kept);
        var sourceLabel = SourceLabelDetector.Detect(document.Id, lines);

        var paragraphs = kept.Select(line => line.Text).Where(text => text != title).ToList();
        var keptSet = kept.ToHashSet();
        var dropped = lines
            .Where(line => line.Kind != LineKind.Blank && !keptSet.Contains(line))
            .Select(line => new DroppedLine(line.Number, line.Reason, line.Text))
            .ToList();
        var keptCharacters = paragraphs.Sum(LineShape.ContentLength);
        var originalCharacters = LineShape.ContentLength(document.Text);
        // Merging a transcript adds punctuation, so a transcript can keep more characters than it had.
        var report = new CleaningReport(
            document.Id, keptCharacters, Math.Max(0, originalCharacters - keptCharacters), transcript, dropped);
        return new CleanedDocument(document.Id, title, sourceLabel, paragraphs, report);
    }

    private SourceLine NewLine(int number, string raw)
    {
        var text = PinyinAnnotationRemover.Remove(InputSanitizer.Clean(raw));
        return new SourceLine(number, text, folder.Fold(text));
    }
}
