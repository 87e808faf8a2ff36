using System.Text;

namespace Bot.Telegram.Replies;

/// <summary>Escapes text for Telegram's HTML parse mode, where only &lt;, &gt; and &amp; must be escaped outside tags.</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("<>&") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '&' => escaped.Append("&amp;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
