using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Observability;

/// <summary>Health (<c>/healthz</c>) and metrics (<c>/metrics</c>) on the host's HTTP listener.</summary>
public static class ObservabilityExtensions
{
    public static IServiceCollection AddObservability(this IServiceCollection services)
    {
        services.AddSingleton<PrometheusExporter>();
        services.AddHealthChecks().AddCheck<KnowledgeBaseHealthCheck>("knowledge-base");
        return services;
    }

    /// <summary>200 only when the index is loaded and every enabled adapter is connected; 503 with the reason otherwise.</summary>
    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder endpoints)
    {
        // Created now, so the listener sees every measurement from the first question on.
        _ = endpoints.ServiceProvider.GetRequiredService<PrometheusExporter>();
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        endpoints.MapGet("/metrics", (PrometheusExporter exporter) =>
            Results.Text(exporter.Render(), "text/plain; version=0.0.4; charset=utf-8"));
        return endpoints;
    }
}
