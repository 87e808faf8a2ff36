using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using Bot.Discord.Json;
using Bot.Discord.Messages;

namespace Bot.Discord.Rest;

/// <summary>
/// The Discord REST calls the bot makes, typed. The only layer that knows Discord's routes: moving to Discord.Net
/// would replace this class and <see cref="DiscordRestClient"/>.
/// </summary>
public sealed class DiscordApi(DiscordRestClient rest)
{
    public Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        rest.GetAsync(
            new DiscordRoute(HttpMethod.Get, "GET /gateway/bot", "gateway/bot", "GET gateway/bot"),
            DiscordJsonContext.Default.GatewayBotResponse,
            cancellationToken);

    public Task<ApplicationInfo> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        rest.GetAsync(
            new DiscordRoute(HttpMethod.Get, "GET /oauth2/applications/@me", "oauth2/applications/@me", "GET oauth2/applications/@me"),
            DiscordJsonContext.Default.ApplicationInfo,
            cancellationToken);

    /// <summary>Replaces the application's commands, globally or for one guild when <paramref name="guildId"/> is set.</summary>
    public Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = string.IsNullOrEmpty(guildId)
            ? new DiscordRoute(HttpMethod.Put, "PUT /applications/{application_id}/commands", $"applications/{applicationId}/commands", $"PUT applications/{applicationId}/commands")
            : new DiscordRoute(HttpMethod.Put, "PUT /applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", $"PUT guilds/{guildId}/commands");
        return rest.SendAsync(route, commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken);
    }

    /// <summary>Sends a message; the created message is not read back, the bot never needs it.</summary>
    public Task CreateMessageAsync(string channelId, CreateMessageRequest message, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new DiscordRoute(HttpMethod.Post, "POST /channels/{channel_id}/messages", $"channels/{channelId}/messages", $"POST channels/{channelId}/messages"),
            message,
            DiscordJsonContext.Default.CreateMessageRequest,
            cancellationToken);

    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        rest.SendAsync<CreateMessageRequest>(
            new DiscordRoute(HttpMethod.Post, "POST /channels/{channel_id}/typing", $"channels/{channelId}/typing", $"POST channels/{channelId}/typing"),
            null,
            DiscordJsonContext.Default.CreateMessageRequest,
            cancellationToken);

    /// <summary>Answers a gateway interaction (callback type 4 or 5).</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new DiscordRoute(HttpMethod.Post, "POST /interactions/{interaction_id}/{interaction_token}/callback", $"interactions/{interactionId}/{interactionToken}/callback", null),
            response,
            DiscordJsonContext.Default.InteractionResponse,
            cancellationToken);

    /// <summary>Replaces a deferred response's placeholder with the answer.</summary>
    public Task EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, InteractionCallbackData message, CancellationToken cancellationToken) =>
        rest.SendAsync(
            new DiscordRoute(HttpMethod.Patch, "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original", $"webhooks/{applicationId}/{interactionToken}/messages/@original", null),
            message,
            DiscordJsonContext.Default.InteractionCallbackData,
            cancellationToken);
}
