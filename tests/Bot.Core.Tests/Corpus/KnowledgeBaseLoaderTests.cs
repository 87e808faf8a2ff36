using Bot.Core.Corpus;
using Bot.Core.Normalization;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Corpus;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bot-corpus-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task StartAsync_WatchingAndADocumentAdded_RebuildsWithoutARestart()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_directory, "seeds")).FullName;
        var glossary = Path.Combine(_directory, "glossary.json");
        await File.WriteAllTextAsync(glossary, "{ \"entities\": [], \"terms\": [] }");
        await File.WriteAllTextAsync(Path.Combine(seeds, "a.txt"), Article("第一篇文章讲的是超级对齐团队的算力承诺"));
        var options = Options.Create(new CorpusOptions { SeedsPath = seeds, GlossaryPath = glossary, WatchForChanges = true });
        var store = new KnowledgeBaseStore(new KnowledgeBaseBuilder(Texts.Folder, Options.Create(new RetrievalOptions())), options,
            NullLogger<KnowledgeBaseStore>.Instance);
        using var loader = new KnowledgeBaseLoader(store, Texts.Scripts, options, TimeProvider.System, NullLogger<KnowledgeBaseLoader>.Instance);

        await loader.StartAsync(CancellationToken.None);
        Assert.Single(store.Current.Documents);

        await File.WriteAllTextAsync(Path.Combine(seeds, "b.txt"), Article("第二篇文章讲的是离职协议和股权的关系"));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (store.Current.Documents.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await loader.StopAsync(CancellationToken.None);
        Assert.Equal(2, store.Current.Documents.Count);
    }

    [Fact]
    public async Task LoadAsync_MissingSeeds_NamesTheSetting()
    {
        var options = Options.Create(new CorpusOptions { SeedsPath = Path.Combine(_directory, "nope"), GlossaryPath = "x.json" });
        var store = new KnowledgeBaseStore(new KnowledgeBaseBuilder(Texts.Folder, Options.Create(new RetrievalOptions())), options,
            NullLogger<KnowledgeBaseStore>.Instance);
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => store.LoadAsync(CancellationToken.None));
        Assert.Contains("Corpus:SeedsPath", error.Message, StringComparison.Ordinal);
        Assert.False(store.IsLoaded);
    }

    private static string Article(string topic) =>
        string.Join('\n', Enumerable.Range(1, 4).Select(i => $"{topic}，这是第{i}段，它们说明了公司的决定和员工的看法。"));
}
