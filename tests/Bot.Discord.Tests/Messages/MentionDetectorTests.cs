using Bot.Discord.Messages;

namespace Bot.Discord.Tests.Messages;

public sealed class MentionDetectorTests
{
    private const string Bot = "111";
    private static readonly DiscordUser Human = new("222", "asker", null);

    [Fact]
    public void IsAddressedToBot_DirectMessage_True() =>
        Assert.True(MentionDetector.IsAddressedToBot(Message(guildId: null, content: "hi"), Bot));

    [Fact]
    public void IsAddressedToBot_GuildWithoutMention_False() =>
        Assert.False(MentionDetector.IsAddressedToBot(Message(content: "hi <@333>", mentions: [new DiscordUser("333", null, null)]), Bot));

    [Fact]
    public void IsAddressedToBot_MentionsList_True() =>
        Assert.True(MentionDetector.IsAddressedToBot(Message(content: "hi", mentions: [new DiscordUser(Bot, null, true)]), Bot));

    [Theory]
    [InlineData("<@111> why?")]
    [InlineData("why <@!111>")]
    public void IsAddressedToBot_MentionInContent_True(string content) =>
        Assert.True(MentionDetector.IsAddressedToBot(Message(content: content), Bot));

    [Fact]
    public void IsAddressedToBot_ReplyToBot_True() =>
        Assert.True(MentionDetector.IsAddressedToBot(
            Message(content: "and?", referenced: Message(author: new DiscordUser(Bot, null, true), content: "answer")), Bot));

    [Fact]
    public void IsAddressedToBot_ReplyToSomeoneElse_False() =>
        Assert.False(MentionDetector.IsAddressedToBot(Message(content: "and?", referenced: Message(content: "x")), Bot));

    [Fact]
    public void IsIgnored_Human_False() => Assert.False(MentionDetector.IsIgnored(Message(content: "x"), Bot));

    [Fact]
    public void IsIgnored_OtherBot_True() => Assert.True(MentionDetector.IsIgnored(Message(author: new DiscordUser("9", null, true)), Bot));

    [Fact]
    public void IsIgnored_Itself_True() => Assert.True(MentionDetector.IsIgnored(Message(author: new DiscordUser(Bot, null, null)), Bot));

    [Fact]
    public void IsIgnored_Webhook_True() => Assert.True(MentionDetector.IsIgnored(Message(webhookId: "5"), Bot));

    [Fact]
    public void IsIgnored_SystemMessage_True() => Assert.True(MentionDetector.IsIgnored(Message(type: 7), Bot));

    [Theory]
    [InlineData("<@111> why?", "why?")]
    [InlineData("why <@!111> now", "why   now")]
    [InlineData("<@111>", "")]
    [InlineData("<@333> hi", "<@333> hi")]
    public void StripBotMention_RemovesOnlyTheBotsMention(string content, string expected) =>
        Assert.Equal(expected, MentionDetector.StripBotMention(content, Bot));

    private static DiscordMessage Message(
        string? guildId = "42",
        string? content = "",
        DiscordUser? author = null,
        IReadOnlyList<DiscordUser>? mentions = null,
        DiscordMessage? referenced = null,
        string? webhookId = null,
        int type = 0) =>
        new("1", "2", guildId, author ?? Human, webhookId, content, type, mentions ?? [], referenced);
}
