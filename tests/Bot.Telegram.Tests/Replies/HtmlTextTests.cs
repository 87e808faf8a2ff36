using Bot.Telegram.Replies;

namespace Bot.Telegram.Tests.Replies;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("R&D", "R&amp;D")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert('x')&lt;/script&gt;")]
    [InlineData("“引號” 和 \"quotes\"", "“引號” 和 \"quotes\"")]
    public void Escape_Text_EscapesOnlyLessGreaterAndAmpersand(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
    }
}
