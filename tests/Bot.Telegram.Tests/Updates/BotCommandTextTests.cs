using Bot.Telegram.Updates;

namespace Bot.Telegram.Tests.Updates;

public sealed class BotCommandTextTests
{
    [Theory]
    [InlineData("/ask why?", "ask", null, "why?")]
    [InlineData("/Ask@MyBot   why?  ", "ask", "MyBot", "why?")]
    [InlineData("/sources", "sources", null, "")]
    [InlineData("/ask\nmulti\nline", "ask", null, "multi\nline")]
    public void TryParse_Command_SplitsNameTargetAndArguments(string text, string name, string? target, string arguments)
    {
        Assert.Equal(new BotCommandText(name, target, arguments), BotCommandText.TryParse(text));
    }

    [Theory]
    [InlineData("ask why?")]
    [InlineData("/ask?")]
    [InlineData("a /ask")]
    [InlineData("/")]
    public void TryParse_NotACommand_ReturnsNull(string text)
    {
        Assert.Null(BotCommandText.TryParse(text));
    }
}
