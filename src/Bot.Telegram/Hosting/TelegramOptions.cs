using Microsoft.Extensions.Configuration;

namespace Bot.Telegram.Hosting;

/// <summary>Settings of the <c>Telegram</c> configuration section.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The bot token from BotFather (secret: set it as <c>Telegram__Token</c>, never in appsettings).</summary>
    public string Token { get; set; } = "";

    /// <summary>The Bot API server; a self-hosted server or a test stand-in uses another.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public https URL Telegram posts to (Webhook mode), ending in <c>/telegram/webhook</c>.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The <c>secret_token</c> Telegram echoes in <c>X-Telegram-Bot-Api-Secret-Token</c> (Webhook mode).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>When set, only these chat ids get answers.</summary>
    public IList<long>? AllowedChats { get; set; }

    /// <summary>Long-poll timeout of <c>getUpdates</c>, 0-50 s (the server clamps to 50).</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>How often one call is retried after a 429, a 5xx or a network error before it fails.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off after a 5xx or a network error; it doubles on each retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one ordinary request (long polls add their poll timeout).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most one message per this interval to the same chat (Telegram: about 1/s).</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many messages per minute to one group (Telegram: 20).</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>At most this many messages per second overall (Telegram: 30).</summary>
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>How many questions one user may ask in a burst before the cooldown applies.</summary>
    public int UserQuestionBurst { get; set; } = 10;

    /// <summary>One more question is allowed per this interval once a user's burst is spent.</summary>
    public TimeSpan UserQuestionInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Handling one update is abandoned (logged, skipped) after this long, so no update blocks the offset.</summary>
    public TimeSpan UpdateTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>In groups, quoted evidence longer than this many characters goes into an expandable blockquote.</summary>
    public int GroupEvidenceCollapseLength { get; set; } = 300;

    /// <summary>True when the section has a token, i.e. the host should run the Telegram adapter.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration.GetSection(SectionName)[nameof(Token)]);
    }
}
