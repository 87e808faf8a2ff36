namespace Bot.Telegram.Updates;

/// <summary>Handles the updates the webhook endpoint queued, several at a time.</summary>
public sealed class WebhookWorker(WebhookUpdateQueue queue, UpdateRouter router)
{
    private const int MaxConcurrency = 8;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(MaxConcurrency);
        var running = new List<Task>();
        try
        {
            await foreach (var update in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.RemoveAll(task => task.IsCompleted);
                running.Add(HandleAsync(update, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: let the updates in flight finish or observe the cancellation below.
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task HandleAsync(RawUpdate update, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await router.HandleAsync(update, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; the router only rethrows cancellation.
        }
        finally
        {
            slots.Release();
        }
    }
}
