using Bot.Telegram.Updates;

namespace Bot.Telegram.Hosting;

/// <summary>
/// The adapter's connection state, shared by the hosted service (writer), the handlers and the health check (readers).
/// </summary>
public sealed class TelegramConnection
{
    // Written by the hosted service and the polling loop, read by handlers and the health check: each field is a
    // single independent value, so volatile publication suffices.
    private volatile BotIdentity? _bot;
    private volatile bool _connected;

    /// <summary>The bot's identity; throws before <c>getMe</c> succeeded, which would be a start-up ordering bug.</summary>
    public BotIdentity Bot => _bot ?? throw new InvalidOperationException("The Telegram bot identity is not known before getMe succeeded.");

    /// <summary>True once getMe succeeded and polling started or the webhook was set; false while getUpdates keeps failing.</summary>
    public bool IsConnected => _connected;

    public void Identify(BotIdentity bot) => _bot = bot;

    public void MarkConnected() => _connected = true;

    public void MarkDisconnected() => _connected = false;
}
