using Bot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Heartbeats for one connection: first beat after interval × jitter, then every interval; a beat not acknowledged
/// by the next one marks the connection a zombie, which is closed so the client resumes elsewhere.
/// </summary>
internal sealed partial class GatewayHeartbeat(
    GatewayConnection connection,
    Func<long?> lastSequence,
    TimeSpan interval,
    TimeProvider timeProvider,
    Random random,
    ILogger logger)
{
    private volatile bool _acknowledged = true;
    private volatile bool _zombie;

    /// <summary>True once the loop gave up on the connection.</summary>
    public bool Zombie => _zombie;

    /// <summary>Op 11 arrived.</summary>
    public void Acknowledge() => _acknowledged = true;

    /// <summary>Sends a beat now (op 1 from Discord asks for one).</summary>
    public Task BeatAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(new HeartbeatCommand(GatewayOpCode.Heartbeat, lastSequence()), DiscordJsonContext.Default.HeartbeatCommand, cancellationToken);

    /// <summary>Beats until <paramref name="connectionLifetime"/> is cancelled; cancels it itself on a zombie.</summary>
    public async Task RunAsync(CancellationTokenSource connectionLifetime)
    {
        ArgumentNullException.ThrowIfNull(connectionLifetime);
        double jitter;
        lock (random)
        {
            jitter = random.NextDouble();
        }

        var token = connectionLifetime.Token;
        await Task.Delay(interval * jitter, timeProvider, token).ConfigureAwait(false);
        while (!token.IsCancellationRequested)
        {
            if (!_acknowledged)
            {
                // No ACK since the last beat: the connection is dead even if TCP does not know yet.
                _zombie = true;
                LogZombie(logger);
                await connection.CloseForResumeAsync(CancellationToken.None).ConfigureAwait(false);
                await connectionLifetime.CancelAsync().ConfigureAwait(false);
                return;
            }

            _acknowledged = false;
            await BeatAsync(token).ConfigureAwait(false);
            await Task.Delay(interval, timeProvider, token).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Discord gateway: no heartbeat ACK since the last beat; dropping the connection to resume")]
    private static partial void LogZombie(ILogger logger);
}
