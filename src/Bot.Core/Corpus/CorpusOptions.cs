using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Corpus;

/// <summary>Settings of section <c>Corpus</c>: where the documents and the glossary are.</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>Directory of <c>*.txt</c> documents; relative paths are looked up from the working directory upwards.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>The glossary JSON file; relative paths are looked up from the working directory upwards.</summary>
    [Required(AllowEmptyStrings = false)]
    public string GlossaryPath { get; set; } = "config/glossary.json";

    /// <summary>Rebuild the index when a document or the glossary changes, without a restart.</summary>
    public bool WatchForChanges { get; set; }
}
