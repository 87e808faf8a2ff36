using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>Quality figures over a set of questions (all, or one language).</summary>
public sealed record EvalScores(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("hit@1")] double HitAt1,
    [property: JsonPropertyName("hit@3")] double HitAt3,
    [property: JsonPropertyName("mrr")] double MeanReciprocalRank,
    [property: JsonPropertyName("answer")] double AnswerAccuracy,
    [property: JsonPropertyName("abstention")] double AbstentionAccuracy,
    [property: JsonPropertyName("off_topic_abstained")] double OffTopicAbstained,
    [property: JsonPropertyName("answerable_abstained")] int AnswerableAbstained,
    [property: JsonPropertyName("script")] double ScriptAccuracy);
