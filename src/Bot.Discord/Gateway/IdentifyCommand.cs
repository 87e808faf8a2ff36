namespace Bot.Discord.Gateway;

/// <summary>The op 2 frame.</summary>
public sealed record IdentifyCommand(int Op, IdentifyData D);
