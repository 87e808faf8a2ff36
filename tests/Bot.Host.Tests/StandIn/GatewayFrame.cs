using System.Text.Json.Nodes;

namespace Bot.Host.Tests.StandIn;

/// <summary>
/// One gateway frame, either way: its place in arrival order (shared with REST calls), which connection (1, 2…)
/// and path carried it, whether the bot sent it, and the payload.
/// </summary>
public sealed record GatewayFrame(long Sequence, int Connection, string Path, bool FromBot, JsonObject Payload)
{
    public int Op => Payload["op"]?.GetValue<int>() ?? -1;

    public string? EventName => Payload["t"]?.GetValue<string>();

    public JsonNode? Data => Payload["d"];
}
