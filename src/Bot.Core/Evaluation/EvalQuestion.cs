using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>One line of an eval file such as <c>dev.jsonl</c>.</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Language,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("evidence")] IReadOnlyList<string> Evidence);
