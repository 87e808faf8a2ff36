using System.Text.Json;
using Bot.Telegram.Api;

namespace Bot.Telegram.Updates;

/// <summary>An update as received: its id when one could be read, and the typed update when it parsed.</summary>
public sealed record RawUpdate(long? UpdateId, Update? Update, string? Error)
{
    /// <summary>Parses one update, never throwing: a malformed update becomes a value with <see cref="Error"/> set.</summary>
    public static RawUpdate Parse(JsonElement element)
    {
        long? id = element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("update_id", out var idElement)
            && idElement.ValueKind == JsonValueKind.Number
            && idElement.TryGetInt64(out var value) ? value : null;
        try
        {
            var update = element.Deserialize(TelegramJsonContext.Default.Update);
            return update is null ? new RawUpdate(id, null, "null update") : new RawUpdate(update.UpdateId, update, null);
        }
        catch (JsonException ex)
        {
            return new RawUpdate(id, null, ex.Message);
        }
    }

    /// <summary>Parses the body of a webhook POST.</summary>
    public static RawUpdate Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            return new RawUpdate(null, null, ex.Message);
        }
    }
}
