using System.Text.Json.Nodes;

namespace Bot.Telegram.Tests.StandIn;

/// <summary>Builds update JSON the way Telegram sends it (message ids are update id × 10).</summary>
public static class TelegramUpdates
{
    public const long PrivateChatId = 1001;
    public const long GroupChatId = -100_2002;
    public const long UserId = 1001;

    public static long MessageIdOf(long updateId) => updateId * 10;

    public static JsonObject PrivateText(long updateId, string text, string languageCode = "en", long chatId = PrivateChatId, long userId = UserId) =>
        new()
        {
            ["update_id"] = updateId,
            ["message"] = Message(updateId, text, languageCode, new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Ann" }, userId),
        };

    public static JsonObject GroupText(long updateId, string text, long userId = 2001, bool replyToBot = false, string languageCode = "en", long chatId = GroupChatId)
    {
        var message = Message(updateId, text, languageCode, new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "AI news" }, userId);
        if (replyToBot)
        {
            message["reply_to_message"] = new JsonObject
            {
                ["message_id"] = 7,
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup" },
                ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "Departures", ["username"] = FakeBotApiServer.BotUsername },
                ["text"] = "An earlier answer.",
            };
        }

        return new JsonObject { ["update_id"] = updateId, ["message"] = message };
    }

    public static JsonObject Inline(long updateId, string query, string queryId = "inline-1") =>
        new()
        {
            ["update_id"] = updateId,
            ["inline_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Ann" },
                ["query"] = query,
                ["offset"] = "",
            },
        };

    public static JsonObject Of(long updateId, string kind, JsonObject payload) =>
        new() { ["update_id"] = updateId, [kind] = payload };

    public static JsonObject Message(long updateId, string? text, string languageCode, JsonObject chat, long userId)
    {
        var message = new JsonObject
        {
            ["message_id"] = MessageIdOf(updateId),
            ["date"] = 1_700_000_000,
            ["chat"] = chat,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Ann", ["language_code"] = languageCode },
        };
        if (text is not null)
        {
            message["text"] = text;
            if (text.StartsWith('/'))
            {
                var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : text.Length;
                message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
            }
        }

        return message;
    }
}
