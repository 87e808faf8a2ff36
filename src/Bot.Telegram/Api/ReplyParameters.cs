namespace Bot.Telegram.Api;

/// <summary>Threads a reply to <see cref="MessageId"/>; still sends when that message was deleted.</summary>
public sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);
