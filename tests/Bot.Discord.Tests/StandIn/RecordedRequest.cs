using System.Text.Json.Nodes;

namespace Bot.Discord.Tests.StandIn;

/// <summary>One REST call the stand-in received, with the status it answered.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
