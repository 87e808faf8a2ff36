namespace Bot.Discord.Gateway;

/// <summary>What the gateway client does after a connection ends.</summary>
public enum ReconnectAction
{
    /// <summary>Connect to <c>resume_gateway_url</c> and send Resume: missed events replay.</summary>
    Resume,

    /// <summary>The session is gone: connect to the gateway URL and Identify again.</summary>
    Identify,

    /// <summary>Reconnecting cannot help (bad token, refused intents): stop and tell a person what to fix.</summary>
    Stop,
}
