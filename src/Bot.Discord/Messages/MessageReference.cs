namespace Bot.Discord.Messages;

/// <summary>Threads a reply to the message it answers.</summary>
/// <param name="MessageId">The message replied to.</param>
/// <param name="FailIfNotExists">False so a deleted question still gets its answer, unthreaded.</param>
public sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
