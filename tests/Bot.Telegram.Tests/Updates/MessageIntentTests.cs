using Bot.Telegram.Api;
using Bot.Telegram.Updates;

namespace Bot.Telegram.Tests.Updates;

public sealed class MessageIntentTests
{
    private static readonly BotIdentity Bot = new(42, "DeparturesBot");
    private static readonly Chat Private = new(1, "private");
    private static readonly Chat Group = new(-5, "group");

    [Theory]
    [InlineData("/start", MessageIntentKind.Start, "")]
    [InlineData("/help", MessageIntentKind.Help, "")]
    [InlineData("/sources", MessageIntentKind.Sources, "")]
    [InlineData("/ask Who left?", MessageIntentKind.Ask, "Who left?")]
    [InlineData("/ASK@departuresbot Who left?", MessageIntentKind.Ask, "Who left?")]
    [InlineData("/ask", MessageIntentKind.Ask, "")]
    [InlineData("Who left?", MessageIntentKind.Ask, "Who left?")]
    [InlineData("/unknown", MessageIntentKind.Help, "")]
    [InlineData("/ask@OtherBot Who left?", MessageIntentKind.None, "")]
    public void Of_Private_EveryTextIsForTheBot(string text, MessageIntentKind kind, string question)
    {
        var intent = MessageIntent.Of(new Message(1, Private, Text: text), Bot);

        Assert.Equal(new MessageIntent(kind, question), intent);
    }

    [Theory]
    [InlineData("what a day", MessageIntentKind.None, "")]
    [InlineData("/unknown", MessageIntentKind.None, "")]
    [InlineData("/ask@OtherBot Who left?", MessageIntentKind.None, "")]
    [InlineData("email me at someone@DeparturesBotx.org", MessageIntentKind.None, "")]
    [InlineData("/ask Who left?", MessageIntentKind.Ask, "Who left?")]
    [InlineData("/ask@DeparturesBot Who left?", MessageIntentKind.Ask, "Who left?")]
    [InlineData("@DeparturesBot Who left?", MessageIntentKind.Ask, "Who left?")]
    [InlineData("@departuresbot, who left?", MessageIntentKind.Ask, "who left?")]
    [InlineData("Who left, @DeparturesBot?", MessageIntentKind.Ask, "Who left,  ?")]
    [InlineData("/help@DeparturesBot", MessageIntentKind.Help, "")]
    public void Of_Group_OnlyWhenAddressed(string text, MessageIntentKind kind, string question)
    {
        var intent = MessageIntent.Of(new Message(1, Group, Text: text), Bot);

        Assert.Equal(new MessageIntent(kind, question), intent);
    }

    [Fact]
    public void Of_GroupReplyToTheBot_IsAQuestion()
    {
        var botMessage = new Message(7, Group, From: new User(42, IsBot: true, Username: "DeparturesBot"), Text: "Earlier answer.");

        var intent = MessageIntent.Of(new Message(8, Group, Text: "And the compute?", ReplyToMessage: botMessage), Bot);

        Assert.Equal(new MessageIntent(MessageIntentKind.Ask, "And the compute?"), intent);
    }

    [Fact]
    public void Of_GroupReplyToSomeoneElse_IsNone()
    {
        var other = new Message(7, Group, From: new User(99, Username: "ann"), Text: "hi");

        var intent = MessageIntent.Of(new Message(8, Group, Text: "And the compute?", ReplyToMessage: other), Bot);

        Assert.Equal(MessageIntent.None, intent);
    }

    [Fact]
    public void Of_ChannelOrTextless_IsNone()
    {
        Assert.Equal(MessageIntent.None, MessageIntent.Of(new Message(1, new Chat(-9, "channel"), Text: "/ask hi"), Bot));
        Assert.Equal(MessageIntent.None, MessageIntent.Of(new Message(1, Private), Bot));
    }

    [Fact]
    public void Of_ChatWithoutType_FallsBackToTheIdSign()
    {
        Assert.Equal(MessageIntentKind.Ask, MessageIntent.Of(new Message(1, new Chat(5), Text: "Who left?"), Bot).Kind);
        Assert.Equal(MessageIntent.None, MessageIntent.Of(new Message(1, new Chat(-5), Text: "Who left?"), Bot));
        Assert.Equal(MessageIntentKind.Ask, MessageIntent.Of(new Message(1, new Chat(-5), Text: "@DeparturesBot Who left?"), Bot).Kind);
    }
}
