using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>Source-generated JSON for eval input and output.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(EvalQuestion))]
[JsonSerializable(typeof(EvalRecord))]
[JsonSerializable(typeof(EvalSummary))]
public sealed partial class EvalJsonContext : JsonSerializerContext;
