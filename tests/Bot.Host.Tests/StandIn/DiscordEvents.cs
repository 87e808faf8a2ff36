using System.Text.Json.Nodes;

namespace Bot.Host.Tests.StandIn;

/// <summary>
/// Dispatch and interaction JSON shaped as Discord sends it (gateway v10): <c>/ask</c> interactions, guild messages
/// with or without a mention of the bot, messages from other bots, DMs, and the PING an interactions endpoint gets.
/// </summary>
public static class DiscordEvents
{
    public const string GuildId = "616161616161616161";
    public const string AskerId = "800000000000000001";
    public const string OtherBotId = "800000000000000099";
    public const string DmChannelId = "710000000000000001";

    private const string Timestamp = "2026-01-01T12:00:00.000000+00:00";

    /// <summary>The <c>d</c> of an INTERACTION_CREATE for <c>/ask question:…</c> in a guild (also the body Discord POSTs over HTTP).</summary>
    public static JsonObject Ask(string id, string token, string channelId, string question, string locale = "en-US") => new()
    {
        ["id"] = id,
        ["application_id"] = DiscordStandIn.ApplicationId,
        ["type"] = 2,
        ["data"] = new JsonObject
        {
            ["id"] = "990000000000000001",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
        },
        ["guild_id"] = GuildId,
        ["channel_id"] = channelId,
        ["member"] = new JsonObject { ["user"] = Asker(), ["roles"] = new JsonArray(), ["permissions"] = "2248473465835073", ["joined_at"] = Timestamp },
        ["token"] = token,
        ["version"] = 1,
        ["locale"] = locale,
        ["guild_locale"] = "en-US",
        ["app_permissions"] = "2248473465835073",
        ["entitlements"] = new JsonArray(),
        ["context"] = 0,
    };

    /// <summary>The PING Discord sends to check an interactions endpoint URL.</summary>
    public static JsonObject Ping(string id, string token) => new()
    {
        ["id"] = id,
        ["application_id"] = DiscordStandIn.ApplicationId,
        ["type"] = 1,
        ["token"] = token,
        ["version"] = 1,
    };

    /// <summary>A MESSAGE_CREATE in a guild channel by a person, mentioning the bot (<c>&lt;@id&gt;</c> first, as the client writes it) or not.</summary>
    public static JsonObject GuildMessage(string id, string channelId, string text, bool mentionBot) =>
        Message(id, channelId, GuildId, Asker(), mentionBot ? $"<@{DiscordStandIn.BotUserId}> {text}" : text, mentionBot);

    /// <summary>A MESSAGE_CREATE in a guild channel by another bot that mentions this one.</summary>
    public static JsonObject OtherBotMessage(string id, string channelId, string text) =>
        Message(id, channelId, GuildId, new JsonObject { ["id"] = OtherBotId, ["username"] = "Chatty", ["discriminator"] = "0", ["global_name"] = null, ["bot"] = true },
            $"<@{DiscordStandIn.BotUserId}> {text}", mentionsBot: true);

    /// <summary>A MESSAGE_CREATE in the asker's DM with the bot: no guild, no mention needed.</summary>
    public static JsonObject DirectMessage(string id, string text) =>
        Message(id, DmChannelId, null, Asker(), text, mentionsBot: false);

    private static JsonObject Message(string id, string channelId, string? guildId, JsonObject author, string content, bool mentionsBot)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = author,
            ["content"] = content,
            ["timestamp"] = Timestamp,
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = content.Contains("@everyone", StringComparison.Ordinal),
            ["mentions"] = mentionsBot
                ? new JsonArray(new JsonObject { ["id"] = DiscordStandIn.BotUserId, ["username"] = "Departures", ["discriminator"] = "0", ["bot"] = true })
                : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
            ["flags"] = 0,
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
            message["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = Timestamp };
        }

        return message;
    }

    private static JsonObject Asker() =>
        new() { ["id"] = AskerId, ["username"] = "ann", ["discriminator"] = "0", ["global_name"] = "Ann" };
}
