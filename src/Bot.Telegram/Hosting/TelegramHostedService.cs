using Bot.Telegram.Api;
using Bot.Telegram.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Connects at start (getMe, setMyCommands, then deleteWebhook for polling or setWebhook), failing start-up on a
/// rejected token; then runs the polling loop or the webhook worker until the host stops.
/// </summary>
public sealed class TelegramHostedService(
    ITelegramApi api,
    TelegramConnection connection,
    PollingLoop polling,
    WebhookWorker webhookWorker,
    IOptions<TelegramOptions> options,
    ILogger<TelegramHostedService> logger) : BackgroundService
{
    /// <summary>The command menu shown by Telegram clients.</summary>
    public static readonly IReadOnlyList<BotCommand> Commands =
    [
        new("ask", "Ask a question about the 2024 OpenAI departures"),
        new("sources", "List the documents the answers come from"),
        new("help", "What the bot covers and how to ask"),
    ];

    private readonly TelegramOptions _options = options.Value;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var me = await GetMeAsync(cancellationToken).ConfigureAwait(false);
        connection.Identify(new BotIdentity(me.Id, me.Username ?? ""));
        logger.LogInformation("Connected to Telegram as @{BotUsername} ({BotId}) in {Mode} mode", me.Username, me.Id, _options.Mode);

        try
        {
            await api.SetMyCommandsAsync(new SetMyCommandsRequest(Commands), cancellationToken).ConfigureAwait(false);
        }
        catch (TelegramApiException ex)
        {
            // The menu is a convenience; commands typed by hand work without it.
            logger.LogWarning(ex, "setMyCommands failed; the command menu may be out of date");
        }

        if (_options.Mode == TelegramMode.Webhook)
        {
            try
            {
                await api.SetWebhookAsync(new SetWebhookRequest(_options.WebhookUrl!, _options.WebhookSecret!, PollingLoop.AllowedUpdates), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (TelegramApiException ex)
            {
                throw new TelegramStartupException($"Telegram setWebhook failed, so no updates would arrive: {ex.Message}", ex);
            }
        }
        else
        {
            try
            {
                // Polling and a webhook exclude each other (409), so a webhook left from an earlier deployment goes.
                await api.DeleteWebhookAsync(new DeleteWebhookRequest(DropPendingUpdates: false), cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException ex)
            {
                // Not fatal: with no webhook set, polling works anyway; with one, getUpdates reports 409 in the log.
                logger.LogWarning(ex, "deleteWebhook failed; polling anyway");
            }
        }

        connection.MarkConnected();
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        connection.MarkDisconnected();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _options.Mode == TelegramMode.Webhook ? webhookWorker.RunAsync(stoppingToken) : polling.RunAsync(stoppingToken);

    private async Task<User> GetMeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await api.GetMeAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(me.Username))
            {
                throw new TelegramStartupException("Telegram getMe returned no username; the bot cannot recognise commands or mentions.");
            }

            return me;
        }
        catch (TelegramApiException ex) when (ex.ErrorCode is 401 or 404)
        {
            // 404 is what the Bot API answers for a token that is not even well-formed.
            throw new TelegramStartupException(
                $"Telegram rejected the bot token ({ex.ErrorCode} from getMe). Check the Telegram:Token setting (environment variable Telegram__Token).",
                ex);
        }
        catch (TelegramApiException ex)
        {
            throw new TelegramStartupException($"Telegram getMe failed, so the bot cannot start: {ex.Message}", ex);
        }
    }
}
