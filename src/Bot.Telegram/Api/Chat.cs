namespace Bot.Telegram.Api;

/// <summary>A chat; <see cref="Type"/> is "private", "group", "supergroup" or "channel".</summary>
public sealed record Chat(long Id, string? Type = null, string? Title = null)
{
    // Telegram always sends the type; without it, the id's sign still tells users (positive) from groups (negative).

    /// <summary>True for groups and supergroups, where the bot answers only when addressed.</summary>
    public bool IsGroup => Type is "group" or "supergroup" || (Type is null && Id < 0);

    /// <summary>True for one-to-one chats with the bot.</summary>
    public bool IsPrivate => Type == "private" || (Type is null && Id > 0);
}
