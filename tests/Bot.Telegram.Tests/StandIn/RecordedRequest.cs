using System.Text.Json.Nodes;

namespace Bot.Telegram.Tests.StandIn;

/// <summary>One request the stand-in received: the method, the token from the path, the JSON body and its headers.</summary>
public sealed record RecordedRequest(int Sequence, string Method, string Token, JsonObject Body, long? ContentLength, string? ContentType)
{
    public long? ChatId => Body["chat_id"]?.GetValue<long>();

    public string? Text => Body["text"]?.GetValue<string>();

    public long? ReplyToMessageId => Body["reply_parameters"]?["message_id"]?.GetValue<long>();
}
