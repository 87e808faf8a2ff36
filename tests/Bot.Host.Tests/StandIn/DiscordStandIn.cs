using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.StandIn;

/// <summary>
/// A Discord stand-in on 127.0.0.1 (port 0) for the host running as a child process. REST under <c>/api/v10</c>:
/// gateway URL, current application, command overwrite, messages (one can be answered 429), typing, interaction
/// callbacks and <c>@original</c> edits. A WebSocket gateway: Hello, READY on Identify, heartbeat ACKs, op 7 on demand,
/// Resume (missed dispatches replayed, then RESUMED). Every call and every frame, either way, is recorded.
/// </summary>
public sealed partial class DiscordStandIn : IAsyncDisposable
{
    public const string BotUserId = "424242424242424242";
    public const string ApplicationId = "515151515151515151";
    public const string SessionId = "stand-in-session-1";

    /// <summary>Short, so a test sees several heartbeats within a second or two.</summary>
    public const int HeartbeatIntervalMs = 300;

    /// <summary>The wait a 429 asks for, in seconds.</summary>
    public const double RetryAfterSeconds = 0.5;

    private readonly Lock _gate = new();
    private readonly List<DiscordRequest> _requests = [];
    private readonly List<GatewayFrame> _frames = [];

    // Dispatches the test sent (not READY/RESUMED), kept to replay on Resume as Discord does.
    private readonly List<JsonObject> _dispatches = [];

    // One send at a time over every socket; also orders "switch the current connection" against new dispatches.
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly string _token;
    private TaskCompletionSource _changed = NewSignal();
    private long _nextRecord;
    private long _dispatchSequence;
    private int _connections;
    private int _pendingTooManyRequests;
    private int _nextMessageId = 900_000;
    private GatewayConnection? _current;
    private WebApplication? _app;

    private DiscordStandIn(string token) => _token = token;

    /// <summary>The REST base, as <c>Discord__ApiBaseUrl</c> wants it: <c>http://127.0.0.1:port/api/v10</c>.</summary>
    public string ApiBaseUrl { get; private set; } = "";

    /// <summary>What <c>GET /gateway/bot</c> returns.</summary>
    public string GatewayUrl { get; private set; } = "";

    /// <summary>READY's <c>resume_gateway_url</c>: this same stand-in, on a path of its own so a test sees where the bot resumed.</summary>
    public string ResumeGatewayUrl { get; private set; } = "";

    public IReadOnlyList<DiscordRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<GatewayFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>How many requests and frames were recorded so far: a mark to look for what comes after it.</summary>
    public long Mark
    {
        get
        {
            lock (_gate)
            {
                return _nextRecord;
            }
        }
    }

    /// <summary>The sequence number of the last dispatch sent (READY and RESUMED included).</summary>
    public long LastDispatchSequence => Interlocked.Read(ref _dispatchSequence);

    public static async Task<DiscordStandIn> StartAsync(string token)
    {
        var standIn = new DiscordStandIn(token);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;
        standIn.ApiBaseUrl = $"http://127.0.0.1:{port}/api/v10";
        standIn.GatewayUrl = $"ws://127.0.0.1:{port}/gateway";
        standIn.ResumeGatewayUrl = $"ws://127.0.0.1:{port}/resume";
        standIn._app = app;
        return standIn;
    }

    /// <summary>The next message POST is answered 429 with <c>retry_after</c> and the <c>X-RateLimit-*</c> headers.</summary>
    public void AnswerNextMessageWithTooManyRequests() => Interlocked.Increment(ref _pendingTooManyRequests);

    /// <summary>
    /// Sends a dispatch (op 0) with the next sequence number on the current connection; kept for replay, so a
    /// dispatch the bot misses while it reconnects arrives after its Resume. Returns the sequence number.
    /// </summary>
    public async Task<long> DispatchAsync(string eventName, JsonObject data)
    {
        await _sendLock.WaitAsync();
        try
        {
            var payload = new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = Interlocked.Increment(ref _dispatchSequence), ["t"] = eventName };
            lock (_gate)
            {
                _dispatches.Add(payload);
            }

            if (_current is { } connection)
            {
                await TrySendLockedAsync(connection, payload);
            }

            return payload["s"]!.GetValue<long>();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends op 7 Reconnect on the current connection, as Discord does before it moves a session; waits (10 s at
    /// most) for one if the bot is between connections.
    /// </summary>
    public async Task SendReconnectAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            await _sendLock.WaitAsync();
            try
            {
                if (_current is { } connection)
                {
                    await TrySendLockedAsync(connection, new JsonObject { ["op"] = 7, ["d"] = null });
                    return;
                }
            }
            finally
            {
                _sendLock.Release();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No gateway connection to send op 7 on. The stand-in saw:\n{Describe()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    public Task<DiscordRequest> WaitForRequestAsync(Func<DiscordRequest, bool> predicate, string what, TimeSpan? timeout = null) =>
        WaitForAsync(() => Requests.FirstOrDefault(predicate), what, timeout);

    public Task<GatewayFrame> WaitForFrameAsync(Func<GatewayFrame, bool> predicate, string what, TimeSpan? timeout = null) =>
        WaitForAsync(() => Frames.FirstOrDefault(predicate), what, timeout);

    /// <summary>Waits (10 s unless told) until <paramref name="probe"/> finds something; fails naming <paramref name="what"/> and what did arrive.</summary>
    public async Task<T> WaitForAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            // Taken before probing: whatever arrives after the probe completes this task.
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (probe() is { } found)
            {
                return found;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The Discord stand-in never saw {what}. It saw:\n{Describe()}");
            }

            await Task.WhenAny(changed, Task.Delay(remaining));
        }
    }

    /// <summary>Every request and frame so far, one line each, for failure messages.</summary>
    public string Describe() =>
        string.Join('\n', Requests.Select(r => (r.Sequence, $"{r.Sequence} REST {r.Method} {r.Path} → {r.Status} {r.Body?.ToJsonString()}"))
            .Concat(Frames.Where(f => f.Op is not (1 or 11)).Select(f => (f.Sequence, $"{f.Sequence} WS#{f.Connection} {(f.FromBot ? "bot→" : "→bot")} {f.Payload.ToJsonString()}")))
            .OrderBy(line => line.Sequence)
            .Select(line => line.Item2));

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _sendLock.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path is "/gateway" or "/resume")
        {
            await RunGatewayAsync(context, path);
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        var route = path.StartsWith("/api/v10/", StringComparison.Ordinal) ? path["/api/v10".Length..] : path;
        var (status, body) = Route(context.Request.Method, route, context.Request.Headers.Authorization.ToString());
        Record(sequence => new DiscordRequest(
            sequence,
            context.Request.Method,
            route,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.UserAgent.ToString(),
            string.IsNullOrWhiteSpace(raw) ? null : JsonNode.Parse(raw),
            status));

        AddRateLimitHeaders(context.Response, route, status);
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
    }

    private (int Status, string? Body) Route(string method, string path, string authorization)
    {
        if (authorization != "Bot " + _token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""");
        }

        return method switch
        {
            "GET" when path == "/gateway/bot" =>
                (200, $$"""{"url":"{{GatewayUrl}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":86400000,"max_concurrency":1} }"""),
            "GET" when path == "/oauth2/applications/@me" =>
                (200, $$"""{"id":"{{ApplicationId}}","name":"Departures","bot_public":true,"bot_require_code_grant":false}"""),
            "PUT" when CommandsPath().Match(path) is { Success: true } commands && commands.Groups["app"].Value == ApplicationId => (200, "[]"),
            "POST" when MessagesPath().Match(path) is { Success: true } messages => CreateMessage(messages.Groups["channel"].Value),
            "POST" when TypingPath().IsMatch(path) => (204, null),
            "POST" when CallbackPath().IsMatch(path) => (204, null),
            "PATCH" when OriginalPath().Match(path) is { Success: true } original && original.Groups["app"].Value == ApplicationId =>
                (200, $$"""{"id":"{{Interlocked.Increment(ref _nextMessageId)}}"}"""),
            _ => (404, """{"message":"404: Not Found","code":0}"""),
        };
    }

    private (int, string?) CreateMessage(string channelId)
    {
        var pending = Volatile.Read(ref _pendingTooManyRequests);
        if (pending > 0 && Interlocked.CompareExchange(ref _pendingTooManyRequests, pending - 1, pending) == pending)
        {
            return (429, string.Create(CultureInfo.InvariantCulture, $$"""{"message":"You are being rate limited.","retry_after":{{RetryAfterSeconds}},"global":false}"""));
        }

        return (200, $$"""{"id":"{{Interlocked.Increment(ref _nextMessageId)}}","channel_id":"{{channelId}}","type":0}""");
    }

    private static void AddRateLimitHeaders(HttpResponse response, string path, int status)
    {
        if (status == 401 || path == "/gateway/bot")
        {
            return;
        }

        var headers = response.Headers;
        var resetAfter = status == 429 ? RetryAfterSeconds : 1.0;
        headers["X-RateLimit-Limit"] = "5";
        headers["X-RateLimit-Remaining"] = status == 429 ? "0" : "4";
        headers["X-RateLimit-Reset"] = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + resetAfter).ToString("F3", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.ToString("F3", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = "stand-in-" + path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        if (status == 429)
        {
            headers["X-RateLimit-Scope"] = "user";
            headers.RetryAfter = Math.Ceiling(RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }

    private async Task RunGatewayAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            // Recorded so a failure shows it; an accepted connection shows in its frames instead.
            Record(sequence => new DiscordRequest(sequence, context.Request.Method, path + context.Request.QueryString, null, context.Request.Headers.UserAgent.ToString(), null, 400));
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new GatewayConnection(socket, Interlocked.Increment(ref _connections), path);
        await SendAsync(connection, new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } });
        try
        {
            while (await ReceiveAsync(socket, context.RequestAborted) is { } payload)
            {
                var frame = Record(sequence => new GatewayFrame(sequence, connection.Number, path, FromBot: true, payload));
                switch (frame.Op)
                {
                    case 1:
                        await SendAsync(connection, new JsonObject { ["op"] = 11 });
                        break;
                    case 2:
                        await IdentifyAsync(connection, frame.Data);
                        break;
                    case 6:
                        await ResumeAsync(connection, frame.Data);
                        break;
                }
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The bot dropped the connection (reconnect, shutdown): that ends this connection.
        }
        finally
        {
            await _sendLock.WaitAsync();
            if (ReferenceEquals(_current, connection))
            {
                _current = null;
            }

            _sendLock.Release();
        }
    }

    private async Task IdentifyAsync(GatewayConnection connection, JsonNode? data)
    {
        if (data?["token"]?.GetValue<string>() != _token)
        {
            await connection.Socket.CloseOutputAsync((WebSocketCloseStatus)4004, "Authentication failed.", CancellationToken.None);
            return;
        }

        await _sendLock.WaitAsync();
        try
        {
            _current = connection;
            var ready = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "Departures", ["discriminator"] = "0", ["bot"] = true },
                ["guilds"] = new JsonArray(new JsonObject { ["id"] = DiscordEvents.GuildId, ["unavailable"] = true }),
                ["session_id"] = SessionId,
                ["resume_gateway_url"] = ResumeGatewayUrl,
                ["shard"] = new JsonArray(0, 1),
                ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
            };
            await SendLockedAsync(connection, new JsonObject { ["op"] = 0, ["d"] = ready, ["s"] = Interlocked.Increment(ref _dispatchSequence), ["t"] = "READY" });
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ResumeAsync(GatewayConnection connection, JsonNode? data)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (data?["token"]?.GetValue<string>() != _token || data["session_id"]?.GetValue<string>() != SessionId)
            {
                // Not resumable: the bot must Identify again.
                await SendLockedAsync(connection, new JsonObject { ["op"] = 9, ["d"] = false });
                return;
            }

            // Switched under the send lock: a dispatch is either in the replay below or sent on this connection after it.
            _current = connection;
            var after = data["seq"]?.GetValue<long>() ?? 0;
            List<JsonObject> missed;
            lock (_gate)
            {
                missed = [.. _dispatches.Where(d => d["s"]!.GetValue<long>() > after)];
            }

            foreach (var dispatch in missed)
            {
                await SendLockedAsync(connection, (JsonObject)dispatch.DeepClone());
            }

            await SendLockedAsync(connection, new JsonObject { ["op"] = 0, ["d"] = null, ["s"] = Interlocked.Increment(ref _dispatchSequence), ["t"] = "RESUMED" });
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task SendAsync(GatewayConnection connection, JsonObject payload)
    {
        await _sendLock.WaitAsync();
        try
        {
            await SendLockedAsync(connection, payload);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task SendLockedAsync(GatewayConnection connection, JsonObject payload)
    {
        Record(sequence => new GatewayFrame(sequence, connection.Number, connection.Path, FromBot: false, payload));
        await connection.Socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    private async Task TrySendLockedAsync(GatewayConnection connection, JsonObject payload)
    {
        try
        {
            await SendLockedAsync(connection, (JsonObject)payload.DeepClone());
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is going away; a dispatch stays in the log for the Resume to replay.
        }
    }

    private static async Task<JsonObject?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length))!.AsObject();
            }
        }
    }

    private T Record<T>(Func<long, T> create)
    {
        lock (_gate)
        {
            var record = create(_nextRecord++);
            switch (record)
            {
                case DiscordRequest request:
                    _requests.Add(request);
                    break;
                case GatewayFrame frame:
                    _frames.Add(frame);
                    break;
            }

            var previous = _changed;
            _changed = NewSignal();
            previous.TrySetResult();
            return record;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One accepted gateway WebSocket, numbered in order of arrival, with the path it came in on.</summary>
    private sealed record GatewayConnection(WebSocket Socket, int Number, string Path);

    [GeneratedRegex(@"^/channels/(?<channel>\d+)/messages$")]
    private static partial Regex MessagesPath();

    [GeneratedRegex(@"^/channels/\d+/typing$")]
    private static partial Regex TypingPath();

    [GeneratedRegex(@"^/applications/(?<app>\d+)(/guilds/\d+)?/commands$")]
    private static partial Regex CommandsPath();

    [GeneratedRegex(@"^/interactions/\d+/[^/]+/callback$")]
    private static partial Regex CallbackPath();

    [GeneratedRegex(@"^/webhooks/(?<app>\d+)/[^/]+/messages/@original$")]
    private static partial Regex OriginalPath();
}
