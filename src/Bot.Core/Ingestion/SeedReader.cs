namespace Bot.Core.Ingestion;

/// <summary>Reads every <c>*.txt</c> document of a directory, in file-name order.</summary>
public static class SeedReader
{
    public static async Task<IReadOnlyList<RawDocument>> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The seeds directory '{directory}' does not exist (setting Corpus:SeedsPath).");
        }

        var documents = new List<RawDocument>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            documents.Add(new RawDocument(Path.GetFileName(path), text));
        }

        return documents;
    }
}
