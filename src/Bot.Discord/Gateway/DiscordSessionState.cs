namespace Bot.Discord.Gateway;

/// <summary>
/// What the running adapter knows about itself: its user and application ids, whether the gateway is READY,
/// and why it stopped if it did. Mutable on purpose: the gateway writes it, handlers and the health check read it.
/// </summary>
public sealed class DiscordSessionState
{
    private volatile string? _botUserId;
    private volatile string? _applicationId;
    private volatile string? _fatalError;
    private volatile bool _ready;

    /// <summary>The bot's own user id, from READY.</summary>
    public string? BotUserId { get => _botUserId; set => _botUserId = value; }

    /// <summary>From options, <c>/oauth2/applications/@me</c> or READY.</summary>
    public string? ApplicationId { get => _applicationId; set => _applicationId = value; }

    /// <summary>True between READY/RESUMED and the next disconnect.</summary>
    public bool IsReady { get => _ready; set => _ready = value; }

    /// <summary>Set when the adapter stopped for good, with what a person has to do.</summary>
    public string? FatalError { get => _fatalError; set => _fatalError = value; }
}
