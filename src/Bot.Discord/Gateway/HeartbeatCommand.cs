using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>The op 1 frame; <c>d</c> is the last sequence, written as null before the first dispatch.</summary>
public sealed record HeartbeatCommand(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D);
