using Bot.Telegram.Api;
using Bot.Telegram.Pacing;
using Bot.Telegram.Replies;
using Bot.Telegram.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Hosting;

/// <summary>Registers the Telegram adapter: options, Bot API client, handlers, hosted service and health check.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter, bound to the <c>Telegram</c> section and validated at start. Needs the core's
    /// <c>IQuestionAnswerer</c>, <c>IDocumentCatalog</c> and <c>BotMetrics</c>.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // The default HttpClient logging writes request URLs, and the token is in the URL path: no loggers at all.
        services.AddHttpClient(TelegramApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<TokenRedactor>();
        services.AddSingleton<ITelegramApi, TelegramApiClient>();

        services.AddSingleton<TelegramConnection>();
        services.AddSingleton<SendPacer>();
        services.AddSingleton<UserCooldown>();
        services.AddSingleton<ReplyComposer>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<TypingIndicator>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<InlineQueryHandler>();
        services.AddSingleton<CallbackQueryHandler>();
        services.AddSingleton<UpdateDeduplicator>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<PollingLoop>();
        services.AddSingleton<WebhookUpdateQueue>();
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService<TelegramHostedService>();

        services.AddHealthChecks().AddCheck<TelegramHealthCheck>("telegram");
        return services;
    }
}
