namespace Bot.Telegram.Hosting;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>Long-poll <c>getUpdates</c> (the webhook is deleted at start).</summary>
    Polling,

    /// <summary>Telegram POSTs updates to <c>/telegram/webhook</c> (registered with <c>setWebhook</c> at start).</summary>
    Webhook,
}
