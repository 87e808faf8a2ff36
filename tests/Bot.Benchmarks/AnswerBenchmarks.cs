using BenchmarkDotNet.Attributes;
using Bot.Core.Answering;
using Bot.Core.Corpus;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>Answering one question in process over the seeds (target: p50 ≤ 200 µs).</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private ServiceProvider _services = null!;
    private QuestionAnswerer _answerer = null!;

    [ParamsSource(nameof(QuestionSource))]
    public string Question { get; set; } = string.Empty;

    public static IEnumerable<string> QuestionSource => CoreServices.Questions;

    [GlobalSetup]
    public void Setup()
    {
        _services = CoreServices.Create();
        _services.GetRequiredService<IKnowledgeBaseProvider>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        _answerer = _services.GetRequiredService<QuestionAnswerer>();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Answer Answer() => _answerer.Answer(Question);
}
