namespace Bot.Telegram.Api;

/// <summary>A span of special text ("bot_command", "mention"…); offsets and lengths are UTF-16 units.</summary>
public sealed record MessageEntity(string Type, int Offset, int Length);
