using System.Net.WebSockets;
using System.Text.Json;
using Bot.Discord.Hosting;
using Bot.Discord.Json;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// The Discord gateway (v10, JSON, no compression) over <see cref="ClientWebSocket"/>: Hello, heartbeats with
/// zombie detection, Identify or Resume, READY, and reconnects with back-off until a fatal close stops it.
/// </summary>
public sealed partial class GatewayClient(
    DiscordApi api,
    GatewayEventDispatcher dispatcher,
    DiscordSessionState state,
    SecretRedactor redactor,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    Random random,
    ILogger<GatewayClient> logger)
{
    /// <summary>How long the gateway may take to answer the bot's close frame on shutdown.</summary>
    private static readonly TimeSpan ShutdownCloseWait = TimeSpan.FromSeconds(2);

    private string? _sessionId;
    private string? _resumeUrl;

    // Written by the receive loop, read by the heartbeat loop; -1 means no dispatch seen yet.
    private long _sequence = -1;

    /// <summary>Runs until <paramref name="cancellationToken"/> fires or Discord closes with a fatal code.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        string? gatewayUrl = null;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            ConnectionOutcome outcome;
            try
            {
                var resume = _sessionId is not null && _resumeUrl is not null;
                if (!resume)
                {
                    // Asked before every Identify: the URL may change, and Identifies are budgeted per day.
                    gatewayUrl = await GatewayUrlWithinBudgetAsync(cancellationToken).ConfigureAwait(false);
                }

                outcome = await RunConnectionAsync(resume ? _resumeUrl! : gatewayUrl!, resume, cancellationToken).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (DiscordRestException exception) when (exception.StatusCode == System.Net.HttpStatusCode.Unauthorized)
            {
                outcome = new ConnectionOutcome(ReconnectAction.Stop, false, false,
                    "Discord rejected the bot token (401 on GET /gateway/bot). Copy the token from the developer portal (Bot → Reset Token) into Discord__Token and restart.");
            }
            catch (Exception exception) when (exception is WebSocketException or HttpRequestException or DiscordRestException or JsonException
                || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // A cancellation nobody asked for is an HttpClient timeout: a network failure like the others.
                LogConnectionFailed(logger, exception);
                outcome = new ConnectionOutcome(_sessionId is null ? ReconnectAction.Identify : ReconnectAction.Resume, false, false, "connection failed");
            }
            finally
            {
                state.IsReady = false;
            }

            if (outcome.Action == ReconnectAction.Stop)
            {
                state.FatalError = outcome.Reason;
                LogFatal(logger, outcome.Reason);
                return;
            }

            if (outcome.Action == ReconnectAction.Identify)
            {
                _sessionId = null;
                _resumeUrl = null;
                Interlocked.Exchange(ref _sequence, -1);
            }

            failures = outcome.WasReady ? 0 : failures;
            var delay = outcome.Immediate ? TimeSpan.Zero : Backoff(++failures);
            LogReconnecting(logger, outcome.Reason, outcome.Action, (long)delay.TotalMilliseconds);
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task<string> GatewayUrlWithinBudgetAsync(CancellationToken cancellationToken)
    {
        var gateway = await api.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        if (gateway.SessionStartLimit is { Remaining: <= 0, ResetAfter: > 0 } limit)
        {
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            LogIdentifyBudgetSpent(logger, limit.Total, (long)wait.TotalMilliseconds);
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return gateway.Url;
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(string url, bool resume, CancellationToken cancellationToken)
    {
        using var connection = await GatewayConnection.ConnectAsync(url, cancellationToken).ConfigureAwait(false);

        // Not linked to the stop token: cancelling a pending receive aborts the socket. On stop the bot sends a
        // 1000 close instead, Discord answers it, and the receive ends; the cancel is only a fallback.
        using var lifetime = new CancellationTokenSource();
        using var onStop = cancellationToken.Register(() => _ = CloseForShutdownAsync(connection, lifetime));

        var hello = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        if (hello?.Op != GatewayOpCode.Hello || hello.D?.Deserialize(DiscordJsonContext.Default.HelloData) is not { HeartbeatInterval: > 0 } helloData)
        {
            return new ConnectionOutcome(ReconnectAction.Resume, false, false, "the gateway did not start with Hello");
        }

        var heartbeat = new GatewayHeartbeat(connection, LastSequence, TimeSpan.FromMilliseconds(helloData.HeartbeatInterval), timeProvider, random, logger);
        var heartbeatLoop = heartbeat.RunAsync(lifetime);
        var wasReady = false;
        try
        {
            await (resume ? SendResumeAsync(connection, lifetime.Token) : SendIdentifyAsync(connection, lifetime.Token)).ConfigureAwait(false);
            while (true)
            {
                var payload = await connection.ReceiveAsync(lifetime.Token).ConfigureAwait(false);
                if (payload is null)
                {
                    return Closed(connection, wasReady);
                }

                switch (payload.Op)
                {
                    case GatewayOpCode.Dispatch:
                        wasReady |= OnDispatch(payload);
                        break;
                    case GatewayOpCode.Heartbeat:
                        await heartbeat.BeatAsync(lifetime.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        heartbeat.Acknowledge();
                        break;
                    case GatewayOpCode.Reconnect:
                        await connection.CloseForResumeAsync(cancellationToken).ConfigureAwait(false);
                        return new ConnectionOutcome(ReconnectAction.Resume, true, wasReady, "Discord asked to reconnect (op 7)");
                    case GatewayOpCode.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        await connection.CloseForResumeAsync(cancellationToken).ConfigureAwait(false);
                        return new ConnectionOutcome(resumable ? ReconnectAction.Resume : ReconnectAction.Identify, false, wasReady,
                            resumable ? "invalid session (op 9, resumable)" : "invalid session (op 9)");
                    default:
                        if (ReferenceEquals(payload, GatewayConnection.Malformed))
                        {
                            LogMalformedFrame(logger);
                        }

                        break;
                }
            }
        }
        catch (OperationCanceledException) when (heartbeat.Zombie && !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(ReconnectAction.Resume, true, wasReady, "no heartbeat ACK (zombie connection)");
        }
        catch (WebSocketException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogConnectionFailed(logger, exception);
            return new ConnectionOutcome(ReconnectAction.Resume, false, wasReady, "the connection dropped");
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            try
            {
                await heartbeatLoop.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // The loop ends with its connection; a send that failed on a dropped socket is part of that ending.
            }
        }
    }

    private static async Task CloseForShutdownAsync(GatewayConnection connection, CancellationTokenSource lifetime)
    {
        await connection.CloseForShutdownAsync().ConfigureAwait(false);
        lifetime.CancelAfter(ShutdownCloseWait);
    }

    private Task SendIdentifyAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var properties = new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "Bot.Discord", "Bot.Discord");
        var identify = new IdentifyCommand(GatewayOpCode.Identify, new IdentifyData(options.Value.Token, properties, (int)GatewayIntents.Bot));
        return connection.SendAsync(identify, DiscordJsonContext.Default.IdentifyCommand, cancellationToken);
    }

    private Task SendResumeAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        LogResuming(logger, _sessionId!);
        var resume = new ResumeCommand(GatewayOpCode.Resume, new ResumeData(options.Value.Token, _sessionId!, LastSequence()));
        return connection.SendAsync(resume, DiscordJsonContext.Default.ResumeCommand, cancellationToken);
    }

    private long? LastSequence()
    {
        var sequence = Interlocked.Read(ref _sequence);
        return sequence < 0 ? null : sequence;
    }

    /// <summary>Handles op 0; returns true for READY and RESUMED.</summary>
    private bool OnDispatch(GatewayPayload payload)
    {
        if (payload.S is { } sequence)
        {
            Interlocked.Exchange(ref _sequence, sequence);
        }

        switch (payload.T)
        {
            case "READY":
                var ready = payload.D?.Deserialize(DiscordJsonContext.Default.ReadyData);
                if (ready?.User?.Id is null || ready.SessionId is null || ready.ResumeGatewayUrl is null)
                {
                    throw new JsonException("READY lacks user.id, session_id or resume_gateway_url.");
                }

                _sessionId = ready.SessionId;
                _resumeUrl = ready.ResumeGatewayUrl;
                state.BotUserId = ready.User.Id;
                if (ready.Application?.Id is { Length: > 0 } applicationId)
                {
                    state.ApplicationId = applicationId;
                }

                state.IsReady = true;
                LogReady(logger, ready.User.Id, ready.SessionId);
                return true;
            case "RESUMED":
                state.IsReady = true;
                LogResumed(logger, _sessionId ?? "");
                return true;
            default:
                dispatcher.Dispatch(payload.T, payload.D);
                return false;
        }
    }

    private ConnectionOutcome Closed(GatewayConnection connection, bool wasReady)
    {
        var code = connection.CloseStatus;
        var action = GatewayCloseCodes.Classify(code);
        var reason = action == ReconnectAction.Stop
            ? GatewayCloseCodes.FatalMessage(code!.Value)
            : $"Discord closed the connection ({code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"}: {redactor.Redact(connection.CloseStatusDescription)})";
        return new ConnectionOutcome(action, false, wasReady, reason);
    }

    private TimeSpan Backoff(int failures)
    {
        var settings = options.Value;
        var exponential = settings.ReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = exponential > settings.MaxReconnectDelay ? settings.MaxReconnectDelay : exponential;
        double jitter;
        lock (random)
        {
            jitter = random.NextDouble();
        }

        // ±20 % so many bots cut off together do not come back together.
        return capped * (0.8 + (0.4 * jitter));
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Discord gateway READY as user {BotUserId}, session {SessionId}")]
    private static partial void LogReady(ILogger logger, string botUserId, string sessionId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Discord gateway resuming session {SessionId}")]
    private static partial void LogResuming(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Discord gateway RESUMED session {SessionId}")]
    private static partial void LogResumed(ILogger logger, string sessionId);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Discord gateway: {Reason}; next: {Action} in {DelayMs} ms")]
    private static partial void LogReconnecting(ILogger logger, string reason, ReconnectAction action, long delayMs);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Discord gateway connection failed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 17, Level = LogLevel.Warning, Message = "Discord gateway: skipped a frame that was not valid JSON")]
    private static partial void LogMalformedFrame(ILogger logger);

    [LoggerMessage(EventId = 18, Level = LogLevel.Warning, Message = "Discord gateway: all {Total} Identifies of the day are used; waiting {DelayMs} ms for the budget to reset")]
    private static partial void LogIdentifyBudgetSpent(ILogger logger, int total, long delayMs);

    [LoggerMessage(EventId = 16, Level = LogLevel.Critical, Message = "Discord adapter stopped: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
