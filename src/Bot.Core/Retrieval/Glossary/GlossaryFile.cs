using System.Text.Json.Serialization;

namespace Bot.Core.Retrieval.Glossary;

/// <summary>The JSON shape of <c>config/glossary.json</c>.</summary>
internal sealed class GlossaryFile
{
    [JsonPropertyName("entities")]
    public List<GlossaryFileEntry> Entities { get; set; } = [];

    [JsonPropertyName("terms")]
    public List<GlossaryFileEntry> Terms { get; set; } = [];
}

/// <summary>One entry of <c>config/glossary.json</c>.</summary>
internal sealed class GlossaryFileEntry
{
    [JsonPropertyName("en")]
    public List<string> English { get; set; } = [];

    [JsonPropertyName("zhHans")]
    public List<string> Simplified { get; set; } = [];

    [JsonPropertyName("zhHant")]
    public List<string> Traditional { get; set; } = [];

    [JsonPropertyName("aliases")]
    public List<string> Aliases { get; set; } = [];
}

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(GlossaryFile))]
internal sealed partial class GlossaryJsonContext : JsonSerializerContext;
