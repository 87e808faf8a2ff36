using Bot.Core.Diagnostics;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Updates;

/// <summary>
/// Routes each update to the handler of its kind, once per update id. A failing or hanging update is logged,
/// counted and skipped: it never stops the loop or holds back the offset.
/// </summary>
public sealed class UpdateRouter(
    MessageHandler messages,
    InlineQueryHandler inlineQueries,
    CallbackQueryHandler callbackQueries,
    UpdateDeduplicator deduplicator,
    BotMetrics metrics,
    IOptions<TelegramOptions> options,
    ILogger<UpdateRouter> logger)
{
    private readonly TimeSpan _updateTimeout = options.Value.UpdateTimeout;

    /// <summary>Handles one update; returns only when it is done with (handled, ignored or failed).</summary>
    public async Task HandleAsync(RawUpdate raw, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Update is not { } update)
        {
            metrics.Error("telegram");
            logger.LogWarning("Skipping malformed update {UpdateId}: {Error}", raw.UpdateId, raw.Error);
            return;
        }

        if (!deduplicator.TryBegin(update.UpdateId))
        {
            logger.LogDebug("Skipping update {UpdateId}: already handled", update.UpdateId);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_updateTimeout);
        try
        {
            if (update.Message is { } message)
            {
                await messages.HandleAsync(message, timeout.Token).ConfigureAwait(false);
            }
            else if (update.InlineQuery is { } inlineQuery)
            {
                await inlineQueries.HandleAsync(inlineQuery, timeout.Token).ConfigureAwait(false);
            }
            else if (update.CallbackQuery is { } callbackQuery)
            {
                await callbackQueries.HandleAsync(callbackQuery, timeout.Token).ConfigureAwait(false);
            }
            else
            {
                logger.LogDebug("Ignoring update {UpdateId} of a kind the bot does not handle", update.UpdateId);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Skipping is deliberate: Telegram would redeliver a failing update forever if it held back the offset.
            metrics.Error("telegram");
            logger.LogError(ex, "Handling update {UpdateId} failed; it is skipped", update.UpdateId);
        }
    }
}
