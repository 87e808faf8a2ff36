using Microsoft.Extensions.Configuration;

namespace Bot.Discord.Hosting;

/// <summary>Settings of the Discord adapter, bound from the <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token (secret; set it as <c>Discord__Token</c>). Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application (client) id; when empty it is read from <c>GET /oauth2/applications/@me</c>.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The REST base URL; stand-ins and proxies use another.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, commands are registered for this guild only (they appear at once) instead of globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>The application's hex Ed25519 public key; enables <c>POST /discord/interactions</c>.</summary>
    public string? PublicKey { get; set; }

    /// <summary>
    /// Connect to the gateway (mentions, DMs, gateway interactions). Turn off on extra instances behind a load
    /// balancer that serve only <c>POST /discord/interactions</c>: each gateway connection would answer every message.
    /// </summary>
    public bool EnableGateway { get; set; } = true;

    /// <summary>The URL in the <c>User-Agent: DiscordBot (url, version)</c> header Discord requires.</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/";

    /// <summary>How long an interaction may wait for its answer before it is deferred (Discord allows 3 s).</summary>
    public TimeSpan InteractionDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First wait before reconnecting to the gateway; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the gateway reconnect back-off.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>First wait before retrying a 5xx REST response; doubles each attempt.</summary>
    public TimeSpan RestRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a REST call is retried after a 429 or a 5xx before it fails.</summary>
    public int RestMaxRetries { get; set; } = 4;

    /// <summary>How often the typing indicator is renewed while an answer is computed (it lasts about 10 s).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>True when the <c>Discord</c> section holds a non-empty token, so the host should run the adapter.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration.GetSection(SectionName)[nameof(Token)]);
    }
}
