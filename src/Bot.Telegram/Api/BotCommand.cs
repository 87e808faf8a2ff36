namespace Bot.Telegram.Api;

/// <summary>One entry of the command menu: name (a-z, 0-9, _) and description.</summary>
public sealed record BotCommand(string Command, string Description);
