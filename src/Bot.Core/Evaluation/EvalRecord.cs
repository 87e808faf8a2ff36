using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>The eval's output line for one question.</summary>
public sealed record EvalRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("abstained")] bool Abstained,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("passages")] IReadOnlyList<EvalPassage> Passages,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("latency_us")] double LatencyMicroseconds);
