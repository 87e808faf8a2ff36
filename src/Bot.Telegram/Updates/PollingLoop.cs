using Bot.Core.Diagnostics;
using Bot.Telegram.Api;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Updates;

/// <summary>
/// Long-polls <c>getUpdates</c> and hands each batch to the router, confirming a batch (offset = last id + 1)
/// only once every update in it has been handled.
/// </summary>
public sealed class PollingLoop(
    ITelegramApi api,
    UpdateRouter router,
    TelegramConnection connection,
    BotMetrics metrics,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<PollingLoop> logger)
{
    /// <summary>The update kinds the bot asks for; everything else is never delivered.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "inline_query", "callback_query"];

    private const int BatchLimit = 100;

    /// <summary>The least time between two empty polls, so a server that ignores the long-poll timeout is not hammered.</summary>
    internal static readonly TimeSpan MinEmptyPollInterval = TimeSpan.FromMilliseconds(500);

    private readonly TelegramOptions _options = options.Value;

    /// <summary>How long updates already taken may keep going after shutdown begins (inside the host's 8 s budget).</summary>
    internal static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        long? offset = null;
        var failures = 0;

        // On shutdown polling stops at once, but questions already taken are answered: their handling is only
        // cancelled once the grace period after the stop request has passed.
        using var inFlight = new CancellationTokenSource();
        using var grace = time.CreateTimer(_ => inFlight.Cancel(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        using var onStop = stoppingToken.Register(() => grace.Change(InFlightGrace, Timeout.InfiniteTimeSpan));
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<RawUpdate> batch;
            var started = time.GetTimestamp();
            try
            {
                var request = new GetUpdatesRequest(offset, BatchLimit, _options.PollTimeoutSeconds, AllowedUpdates);
                var elements = await api.GetUpdatesAsync(request, stoppingToken).ConfigureAwait(false);
                batch = elements.Select(RawUpdate.Parse).ToList();
                failures = 0;
                connection.MarkConnected();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (TelegramApiException ex)
            {
                // The client already retried; a 409 here means a webhook or a second poller took over.
                failures++;
                metrics.Error("telegram");
                connection.MarkDisconnected();
                var delay = Backoff(failures);
                logger.LogError(ex, "getUpdates failed {Failures} time(s) in a row; polling again in {DelayMs} ms", failures, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                continue;
            }

            if (batch.Count == 0)
            {
                if (time.GetElapsedTime(started) < MinEmptyPollInterval)
                {
                    await Task.Delay(MinEmptyPollInterval, time, stoppingToken).ConfigureAwait(false);
                }

                continue;
            }

            await HandleBatchAsync(batch, inFlight.Token).ConfigureAwait(false);
            var lastId = batch.Max(update => update.UpdateId ?? long.MinValue);
            if (lastId != long.MinValue)
            {
                offset = Math.Max(offset ?? long.MinValue, lastId + 1);
            }
        }
    }

    private async Task HandleBatchAsync(IReadOnlyList<RawUpdate> batch, CancellationToken cancellationToken)
    {
        // Updates of one chat stay in order; different chats are handled side by side.
        var byChat = batch.GroupBy(update => update.Update?.Message?.Chat.Id ?? update.UpdateId ?? 0);
        await Task.WhenAll(byChat.Select(async chatUpdates =>
        {
            foreach (var update in chatUpdates)
            {
                await router.HandleAsync(update, cancellationToken).ConfigureAwait(false);
            }
        })).ConfigureAwait(false);
    }

    private TimeSpan Backoff(int failures)
    {
        var ticks = Math.Min(_options.RetryBaseDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 16)), _options.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
