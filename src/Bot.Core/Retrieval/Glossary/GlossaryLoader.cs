using System.Text.Json;

namespace Bot.Core.Retrieval.Glossary;

/// <summary>Reads <c>config/glossary.json</c>; a malformed file stops start-up with its path and the parser's position.</summary>
public static class GlossaryLoader
{
    public static async Task<IReadOnlyList<GlossaryEntry>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The glossary file '{path}' does not exist (setting Corpus:GlossaryPath).", path);
        }

        await using var stream = File.OpenRead(path);
        GlossaryFile? file;
        try
        {
            file = await JsonSerializer.DeserializeAsync(stream, GlossaryJsonContext.Default.GlossaryFile, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(
                $"The glossary file '{path}' is not valid JSON (line {exception.LineNumber + 1}): {exception.Message}", exception);
        }

        return (file?.Entities ?? []).Concat(file?.Terms ?? [])
            .Select(entry => new GlossaryEntry(
                entry.English.Where(IsPresent).ToList(),
                entry.Simplified.Concat(entry.Traditional).Concat(entry.Aliases).Where(IsPresent).ToList()))
            .Where(entry => entry.English.Count + entry.Chinese.Count > 1)
            .ToList();
    }

    private static bool IsPresent(string value) => !string.IsNullOrWhiteSpace(value);
}
