namespace Bot.Telegram.Api;

/// <summary>Why a request failed and what to do about it (<c>retry_after</c> seconds on 429).</summary>
public sealed record ResponseParameters(int? RetryAfter = null, long? MigrateToChatId = null);
