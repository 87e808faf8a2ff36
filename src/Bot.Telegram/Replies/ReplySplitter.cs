using System.Text;

namespace Bot.Telegram.Replies;

/// <summary>
/// Splits a reply into messages of at most <see cref="MaxMessageLength"/> visible characters (Telegram counts text
/// after entity parsing, in UTF-16 units), breaking between sentences and, only for a sentence longer than a
/// whole message, inside it.
/// </summary>
public static class ReplySplitter
{
    public const int MaxMessageLength = 4096;

    public static IReadOnlyList<IReadOnlyList<ReplyBlock>> Split(IReadOnlyList<ReplyBlock> blocks, int maxLength = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var messages = new List<IReadOnlyList<ReplyBlock>>();
        var current = new List<ReplyBlock>();
        var currentLength = 0;

        void Flush()
        {
            if (current.Count > 0)
            {
                messages.Add(current);
                current = [];
                currentLength = 0;
            }
        }

        foreach (var block in blocks)
        {
            var part = new StringBuilder();
            foreach (var unit in Units(block.Text, maxLength))
            {
                var separator = current.Count > 0 ? 1 : 0;
                if (currentLength + separator + part.Length + unit.Length > maxLength)
                {
                    if (part.Length > 0)
                    {
                        current.Add(new ReplyBlock(part.ToString().TrimEnd(), block.Kind));
                        part.Clear();
                    }

                    Flush();
                }

                part.Append(unit);
            }

            var text = part.ToString().TrimEnd();
            if (text.Length > 0)
            {
                currentLength += (current.Count > 0 ? 1 : 0) + text.Length;
                current.Add(new ReplyBlock(text, block.Kind));
            }
        }

        Flush();
        return messages;
    }

    private static IEnumerable<string> Units(string text, int maxLength)
    {
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var rest = sentence;
            while (rest.Length > maxLength)
            {
                var cut = HardCut(rest, maxLength);
                yield return rest[..cut];
                rest = rest[cut..];
            }

            yield return rest;
        }
    }

    private static int HardCut(string text, int maxLength)
    {
        // Prefer a space in the second half of the window; never cut a surrogate pair in two.
        var space = text.LastIndexOf(' ', maxLength - 1, maxLength / 2);
        var cut = space > 0 ? space + 1 : maxLength;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return cut;
    }
}
