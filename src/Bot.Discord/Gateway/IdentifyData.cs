namespace Bot.Discord.Gateway;

/// <summary>Data of op 2 Identify.</summary>
public sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents);
