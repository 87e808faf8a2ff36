using System.Text.Json;

namespace Bot.Discord.Gateway;

/// <summary>A received gateway frame: opcode, data, and for dispatches the sequence and event name.</summary>
public sealed record GatewayPayload(int Op, JsonElement? D, long? S, string? T);
