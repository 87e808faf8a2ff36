namespace Bot.Discord.Gateway;

/// <summary>The application part of READY.</summary>
public sealed record ReadyApplication(string Id);
