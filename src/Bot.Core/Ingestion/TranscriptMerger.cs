using System.Text;
using Bot.Core.Normalization;

namespace Bot.Core.Ingestion;

/// <summary>
/// Video transcripts come one clause per line with no punctuation; such pages are merged into sentences
/// (clauses joined with a comma, a full stop every few clauses) so passages and extracted answers read as prose.
/// </summary>
internal static class TranscriptMerger
{
    private const int MinimumLines = 20;
    private const double MaximumBlankShare = 0.1;
    private const double UnpunctuatedShare = 0.6;
    private const int MaximumMedianLength = 30;
    private const int SentenceLength = 40;
    private const int SentencesPerParagraph = 4;

    public static bool IsTranscript(IReadOnlyList<SourceLine> lines)
    {
        var content = lines.Where(line => line.Text.Length > 0).ToList();
        var blankWithinText = lines.SkipWhile(line => line.Text.Length == 0).Reverse().SkipWhile(line => line.Text.Length == 0)
            .Count(line => line.Text.Length == 0);

        // Transcripts run clause after clause; web articles separate their paragraphs with blank lines.
        if (content.Count < MinimumLines || blankWithinText > MaximumBlankShare * content.Count)
        {
            return false;
        }

        var unpunctuated = content.Count(line => !LineShape.EndsSentence(line.Text));
        var lengths = content.Select(line => LineShape.ContentLength(line.Text)).Order().ToList();
        return unpunctuated >= UnpunctuatedShare * content.Count && lengths[lengths.Count / 2] <= MaximumMedianLength;
    }

    public static IReadOnlyList<SourceLine> Merge(IReadOnlyList<SourceLine> lines, TextFolder folder)
    {
        var merged = new List<SourceLine>();
        var paragraph = new StringBuilder();
        var sentence = new StringBuilder();
        var sentences = 0;
        var firstNumber = 0;

        foreach (var line in lines.Where(line => line.Text.Length > 0))
        {
            if (paragraph.Length == 0 && sentence.Length == 0)
            {
                firstNumber = line.Number;
            }

            AppendClause(sentence, line.Text);
            if (!LineShape.EndsSentence(line.Text) && sentence.Length < SentenceLength)
            {
                continue;
            }

            paragraph.Append(CloseSentence(sentence));
            sentence.Clear();
            if (++sentences >= SentencesPerParagraph)
            {
                merged.Add(NewLine(firstNumber, paragraph.ToString(), folder));
                paragraph.Clear();
                sentences = 0;
            }
        }

        if (sentence.Length > 0)
        {
            paragraph.Append(CloseSentence(sentence));
        }

        if (paragraph.Length > 0)
        {
            merged.Add(NewLine(firstNumber, paragraph.ToString(), folder));
        }

        return merged;
    }

    private static void AppendClause(StringBuilder sentence, string clause)
    {
        if (sentence.Length > 0)
        {
            var previous = sentence[^1];
            if (!"，,、：:；;（(“《".Contains(previous, StringComparison.Ordinal))
            {
                sentence.Append(char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(clause[0]) ? " " : "，");
            }
        }

        sentence.Append(clause);
    }

    private static string CloseSentence(StringBuilder sentence)
    {
        var text = sentence.ToString().TrimEnd('，', ',', '：', ':');
        return LineShape.EndsSentence(text) ? text : text + "。";
    }

    private static SourceLine NewLine(int number, string text, TextFolder folder) => new(number, text, folder.Fold(text), Merged: true);
}
