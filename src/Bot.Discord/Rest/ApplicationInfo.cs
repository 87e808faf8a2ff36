namespace Bot.Discord.Rest;

/// <summary>Answer of <c>GET /oauth2/applications/@me</c>; the bot needs only the id.</summary>
public sealed record ApplicationInfo(string Id);
