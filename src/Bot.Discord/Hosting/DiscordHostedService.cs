using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Hosting;

/// <summary>Registers the slash commands, then keeps the gateway connected until the host stops.</summary>
public sealed partial class DiscordHostedService(
    CommandRegistrar registrar,
    GatewayClient gateway,
    DiscordBackgroundWork background,
    DiscordSessionState state,
    IOptions<DiscordOptions> options,
    ILogger<DiscordHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await registrar.RegisterAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordRestException exception) when (exception.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            // A bad token fails every call: stop here rather than loop on 401s toward an IP ban.
            state.FatalError = exception.Message;
            LogStopped(logger, exception);
            return;
        }
        catch (Exception exception) when (exception is DiscordRestException or HttpRequestException
            || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            // Commands registered by an earlier start keep working: the gateway still runs.
            LogRegistrationFailed(logger, exception);
        }

        if (!options.Value.EnableGateway)
        {
            // HTTP interactions only: the token works (registration got through), which is all this instance needs.
            state.IsReady = true;
            LogGatewayDisabled(logger);
            return;
        }

        try
        {
            await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A bug in the gateway must not take the whole host (and the other adapters) down with it.
            state.FatalError = "The Discord gateway stopped on an unexpected error; see the log.";
            LogGatewayCrashed(logger, exception);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await background.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutdown's own deadline passed: answers still in flight are dropped.
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Critical, Message = "Discord adapter stopped: the token was rejected; set a valid Discord__Token")]
    private static partial void LogStopped(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Discord: gateway disabled (Discord:EnableGateway=false); serving HTTP interactions only")]
    private static partial void LogGatewayDisabled(ILogger logger);

    [LoggerMessage(EventId = 23, Level = LogLevel.Critical, Message = "Discord adapter stopped: the gateway failed unexpectedly")]
    private static partial void LogGatewayCrashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Discord: registering the slash commands failed; continuing with the gateway")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception);
}
