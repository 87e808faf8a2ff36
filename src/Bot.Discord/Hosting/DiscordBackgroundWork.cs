using System.Collections.Concurrent;
using Bot.Core.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Hosting;

/// <summary>
/// Runs event handling off the gateway's receive loop (so heartbeats keep flowing while a question is answered),
/// logs every failure, and lets shutdown wait for work in flight.
/// </summary>
public sealed partial class DiscordBackgroundWork(IHostApplicationLifetime lifetime, BotMetrics metrics, ILogger<DiscordBackgroundWork> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>Starts <paramref name="work"/>; <paramref name="what"/> names it in the log if it fails.</summary>
    public void Run(string what, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var stopping = lifetime.ApplicationStopping;
        var task = Task.Run(
            async () =>
            {
                try
                {
                    await work(stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    // Shutting down: the work is abandoned on purpose.
                }
                catch (Exception exception)
                {
                    metrics.Error("discord");
                    LogFailed(logger, exception, what);
                }
            },
            CancellationToken.None);
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Waits for work in flight, up to <paramref name="cancellationToken"/>.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);

    [LoggerMessage(EventId = 30, Level = LogLevel.Error, Message = "Discord: {Work} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
