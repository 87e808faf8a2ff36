namespace Bot.Discord.Embeds;

/// <summary>Shortens text to a limit with an ellipsis, never splitting a surrogate pair.</summary>
public static class TextTruncation
{
    private const char Ellipsis = '…';

    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        if (maxLength <= 0)
        {
            return "";
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis.ToString());
    }
}
