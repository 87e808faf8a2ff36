using Bot.Discord.Messages;

namespace Bot.Discord.Gateway;

/// <summary>Data of the READY dispatch: who the bot is and how to resume.</summary>
public sealed record ReadyData(DiscordUser User, string SessionId, string ResumeGatewayUrl, ReadyApplication? Application);
