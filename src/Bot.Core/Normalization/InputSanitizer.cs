using System.Globalization;
using System.Text;

namespace Bot.Core.Normalization;

/// <summary>Removes control, format (zero-width, bidi), unpaired surrogate and replacement characters and collapses whitespace.</summary>
public static class InputSanitizer
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = output.Length > 0;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    AppendPending(output, ref pendingSpace);
                    output.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c == '\uFFFD' || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse)
            {
                continue;
            }

            AppendPending(output, ref pendingSpace);
            output.Append(c);
        }

        return output.ToString();
    }

    private static void AppendPending(StringBuilder output, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            output.Append(' ');
            pendingSpace = false;
        }
    }
}
