namespace Bot.Discord.Gateway;

/// <summary>What each gateway close code means for the client: resume, identify again, or stop.</summary>
public static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static ReconnectAction Classify(int? closeCode) => closeCode switch
    {
        AuthenticationFailed or InvalidShard or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents => ReconnectAction.Stop,
        InvalidSequence or SessionTimedOut => ReconnectAction.Identify,
        _ => ReconnectAction.Resume,
    };

    /// <summary>For a fatal close: what went wrong and what a person has to do about it.</summary>
    public static string FatalMessage(int closeCode) => closeCode switch
    {
        AuthenticationFailed =>
            "Discord closed the gateway with 4004 (authentication failed): the bot token is wrong or was reset. "
            + "Copy a new token from the developer portal (Bot → Reset Token) into Discord__Token and restart.",
        DisallowedIntents =>
            "Discord closed the gateway with 4014 (disallowed intents): the bot asks for the privileged Message Content intent. "
            + "Enable \"Message Content Intent\" in the developer portal (your application → Bot → Privileged Gateway Intents) and restart.",
        InvalidIntents =>
            "Discord closed the gateway with 4013 (invalid intents): the intents value is not valid. This is a bug in the adapter; report it.",
        InvalidShard or ShardingRequired =>
            $"Discord closed the gateway with {closeCode} (sharding): the bot is in too many guilds for one connection. Sharding is not implemented yet.",
        InvalidApiVersion =>
            "Discord closed the gateway with 4012 (invalid API version): gateway v10 is no longer accepted; the adapter needs an update.",
        _ => $"Discord closed the gateway with {closeCode}; the adapter stopped.",
    };
}
