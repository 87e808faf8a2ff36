using Bot.Core.Corpus;
using Bot.Core.Retrieval.Glossary;

namespace Bot.Core.Tests.Retrieval.Glossary;

public sealed class GlossaryLoaderTests
{
    [Fact]
    public async Task LoadAsync_ShippedGlossary_HasTheRequiredEntities()
    {
        var entries = await GlossaryLoader.LoadAsync(PathResolver.Resolve("config/glossary.json"), CancellationToken.None);
        Assert.Contains(entries, entry => entry.English.Contains("Jan Leike") && entry.Chinese.Contains("简·雷克") && entry.Chinese.Contains("杨·莱克"));
        Assert.Contains(entries, entry => entry.English.Contains("superalignment") && entry.Chinese.Contains("超级对齐"));
        Assert.Contains(entries, entry => entry.English.Contains("non-disparagement") && entry.Chinese.Contains("不贬损"));
    }

    [Fact]
    public async Task LoadAsync_MalformedFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"glossary-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{ \"entities\": [ { \"en\": [\"x\" ");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => GlossaryLoader.LoadAsync(path, CancellationToken.None));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_MissingFile_NamesTheSetting()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => GlossaryLoader.LoadAsync("/nonexistent/glossary.json", CancellationToken.None));
        Assert.Contains("Corpus:GlossaryPath", error.Message, StringComparison.Ordinal);
    }
}
