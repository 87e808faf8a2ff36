namespace Bot.Telegram.Api;

/// <summary>The body of <c>setWebhook</c>; Telegram echoes <see cref="SecretToken"/> in a header on every POST.</summary>
public sealed record SetWebhookRequest(string Url, string SecretToken, IReadOnlyList<string> AllowedUpdates);
