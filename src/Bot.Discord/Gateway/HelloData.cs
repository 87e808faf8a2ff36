namespace Bot.Discord.Gateway;

/// <summary>Data of op 10 Hello.</summary>
public sealed record HelloData(int HeartbeatInterval);
