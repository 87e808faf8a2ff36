namespace Bot.Discord.Gateway;

/// <summary>The connection properties Identify must carry.</summary>
public sealed record IdentifyProperties(string Os, string Browser, string Device);
