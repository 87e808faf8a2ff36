using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Json;

namespace Bot.Discord.Gateway;

/// <summary>One gateway WebSocket: whole-frame JSON receive, serialized sends within Discord's frame size, resumable close.</summary>
internal sealed class GatewayConnection : IDisposable
{
    /// <summary>Discord drops a connection whose client sends larger frames.</summary>
    private const int MaxSendBytes = 4096;

    /// <summary>Not 1000/1001: those end the session, and the client wants to resume it.</summary>
    private const int ResumableCloseCode = 4000;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly byte[] _buffer = new byte[16 * 1024];

    private GatewayConnection()
    {
    }

    /// <summary>Stands for a frame that was not valid JSON: the caller logs and skips it, the connection stays.</summary>
    public static GatewayPayload Malformed { get; } = new(-1, null, null, null);

    /// <summary>The close code Discord sent, once <see cref="ReceiveAsync"/> returned null.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    /// <summary>Connects to <paramref name="url"/> with <c>?v=10&amp;encoding=json</c>.</summary>
    public static async Task<GatewayConnection> ConnectAsync(string url, CancellationToken cancellationToken)
    {
        var connection = new GatewayConnection();
        try
        {
            var uri = new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
            await connection._socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"A gateway frame of {bytes.Length} bytes exceeds Discord's {MaxSendBytes}.");
        }

        // ClientWebSocket allows one send at a time; heartbeats and replies to op 1 can overlap.
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads one whole frame; null when Discord closed the connection, <see cref="Malformed"/> for bad JSON.</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(_buffer, 0, result.Count);
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

    /// <summary>Closes so that the session stays resumable; failures are moot because the socket is dropped anyway.</summary>
    public Task CloseForResumeAsync(CancellationToken cancellationToken) =>
        CloseAsync((WebSocketCloseStatus)ResumableCloseCode, "reconnecting", cancellationToken);

    /// <summary>Closes with 1000 when the bot shuts down, so Discord ends the session and shows the bot offline at once.</summary>
    public Task CloseForShutdownAsync() => CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down", CancellationToken.None);

    private async Task CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            // A close frame is a send: it must not interleave with a heartbeat being written.
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Disposing the socket aborts whatever is left of it.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }
}
