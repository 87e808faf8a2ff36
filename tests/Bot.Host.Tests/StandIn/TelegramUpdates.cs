using System.Text.Json.Nodes;

namespace Bot.Host.Tests.StandIn;

/// <summary>Update JSON as Telegram sends it; the message id is the update id × 10, so replies are easy to match.</summary>
public static class TelegramUpdates
{
    public const long PrivateChatId = 3001;
    public const long GroupChatId = -100_3002;

    public static long MessageIdOf(long updateId) => updateId * 10;

    public static JsonObject Private(long updateId, string text, string languageCode = "en") =>
        Update(updateId, text, new JsonObject { ["id"] = PrivateChatId, ["type"] = "private", ["first_name"] = "Ann" }, PrivateChatId, languageCode);

    public static JsonObject Group(long updateId, string text, string languageCode = "en") =>
        Update(updateId, text, new JsonObject { ["id"] = GroupChatId, ["type"] = "supergroup", ["title"] = "AI news" }, 3003, languageCode);

    private static JsonObject Update(long updateId, string text, JsonObject chat, long userId, string languageCode)
    {
        var message = new JsonObject
        {
            ["message_id"] = MessageIdOf(updateId),
            ["date"] = 1_700_000_000,
            ["chat"] = chat,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Ann", ["language_code"] = languageCode },
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }
        else if (text.IndexOf("@" + BotApiStandIn.BotUsername, StringComparison.Ordinal) is var at and >= 0)
        {
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["offset"] = at, ["length"] = BotApiStandIn.BotUsername.Length + 1 });
        }

        return new JsonObject { ["update_id"] = updateId, ["message"] = message };
    }
}
