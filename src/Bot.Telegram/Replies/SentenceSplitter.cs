namespace Bot.Telegram.Replies;

/// <summary>Cuts text into sentences (ending in . ! ? … 。！？ or a line break), each keeping its trailing space.</summary>
public static class SentenceSplitter
{
    private const string WesternEnds = ".!?…";
    private const string ChineseEnds = "。！？；";
    private const string Closers = "\"'”’」』）)]》";

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i + 1;
            }
            else if (ChineseEnds.Contains(c, StringComparison.Ordinal) || WesternEnds.Contains(c, StringComparison.Ordinal))
            {
                var j = i + 1;
                while (j < text.Length && (WesternEnds.Contains(text[j], StringComparison.Ordinal)
                    || ChineseEnds.Contains(text[j], StringComparison.Ordinal) || Closers.Contains(text[j], StringComparison.Ordinal)))
                {
                    j++;
                }

                // "3.5" or "e.g.x" is not a sentence end; a Chinese full stop needs no following space.
                if (ChineseEnds.Contains(c, StringComparison.Ordinal) || j == text.Length || char.IsWhiteSpace(text[j]))
                {
                    end = j;
                }
                else
                {
                    i = j;
                    continue;
                }
            }

            if (end < 0)
            {
                i++;
                continue;
            }

            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            sentences.Add(text[start..end]);
            start = end;
            i = end;
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }
}
