using Bot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Hosting;

/// <summary>Maps the Discord HTTP interactions endpoint on the host's listener.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /discord/interactions</c>. It answers 404 until <c>Discord:PublicKey</c> is set, and also when
    /// <see cref="DiscordServiceCollectionExtensions.AddDiscord"/> was not called, so the host may map it unconditionally.
    /// </summary>
    public static IEndpointConventionBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(InteractionEndpoint.Path, static (HttpContext context, CancellationToken _) =>
            context.RequestServices.GetService<InteractionEndpoint>() is { } endpoint
                ? endpoint.HandleAsync(context)
                : Task.FromResult(Results.NotFound()));
    }
}
