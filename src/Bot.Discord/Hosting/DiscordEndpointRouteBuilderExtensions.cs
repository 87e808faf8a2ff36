using Bot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Discord.Hosting;

/// <summary>Maps the Discord HTTP interactions endpoint on the host's listener.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /discord/interactions</c>; it answers 404 until <c>Discord:PublicKey</c> is set.</summary>
    public static IEndpointConventionBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(InteractionEndpoint.Path, static (HttpContext context, [FromServices] InteractionEndpoint endpoint) =>
            endpoint.HandleAsync(context));
    }
}
