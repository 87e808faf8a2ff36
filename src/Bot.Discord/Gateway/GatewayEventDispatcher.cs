using System.Text.Json;
using Bot.Core.Diagnostics;
using Bot.Discord.Hosting;
using Bot.Discord.Interactions;
using Bot.Discord.Json;
using Bot.Discord.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Routes gateway dispatches to their responders off the receive loop; a malformed event is logged and skipped.
/// </summary>
public sealed partial class GatewayEventDispatcher(
    InteractionResponder interactions,
    MessageResponder messages,
    DiscordBackgroundWork background,
    BotMetrics metrics,
    ILogger<GatewayEventDispatcher> logger)
{
    public void Dispatch(string? eventName, JsonElement? data)
    {
        try
        {
            switch (eventName)
            {
                case "INTERACTION_CREATE":
                    var interaction = Read(data, DiscordJsonContext.Default.Interaction);
                    if (string.IsNullOrEmpty(interaction?.Id) || string.IsNullOrEmpty(interaction.Token))
                    {
                        LogMalformed(logger, null, eventName);
                        metrics.Error("discord");
                        return;
                    }

                    background.Run("interaction " + interaction.Id, ct => interactions.HandleGatewayInteractionAsync(interaction, ct));
                    break;
                case "MESSAGE_CREATE":
                    var message = Read(data, DiscordJsonContext.Default.DiscordMessage);
                    if (string.IsNullOrEmpty(message?.Id) || string.IsNullOrEmpty(message.ChannelId))
                    {
                        LogMalformed(logger, null, eventName);
                        metrics.Error("discord");
                        return;
                    }

                    // Filtered here, in event order, so no work is started for the many messages not meant for the bot.
                    if (messages.IsForBot(message))
                    {
                        background.Run("message " + message.Id, ct => messages.HandleAsync(message, ct));
                    }

                    break;
                default:
                    // GUILD_CREATE and the rest: the bot needs nothing from them.
                    break;
            }
        }
        catch (JsonException exception)
        {
            metrics.Error("discord");
            LogMalformed(logger, exception, eventName);
        }
    }

    private static T? Read<T>(JsonElement? data, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        data is { ValueKind: JsonValueKind.Object } element ? element.Deserialize(type) : default;

    [LoggerMessage(EventId = 90, Level = LogLevel.Warning, Message = "Discord: skipped a malformed {Event} event")]
    private static partial void LogMalformed(ILogger logger, Exception? exception, string? @event);
}
