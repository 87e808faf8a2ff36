using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Telegram.Hosting;

/// <summary>Healthy once getMe succeeded and polling started or the webhook was set; unhealthy while polling fails.</summary>
public sealed class TelegramHealthCheck(TelegramConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.IsConnected
            ? HealthCheckResult.Healthy("Connected to Telegram.")
            : HealthCheckResult.Unhealthy("Not connected to Telegram."));
}
