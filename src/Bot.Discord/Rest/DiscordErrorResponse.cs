namespace Bot.Discord.Rest;

/// <summary>Discord's JSON error body.</summary>
public sealed record DiscordErrorResponse(string? Message, int Code);
