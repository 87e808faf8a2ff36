using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Telegram.Tests.Replies;

/// <summary>What Telegram counts of an HTML message: the text after tags are removed and entities decoded.</summary>
public static partial class ReplyTestText
{
    public static int VisibleLength(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Length;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
