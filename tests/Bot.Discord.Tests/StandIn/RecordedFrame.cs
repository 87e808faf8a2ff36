using System.Text.Json.Nodes;

namespace Bot.Discord.Tests.StandIn;

/// <summary>One gateway frame the bot sent, with the connection (1, 2…) and the path it was connected to.</summary>
public sealed record RecordedFrame(int Connection, string Path, JsonNode Payload)
{
    public int Op => Payload["op"]!.GetValue<int>();

    public JsonNode? Data => Payload["d"];
}
