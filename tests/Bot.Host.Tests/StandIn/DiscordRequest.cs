using System.Text.Json.Nodes;

namespace Bot.Host.Tests.StandIn;

/// <summary>
/// One REST call the Discord stand-in received: its place in arrival order (shared with gateway frames), the path
/// without <c>/api/v10</c>, the headers that matter, the JSON body (null when there was none) and the status answered.
/// </summary>
public sealed record DiscordRequest(
    long Sequence,
    string Method,
    string Path,
    string? Authorization,
    string? UserAgent,
    JsonNode? Body,
    int Status)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The id in <c>message_reference</c>, for a message POST that replies to another message.</summary>
    public string? ReferencedMessageId => (Body as JsonObject)?["message_reference"]?["message_id"]?.GetValue<string>();

    /// <summary>The <c>content</c> of a message POST; empty for other calls.</summary>
    public string Content => (Body as JsonObject)?["content"]?.GetValue<string>() ?? "";
}
