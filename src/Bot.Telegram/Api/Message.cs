namespace Bot.Telegram.Api;

/// <summary>The parts of a message the bot reads; stickers, photos and service messages arrive without <see cref="Text"/>.</summary>
public sealed record Message(
    long MessageId,
    Chat Chat,
    User? From = null,
    string? Text = null,
    IReadOnlyList<MessageEntity>? Entities = null,
    Message? ReplyToMessage = null,
    User? ViaBot = null);
