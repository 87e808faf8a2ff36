namespace Bot.Discord.Messages;

/// <summary>What Discord returns for a sent message; the bot needs only its id.</summary>
public sealed record CreatedMessage(string Id);
