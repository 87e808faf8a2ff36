namespace Bot.Discord.Gateway;

/// <summary>The op 6 frame.</summary>
public sealed record ResumeCommand(int Op, ResumeData D);
