namespace Bot.Discord.Rest;

/// <summary>Body of a 429: how long to wait, and whether the limit is global.</summary>
public sealed record RateLimitResponse(string? Message, double RetryAfter, bool Global);
