using BenchmarkDotNet.Attributes;
using Bot.Core.Answering;
using Bot.Core.Corpus;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>Answering on a synthetic corpus 100× the seeds (target: p50 ≤ 2 ms).</summary>
[MemoryDiagnoser]
public class LargeCorpusBenchmarks
{
    private ServiceProvider _services = null!;
    private QuestionAnswerer _answerer = null!;

    [ParamsSource(nameof(QuestionSource))]
    public string Question { get; set; } = string.Empty;

    public static IEnumerable<string> QuestionSource => CoreServices.Questions.Take(4).Concat(CoreServices.Questions.Skip(6).Take(1));

    [GlobalSetup]
    public void Setup()
    {
        var documents = SyntheticCorpus.Create(CoreServices.Seeds(), factor: 100);
        _services = CoreServices.Create(services => services.AddSingleton<IKnowledgeBaseProvider>(provider =>
            new FixedKnowledgeBase(provider.GetRequiredService<KnowledgeBaseBuilder>().Build(documents, CoreServices.Glossary()))));
        _answerer = _services.GetRequiredService<QuestionAnswerer>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Answer Answer() => _answerer.Answer(Question);

    private sealed class FixedKnowledgeBase(KnowledgeBase knowledge) : IKnowledgeBaseProvider
    {
        public bool IsLoaded => true;

        public KnowledgeBase Current => knowledge;

        public Task<KnowledgeBase> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(knowledge);
    }
}
