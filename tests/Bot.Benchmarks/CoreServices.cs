using Bot.Core;
using Bot.Core.Corpus;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval.Glossary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks;

/// <summary>The answering core as the host builds it, over the repository's seeds and glossary.</summary>
internal static class CoreServices
{
    public static ServiceProvider Create(Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddAnsweringCore();
        replace?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static IReadOnlyList<RawDocument> Seeds() =>
        SeedReader.ReadAsync(PathResolver.Resolve("seeds"), CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<GlossaryEntry> Glossary() =>
        GlossaryLoader.LoadAsync(PathResolver.Resolve("config/glossary.json"), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Questions in the style users ask: Simplified, Traditional, English, and off-topic.</summary>
    public static readonly string[] Questions =
    [
        "Jan Leike 辞职时在推特上公布的原因是什么？",
        "超级对齐团队现在怎么样了？",
        "OpenAI 有没有兑现给超级对齐团队的算力承诺？",
        "Ilya 为了加入 OpenAI 放弃了多少年薪？",
        "OpenAI離職協議跟股權有什麼關係？",
        "伊利亞和奧特曼的矛盾本質是什麼？",
        "Why did Jan Leike resign from OpenAI?",
        "Who is Ilya Sutskever's PhD advisor?",
        "明天上海会下雨吗？",
        "What is the best pizza topping?",
    ];
}
