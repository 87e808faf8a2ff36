using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Answering;

/// <summary>Settings of section <c>Answering</c>.</summary>
public sealed class AnsweringOptions
{
    public const string Section = "Answering";

    /// <summary>
    /// Share of the question the best passages must cover to answer (see <c>eval</c>'s confidence figures);
    /// calibrated on the dev set between the highest off-topic and the lowest answerable confidence.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.35;

    /// <summary>Longer questions get a polite "too long" reply.</summary>
    [Range(10, 10_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>At most this many extracted sentences per answer (1–3).</summary>
    [Range(1, 3)]
    public int MaxSentences { get; set; } = 3;

    /// <summary>A quoted sentence longer than this is cut to its most relevant clauses.</summary>
    [Range(40, 1000)]
    public int MaxSentenceLength { get; set; } = 200;
}
