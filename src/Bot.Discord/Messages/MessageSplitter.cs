namespace Bot.Discord.Messages;

/// <summary>Splits a reply into messages of at most <see cref="MaxLength"/> characters, at line or word breaks when it can.</summary>
public static class MessageSplitter
{
    public const int MaxLength = 2000;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            var cut = window.LastIndexOf('\n');
            if (cut < maxLength / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < maxLength / 2)
            {
                // No break in the second half (e.g. Chinese text): cut hard, but not inside a surrogate pair.
                cut = char.IsHighSurrogate(window[maxLength - 1]) ? maxLength - 1 : maxLength;
            }

            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}
