using Bot.Core.Corpus;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Observability;

/// <summary>Healthy once the documents are indexed.</summary>
public sealed class KnowledgeBaseHealthCheck(IKnowledgeBaseProvider knowledgeBases) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledgeBases.IsLoaded
            ? HealthCheckResult.Healthy($"{knowledgeBases.Current.Passages.Count} passages indexed")
            : HealthCheckResult.Unhealthy("the documents are not indexed yet"));
}
