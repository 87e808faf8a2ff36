using System.Collections.Concurrent;
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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.StandIn;

/// <summary>
/// A loopback Discord: REST under <c>/api/v10</c> and a WebSocket gateway (Hello, READY, heartbeat ACK, Resume),
/// recording every request and frame; tests push dispatches and inject faults (429, 5xx, close codes).
/// </summary>
public sealed partial class DiscordStandIn : IAsyncDisposable
{
    public const string BotUserId = "100000000000000001";
    public const string ApplicationId = "200000000000000002";
    public const string SessionId = "session-1";

    private readonly WebApplication _app;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private WebSocket? _socket;
    private int _connections;
    private int _messageCount;
    private long _sequence;

    private DiscordStandIn(WebApplication app) => _app = app;

    public string ApiBaseUrl { get; private set; } = "";

    public string GatewayUrl { get; private set; } = "";

    public string ResumeGatewayUrl { get; private set; } = "";

    /// <summary>Sent in Hello.</summary>
    public int HeartbeatIntervalMs { get; set; } = 5000;

    /// <summary>False to stop answering heartbeats (a zombie connection).</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>When set, the gateway closes with this code right after Identify.</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>Identifies left today, reported by <c>/gateway/bot</c> (reset after 100 ms when 0).</summary>
    public int SessionStartRemaining { get; set; } = 999;

    /// <summary>How many gateway connection attempts to refuse (503) before accepting one.</summary>
    public int RefuseGatewayConnections { get; set; }

    /// <summary>When true, every REST call gets 401 (a bad token).</summary>
    public bool RejectToken { get; set; }

    /// <summary>Statuses (429, 502…) the next message POSTs get, in order, before they succeed.</summary>
    public ConcurrentQueue<int> MessageFaults { get; } = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<RecordedFrame> Frames { get; } = new();

    /// <summary>The close statuses the bot sent when it closed a gateway connection.</summary>
    public ConcurrentQueue<int> ClientCloseStatuses { get; } = new();

    public int Connections => Volatile.Read(ref _connections);

    public IEnumerable<RecordedRequest> MessagePosts => Requests.Where(r => r.Method == "POST" && MessagesPath().IsMatch(r.Path));

    public static async Task<DiscordStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new DiscordStandIn(app);
        app.UseWebSockets();
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        standIn.ApiBaseUrl = $"http://127.0.0.1:{port}/api/v10";
        standIn.GatewayUrl = $"ws://127.0.0.1:{port}/gateway";
        standIn.ResumeGatewayUrl = $"ws://127.0.0.1:{port}/gateway-resume";
        return standIn;
    }

    /// <summary>Sends a dispatch (op 0) with the next sequence number on the current connection.</summary>
    public Task DispatchAsync(string eventName, string dataJson) =>
        SendAsync(new JsonObject
        {
            ["op"] = 0,
            ["t"] = eventName,
            ["s"] = Interlocked.Increment(ref _sequence),
            ["d"] = JsonNode.Parse(dataJson),
        });

    /// <summary>Sends a non-dispatch opcode (7 Reconnect, 9 Invalid Session, 1 Heartbeat request).</summary>
    public Task SendOpAsync(int op, JsonNode? data = null) => SendAsync(new JsonObject { ["op"] = op, ["d"] = data });

    /// <summary>Closes the current gateway connection with <paramref name="code"/>, as Discord does.</summary>
    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket!.CloseOutputAsync((WebSocketCloseStatus)code, "closed by stand-in", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends raw text as a frame (to test malformed input).</summary>
    public async Task SendRawAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket!.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test after <paramref name="timeoutSeconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _sendLock.Dispose();
    }

    private async Task SendAsync(JsonNode payload)
    {
        await SendRawAsync(payload.ToJsonString());
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == "/gateway" || context.Request.Path == "/gateway-resume")
        {
            await RunGatewayAsync(context);
            return;
        }

        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value!.Replace("/api/v10", "", StringComparison.Ordinal);
        var (status, response) = Route(context.Request.Method, path);
        Requests.Enqueue(new RecordedRequest(context.Request.Method, path, headers, body, status));
        context.Response.StatusCode = status;
        if (status == 429)
        {
            context.Response.Headers["Retry-After"] = "1";
            context.Response.Headers["X-RateLimit-Scope"] = "user";
        }
        else
        {
            context.Response.Headers["X-RateLimit-Limit"] = "5";
            context.Response.Headers["X-RateLimit-Remaining"] = "4";
            context.Response.Headers["X-RateLimit-Reset-After"] = "0.05";
            context.Response.Headers["X-RateLimit-Bucket"] = "stand-in-bucket";
        }

        if (response is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response);
        }
    }

    private (int Status, string? Body) Route(string method, string path)
    {
        if (RejectToken)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""");
        }

        return (method, path) switch
        {
            ("GET", "/gateway/bot") => (200, $$"""{"url":"{{GatewayUrl}}","shards":1,"session_start_limit":{"total":1000,"remaining":{{SessionStartRemaining}},"reset_after":100,"max_concurrency":1} }"""),
            ("GET", "/oauth2/applications/@me") => (200, $$"""{"id":"{{ApplicationId}}","name":"stand-in"}"""),
            ("PUT", _) when CommandsPath().IsMatch(path) => (200, "[]"),
            ("POST", _) when MessagesPath().IsMatch(path) => MessagePost(),
            ("POST", _) when TypingPath().IsMatch(path) => (204, null),
            ("POST", _) when CallbackPath().IsMatch(path) => (204, null),
            ("PATCH", _) when OriginalPath().IsMatch(path) => (200, """{"id":"300"}"""),
            _ => (404, """{"message":"Unknown route","code":0}"""),
        };
    }

    private (int, string?) MessagePost()
    {
        if (MessageFaults.TryDequeue(out var fault))
        {
            return fault == 429
                ? (429, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""")
                : (fault, """{"message":"upstream error","code":0}""");
        }

        return (200, $$"""{"id":"{{900 + Interlocked.Increment(ref _messageCount)}}"}""");
    }

    private async Task RunGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            context.Response.StatusCode = 400;
            return;
        }

        if (RefuseGatewayConnections > 0)
        {
            RefuseGatewayConnections--;
            context.Response.StatusCode = 503;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = Interlocked.Increment(ref _connections);
        var path = context.Request.Path.Value!;
        _socket = socket;
        await SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } });
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseStatuses.Enqueue((int?)result.CloseStatus ?? 0);
                    break;
                }

                var payload = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!;
                var frame = new RecordedFrame(connection, path, payload);
                Frames.Enqueue(frame);
                switch (frame.Op)
                {
                    case 1 when AcknowledgeHeartbeats:
                        await SendOpAsync(11);
                        break;
                    case 2 when CloseOnIdentify is { } code:
                        await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by stand-in", CancellationToken.None);
                        break;
                    case 2:
                        await DispatchAsync("READY", $$"""
                            {"v":10,"user":{"id":"{{BotUserId}}","username":"answer-bot","bot":true},"guilds":[],
                             "session_id":"{{SessionId}}","resume_gateway_url":"{{ResumeGatewayUrl}}","application":{"id":"{{ApplicationId}}"} }
                            """);
                        break;
                    case 6:
                        await DispatchAsync("RESUMED", "{}");
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The bot dropped the connection (zombie detection, shutdown): that ends this connection.
        }
    }

    [GeneratedRegex(@"^/channels/\d+/messages$")]
    private static partial Regex MessagesPath();

    [GeneratedRegex(@"^/channels/\d+/typing$")]
    private static partial Regex TypingPath();

    [GeneratedRegex(@"^/applications/\d+(/guilds/\d+)?/commands$")]
    private static partial Regex CommandsPath();

    [GeneratedRegex(@"^/interactions/\d+/[^/]+/callback$")]
    private static partial Regex CallbackPath();

    [GeneratedRegex(@"^/webhooks/\d+/[^/]+/messages/@original$")]
    private static partial Regex OriginalPath();
}
