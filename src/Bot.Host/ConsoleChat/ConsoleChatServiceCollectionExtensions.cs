using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.ConsoleChat;

/// <summary>Registers the console chat.</summary>
public static class ConsoleChatServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleChat(this IServiceCollection services)
    {
        services.TryAddSingleton(ConsoleChatIO.Standard);
        services.AddHostedService<ConsoleChatService>();
        return services;
    }
}
