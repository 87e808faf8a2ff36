using System.Text.Json.Serialization;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Bot.Discord.Rest;

namespace Bot.Discord.Json;

/// <summary>Source-generated JSON for every Discord payload the adapter reads or writes (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(IdentifyCommand))]
[JsonSerializable(typeof(ResumeCommand))]
[JsonSerializable(typeof(HeartbeatCommand))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(ApplicationInfo))]
[JsonSerializable(typeof(RateLimitResponse))]
[JsonSerializable(typeof(DiscordErrorResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(CreateMessageRequest))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCallbackData))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
