using BenchmarkDotNet.Attributes;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.Glossary;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>Cleaning and indexing the seeds, files already read (target: ≤ 100 ms).</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private ServiceProvider _services = null!;
    private KnowledgeBaseBuilder _builder = null!;
    private IReadOnlyList<RawDocument> _seeds = null!;
    private IReadOnlyList<GlossaryEntry> _glossary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = CoreServices.Create();
        _builder = _services.GetRequiredService<KnowledgeBaseBuilder>();
        _seeds = CoreServices.Seeds();
        _glossary = CoreServices.Glossary();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public KnowledgeBase Build() => _builder.Build(_seeds, _glossary);
}
