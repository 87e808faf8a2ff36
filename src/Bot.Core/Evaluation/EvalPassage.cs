using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>A ranked passage as the eval prints it.</summary>
public sealed record EvalPassage(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("score")] double Score);
