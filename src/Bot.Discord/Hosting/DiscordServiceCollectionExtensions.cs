using System.Reflection;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Bot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Hosting;

/// <summary>Registers the Discord adapter: options, REST and gateway clients, responders, hosted service, health check.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter. Needs the core's <c>IQuestionAnswerer</c>, <c>IDocumentCatalog</c> and <c>BotMetrics</c>.
    /// Call only when <see cref="DiscordOptions.IsConfigured"/> is true.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Random.Shared);

        services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.TryParseAdd($"DiscordBot ({options.UserAgentUrl}, {Version})");
            })
            // The default handler logs request URIs, and interaction URIs hold interaction tokens; the client logs its own routes.
            .RemoveAllLoggers();

        services.AddSingleton<DiscordSessionState>();
        services.AddSingleton<SecretRedactor>();
        services.AddSingleton<RateLimitGate>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordApi>();
        services.AddSingleton<DiscordBackgroundWork>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<CommandResponder>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<MessageResponder>();
        services.AddSingleton<GatewayEventDispatcher>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton(provider =>
        {
            var publicKey = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey;
            var verifier = string.IsNullOrWhiteSpace(publicKey) ? null : new Ed25519SignatureVerifier(publicKey);
            return ActivatorUtilities.CreateInstance<InteractionEndpoint>(provider, verifier is null ? [] : [verifier]);
        });
        services.AddHostedService<DiscordHostedService>();
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord");
        return services;
    }

    private static string Version =>
        typeof(DiscordServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
}
