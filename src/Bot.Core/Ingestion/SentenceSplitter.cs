namespace Bot.Core.Ingestion;

/// <summary>Splits Chinese (and mixed) prose after 。！？!? and any closing quotes that follow them.</summary>
public static class SentenceSplitter
{
    private const string Terminals = "。！？!?…";
    private const string Closers = "”\"'’」』)）]】";

    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (!Terminals.Contains(paragraph[i], StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && (Terminals.Contains(paragraph[end], StringComparison.Ordinal)
                || Closers.Contains(paragraph[end], StringComparison.Ordinal)))
            {
                end++;
            }

            Add(sentences, paragraph[start..end]);
            start = end;
            i = end - 1;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
