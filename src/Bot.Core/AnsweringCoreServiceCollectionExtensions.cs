using Bot.Core.Answering;
using Bot.Core.Corpus;
using Bot.Core.Diagnostics;
using Bot.Core.Ingestion;
using Bot.Core.Normalization;
using Bot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core;

/// <summary>Registers the answering core: options, text normalisation, the knowledge base, the answerer and metrics.</summary>
public static class AnsweringCoreServiceCollectionExtensions
{
    public static IServiceCollection AddAnsweringCore(this IServiceCollection services)
    {
        AddSection<CorpusOptions>(services, CorpusOptions.Section);
        AddSection<RetrievalOptions>(services, RetrievalOptions.Section);
        AddSection<AnsweringOptions>(services, AnsweringOptions.Section);

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddSingleton<ChineseScripts>();
        services.AddSingleton<TextFolder>();
        services.AddSingleton<ScriptDetector>();
        services.AddSingleton<KnowledgeBaseBuilder>();
        services.AddSingleton<KnowledgeBaseStore>();
        services.AddSingleton<IKnowledgeBaseProvider>(provider => provider.GetRequiredService<KnowledgeBaseStore>());
        services.AddSingleton<IDocumentCatalog>(provider => provider.GetRequiredService<KnowledgeBaseStore>());
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<IQuestionAnswerer>(provider => provider.GetRequiredService<QuestionAnswerer>());
        return services;
    }

    private static void AddSection<TOptions>(IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions>(section));
    }

    /// <summary>Loads the knowledge base when the host starts (before the adapters) and, if configured, watches for changes.</summary>
    public static IServiceCollection AddKnowledgeBaseLoading(this IServiceCollection services)
    {
        services.AddHostedService<KnowledgeBaseLoader>();
        return services;
    }
}
