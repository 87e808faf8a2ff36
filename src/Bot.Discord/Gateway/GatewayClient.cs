using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    /// <summary>Discord drops a connection whose client sends larger frames.</summary>
    private const int MaxSendBytes = 4096;

    private const int ReconnectCloseCode = 4000;

    /// <summary>Stands for a frame that was not valid JSON: it is logged and skipped, the connection stays.</summary>
    private static readonly GatewayPayload Malformed = new(-1, null, null, null);

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
            catch (Exception exception) when (exception is WebSocketException or HttpRequestException or DiscordRestException or JsonException)
            {
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
        using var socket = new ClientWebSocket();
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sendLock = new SemaphoreSlim(1, 1);
        await socket.ConnectAsync(GatewayUri(url), cancellationToken).ConfigureAwait(false);

        var hello = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
        if (hello?.Op != GatewayOpCode.Hello || hello.D?.Deserialize(DiscordJsonContext.Default.HelloData) is not { HeartbeatInterval: > 0 } helloData)
        {
            return new ConnectionOutcome(ReconnectAction.Resume, false, false, "the gateway did not start with Hello");
        }

        var heartbeat = new HeartbeatState();
        var interval = TimeSpan.FromMilliseconds(helloData.HeartbeatInterval);
        var heartbeatLoop = HeartbeatLoopAsync(socket, sendLock, heartbeat, interval, connection);
        var wasReady = false;
        try
        {
            if (resume)
            {
                var seq = Interlocked.Read(ref _sequence);
                await SendAsync(socket, sendLock, new ResumeCommand(GatewayOpCode.Resume, new ResumeData(options.Value.Token, _sessionId!, seq < 0 ? null : seq)),
                    DiscordJsonContext.Default.ResumeCommand, connection.Token).ConfigureAwait(false);
                LogResuming(logger, _sessionId!);
            }
            else
            {
                var identify = new IdentifyData(options.Value.Token, new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "Bot.Discord", "Bot.Discord"), (int)GatewayIntents.Bot);
                await SendAsync(socket, sendLock, new IdentifyCommand(GatewayOpCode.Identify, identify), DiscordJsonContext.Default.IdentifyCommand, connection.Token).ConfigureAwait(false);
            }

            while (true)
            {
                var payload = await ReceiveAsync(socket, connection.Token).ConfigureAwait(false);
                if (payload is null)
                {
                    return Closed(socket, wasReady);
                }

                switch (payload.Op)
                {
                    case GatewayOpCode.Dispatch:
                        wasReady |= OnDispatch(payload);
                        break;
                    case GatewayOpCode.Heartbeat:
                        await SendHeartbeatAsync(socket, sendLock, connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        heartbeat.Acknowledged = true;
                        break;
                    case GatewayOpCode.Reconnect:
                        await CloseQuietlyAsync(socket, cancellationToken).ConfigureAwait(false);
                        return new ConnectionOutcome(ReconnectAction.Resume, true, wasReady, "Discord asked to reconnect (op 7)");
                    case GatewayOpCode.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        await CloseQuietlyAsync(socket, cancellationToken).ConfigureAwait(false);
                        return new ConnectionOutcome(resumable ? ReconnectAction.Resume : ReconnectAction.Identify, false, wasReady,
                            resumable ? "invalid session (op 9, resumable)" : "invalid session (op 9)");
                    default:
                        if (ReferenceEquals(payload, Malformed))
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
            await connection.CancelAsync().ConfigureAwait(false);
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

    private async Task HeartbeatLoopAsync(ClientWebSocket socket, SemaphoreSlim sendLock, HeartbeatState heartbeat, TimeSpan interval, CancellationTokenSource connection)
    {
        double jitter;
        lock (random)
        {
            jitter = random.NextDouble();
        }

        await Task.Delay(interval * jitter, timeProvider, connection.Token).ConfigureAwait(false);
        while (!connection.IsCancellationRequested)
        {
            if (!heartbeat.Acknowledged)
            {
                // No ACK since the last beat: the connection is dead even if TCP does not know yet.
                heartbeat.Zombie = true;
                LogZombie(logger);
                await CloseQuietlyAsync(socket, CancellationToken.None).ConfigureAwait(false);
                await connection.CancelAsync().ConfigureAwait(false);
                return;
            }

            heartbeat.Acknowledged = false;
            await SendHeartbeatAsync(socket, sendLock, connection.Token).ConfigureAwait(false);
            await Task.Delay(interval, timeProvider, connection.Token).ConfigureAwait(false);
        }
    }

    private Task SendHeartbeatAsync(ClientWebSocket socket, SemaphoreSlim sendLock, CancellationToken cancellationToken)
    {
        var seq = Interlocked.Read(ref _sequence);
        return SendAsync(socket, sendLock, new HeartbeatCommand(GatewayOpCode.Heartbeat, seq < 0 ? null : seq), DiscordJsonContext.Default.HeartbeatCommand, cancellationToken);
    }

    private static async Task SendAsync<T>(ClientWebSocket socket, SemaphoreSlim sendLock, T payload, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A gateway frame of {bytes.Length} bytes exceeds Discord's {MaxSendBytes}.");
        }

        // ClientWebSocket allows one send at a time; heartbeats and replies to op 1 can overlap.
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Reads one whole frame; null when the server closed the connection.</summary>
    private static async Task<GatewayPayload?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                break;
            }
        }

        try
        {
            return JsonSerializer.Deserialize(message.GetBuffer().AsSpan(0, (int)message.Length), DiscordJsonContext.Default.GatewayPayload) ?? Malformed;
        }
        catch (JsonException)
        {
            return Malformed;
        }
    }

    private ConnectionOutcome Closed(ClientWebSocket socket, bool wasReady)
    {
        var code = (int?)socket.CloseStatus;
        var action = GatewayCloseCodes.Classify(code);
        var reason = action == ReconnectAction.Stop
            ? GatewayCloseCodes.FatalMessage(code!.Value)
            : $"Discord closed the connection ({code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"}: {redactor.Redact(socket.CloseStatusDescription)})";
        return new ConnectionOutcome(action, false, wasReady, reason);
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            // Not 1000/1001: those end the session, and the client wants to resume it.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync((WebSocketCloseStatus)ReconnectCloseCode, "reconnecting", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The socket is being dropped anyway; disposing it aborts what is left.
        }
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

    private static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    /// <summary>Per connection: whether the last beat was acknowledged, and whether the loop gave up on it.</summary>
    private sealed class HeartbeatState
    {
        private volatile bool _acknowledged = true;
        private volatile bool _zombie;

        public bool Acknowledged { get => _acknowledged; set => _acknowledged = value; }

        public bool Zombie { get => _zombie; set => _zombie = value; }
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

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Discord gateway: no heartbeat ACK since the last beat; dropping the connection to resume")]
    private static partial void LogZombie(ILogger logger);

    [LoggerMessage(EventId = 17, Level = LogLevel.Warning, Message = "Discord gateway: skipped a frame that was not valid JSON")]
    private static partial void LogMalformedFrame(ILogger logger);

    [LoggerMessage(EventId = 18, Level = LogLevel.Warning, Message = "Discord gateway: all {Total} Identifies of the day are used; waiting {DelayMs} ms for the budget to reset")]
    private static partial void LogIdentifyBudgetSpent(ILogger logger, int total, long delayMs);

    [LoggerMessage(EventId = 16, Level = LogLevel.Critical, Message = "Discord adapter stopped: {Reason}")]
    private static partial void LogFatal(ILogger logger, string reason);
}
