using System.Text.Json.Nodes;

namespace Bot.Host.Tests.StandIn;

/// <summary>One Bot API call the stand-in received: its place in arrival order, method, the token from the path, and the JSON body.</summary>
public sealed record StandInRequest(int Sequence, string Method, string Token, JsonObject Body)
{
    public long? ChatId => Body["chat_id"]?.GetValue<long>();

    public string Text => Body["text"]?.GetValue<string>() ?? "";

    public long? ReplyToMessageId => Body["reply_parameters"]?["message_id"]?.GetValue<long>();
}
