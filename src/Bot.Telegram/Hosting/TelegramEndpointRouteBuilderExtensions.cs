using Bot.Telegram.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Bot.Telegram.Hosting;

/// <summary>Maps the Telegram webhook endpoint on the host's HTTP listener.</summary>
public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /telegram/webhook</c> (404 unless Telegram:Mode is Webhook).</summary>
    public static IEndpointConventionBuilder MapTelegram(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(WebhookEndpoint.Path, WebhookEndpoint.HandleAsync).DisableAntiforgery();
    }
}
