namespace Bot.Discord.Gateway;

/// <summary>The gateway intents the bot asks for.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: enable it in the developer portal, else the gateway closes with 4014.</summary>
    MessageContent = 1 << 15,

    /// <summary>What the bot needs: slash commands, guild mentions, DMs and their text.</summary>
    Bot = Guilds | GuildMessages | DirectMessages | MessageContent,
}
