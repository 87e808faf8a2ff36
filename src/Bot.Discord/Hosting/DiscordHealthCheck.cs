using Bot.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Discord.Hosting;

/// <summary>
/// Healthy once the gateway is READY (or, with the gateway disabled, once the token was accepted); unhealthy while
/// connecting or after a fatal stop, with the reason.
/// </summary>
public sealed class DiscordHealthCheck(DiscordSessionState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state switch
        {
            { FatalError: { } error } => HealthCheckResult.Unhealthy(error),
            { IsReady: true } => HealthCheckResult.Healthy("connected"),
            _ => HealthCheckResult.Unhealthy("gateway not connected"),
        });
}
