using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>The eval's closing line: overall and per-language scores, latency and the confidence margin.</summary>
public sealed record EvalSummary(
    [property: JsonPropertyName("overall")] EvalScores Overall,
    [property: JsonPropertyName("by_language")] IReadOnlyDictionary<string, EvalScores> ByLanguage,
    [property: JsonPropertyName("latency_p50_us")] double LatencyP50Microseconds,
    [property: JsonPropertyName("latency_p95_us")] double LatencyP95Microseconds,
    [property: JsonPropertyName("lowest_answerable_confidence")] double LowestAnswerableConfidence,
    [property: JsonPropertyName("highest_off_topic_confidence")] double HighestOffTopicConfidence);
