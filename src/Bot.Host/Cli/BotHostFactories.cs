namespace Bot.Host.Cli;

/// <summary>
/// The hosts Program.cs composes, handed to the commands: each takes the configuration arguments left over
/// after the command's own (e.g. <c>--Retrieval:K1 1.5</c>).
/// </summary>
public sealed record BotHostFactories(
    Func<string[], IHost> Tool,
    Func<string[], IHost> Chat,
    Func<string[], IHost> Server,
    Func<string[], bool> AnyPlatformConfigured);
