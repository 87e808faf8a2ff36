using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Retrieval;

/// <summary>Settings of section <c>Retrieval</c>: BM25 and query weights.</summary>
public sealed class RetrievalOptions
{
    public const string Section = "Retrieval";

    /// <summary>BM25 term-frequency saturation.</summary>
    [Range(0.0, 10.0)]
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation, 0 (none) to 1 (full).</summary>
    [Range(0.0, 1.0)]
    public double B { get; set; } = 0.75;

    /// <summary>Weight of single Han characters relative to bigrams and words.</summary>
    [Range(0.0, 1.0)]
    public double UnigramWeight { get; set; } = 0.2;

    /// <summary>Weight of glossary and alias expansions relative to the asker's own words.</summary>
    [Range(0.0, 2.0)]
    public double ExpansionWeight { get; set; } = 0.8;

    /// <summary>Weight of a match in the document's title, added to each of its passages.</summary>
    [Range(0.0, 5.0)]
    public double TitleBoost { get; set; } = 0.0;

    /// <summary>Weight of question coverage (share of the question's concepts a passage holds) against normalised BM25 when re-ranking.</summary>
    [Range(0.0, 10.0)]
    public double CoverageWeight { get; set; } = 1.0;

    /// <summary>Weight of the best single sentence's coverage of the question when re-ranking.</summary>
    [Range(0.0, 10.0)]
    public double SentenceWeight { get; set; } = 1.0;

    /// <summary>How many passages an answer returns.</summary>
    [Range(1, 20)]
    public int TopPassages { get; set; } = 5;

    /// <summary>Passages of this many characters end at the next paragraph break.</summary>
    [Range(20, 2000)]
    public int PassageTargetLength { get; set; } = 120;

    /// <summary>Passages never grow past this many characters (a longer sentence stands alone).</summary>
    [Range(40, 4000)]
    public int PassageMaximumLength { get; set; } = 240;

    /// <summary>Share of shared 4-character shingles above which two passages are near-duplicates.</summary>
    [Range(0.0, 1.0)]
    public double NearDuplicateContainment { get; set; } = 0.6;
}
