namespace Bot.Discord.Rest;

/// <summary>Answer of <c>GET /gateway/bot</c>: where to connect.</summary>
public sealed record GatewayBotResponse(string Url, int Shards);
