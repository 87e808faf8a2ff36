namespace Bot.Telegram.Api;

/// <summary>The body of <c>deleteWebhook</c>.</summary>
public sealed record DeleteWebhookRequest(bool DropPendingUpdates);
