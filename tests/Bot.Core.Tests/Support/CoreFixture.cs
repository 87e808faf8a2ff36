using Bot.Core;
using Bot.Core.Answering;
using Bot.Core.Corpus;
using Bot.Core.Evaluation;
using Bot.Core.Normalization;
using Bot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Support;

/// <summary>The answering core over the real seeds and glossary, built once for all tests that share it.</summary>
public sealed class CoreFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public CoreFixture()
    {
        var configuration = new ConfigurationBuilder().Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddAnsweringCore()
            .AddSingleton<EvalRunner>()
            .BuildServiceProvider();
        Knowledge = _services.GetRequiredService<IKnowledgeBaseProvider>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public KnowledgeBase Knowledge { get; }

    public QuestionAnswerer Answerer => _services.GetRequiredService<QuestionAnswerer>();

    public TextFolder Folder => _services.GetRequiredService<TextFolder>();

    public ChineseScripts Scripts => _services.GetRequiredService<ChineseScripts>();

    public EvalRunner Eval => _services.GetRequiredService<EvalRunner>();

    public IServiceProvider Services => _services;

    public void Dispose() => _services.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CoreCollection : ICollectionFixture<CoreFixture>
{
    public const string Name = "core";
}
