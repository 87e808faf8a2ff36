namespace Bot.Discord.Gateway;

/// <summary>Data of op 6 Resume.</summary>
public sealed record ResumeData(string Token, string SessionId, long? Seq);
