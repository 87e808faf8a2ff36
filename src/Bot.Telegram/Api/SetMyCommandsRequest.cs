namespace Bot.Telegram.Api;

/// <summary>The body of <c>setMyCommands</c>.</summary>
public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands);
