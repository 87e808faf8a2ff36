using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Tests.StandIn;

/// <summary>
/// A stand-in Bot API server on 127.0.0.1 (port 0): getMe, long-polling getUpdates that honours offset and timeout,
/// sendMessage, sendChatAction, setMyCommands, deleteWebhook, setWebhook, answerInlineQuery, answerCallbackQuery.
/// It records every request and can answer the next call of a method with an injected fault (429, 5xx, garbage).
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "424242:SECRET-token_value-XYZ";
    public const long BotId = 4242;
    public const string BotUsername = "DeparturesBot";

    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(long? Id, string Json, bool IgnoreOffset)> _updates = [];
    private readonly Dictionary<string, Queue<InjectedFault>> _faults = [];
    private TaskCompletionSource _changed = NewSignal();
    private long _confirmedOffset;
    private int _nextMessageId = 10_000;
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>When set, every call answers 401 (a revoked or wrong token).</summary>
    public bool RejectToken { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Sent => Requests.Where(r => r.Method == "sendMessage").ToList();

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var server = new FakeBotApiServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Map("/bot{token}/{method}", (Delegate)server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address);
        server._app = app;
        return server;
    }

    /// <summary>Queues an update for getUpdates (kept until an offset confirms it).</summary>
    public void Enqueue(JsonObject update) => EnqueueRaw(update.ToJsonString(), update["update_id"]?.GetValue<long>());

    /// <summary>Queues raw update JSON, possibly malformed; with <paramref name="ignoreOffset"/> it is served once even if already confirmed.</summary>
    public void EnqueueRaw(string json, long? id, bool ignoreOffset = false)
    {
        lock (_gate)
        {
            _updates.Add((id, json, ignoreOffset));
            Signal();
        }
    }

    /// <summary>The next call of <paramref name="method"/> gets this status and raw body instead of its normal answer.</summary>
    public void InjectRaw(string method, int status, string body)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<InjectedFault>();
            }

            queue.Enqueue(new InjectedFault(status, body));
        }
    }

    /// <summary>The next call of <paramref name="method"/> fails with a Bot API error envelope.</summary>
    public void InjectError(string method, int status, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        InjectRaw(method, status, body.ToJsonString());
    }

    /// <summary>Waits (10 s by default) for a request matching <paramref name="predicate"/>, already received or still to come.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> predicate, TimeSpan? timeout = null)
    {
        RecordedRequest? match = null;
        await WaitUntilAsync(requests => (match = requests.FirstOrDefault(predicate)) is not null, timeout);
        return match!;
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the requests received so far.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<RecordedRequest>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition(_requests))
                {
                    return;
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException("The stand-in did not receive the expected requests. Received: "
                    + string.Join(", ", Requests.Select(r => r.Method + " " + r.Body.ToJsonString())));
            }

            await Task.WhenAny(changed, Task.Delay(remaining));
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> sendMessage calls arrived.</summary>
    public Task WaitForSentCountAsync(int count) =>
        WaitUntilAsync(requests => requests.Count(r => r.Method == "sendMessage") >= count);

    public Task<RecordedRequest> WaitForSentAsync(Func<RecordedRequest, bool> predicate) =>
        WaitForAsync(r => r.Method == "sendMessage" && predicate(r));

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(context.RequestAborted);
        var body = string.IsNullOrWhiteSpace(raw) ? new JsonObject() : JsonNode.Parse(raw)?.AsObject() ?? new JsonObject();
        InjectedFault? fault = null;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(_requests.Count, method, token, body, context.Request.ContentLength, context.Request.ContentType));
            if (_faults.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                fault = queue.Dequeue();
            }

            Signal();
        }

        if (RejectToken || token != Token)
        {
            await WriteAsync(context, 401, """{"ok":false,"error_code":401,"description":"Unauthorized"}""");
            return;
        }

        if (fault is not null)
        {
            await WriteAsync(context, fault.Status, fault.Body);
            return;
        }

        switch (method)
        {
            case "getMe":
                await WriteOkAsync(context, new JsonObject
                {
                    ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Departures", ["username"] = BotUsername,
                });
                break;
            case "getUpdates":
                await WriteOkAsync(context, await GetUpdatesAsync(body, context.RequestAborted));
                break;
            case "sendMessage":
                var id = Interlocked.Increment(ref _nextMessageId);
                await WriteOkAsync(context, new JsonObject
                {
                    ["message_id"] = id,
                    ["date"] = 1_700_000_000,
                    ["chat"] = new JsonObject { ["id"] = body["chat_id"]?.DeepClone(), ["type"] = "private" },
                    ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Departures" },
                    ["text"] = body["text"]?.DeepClone(),
                });
                break;
            case "sendChatAction" or "setMyCommands" or "deleteWebhook" or "setWebhook" or "answerInlineQuery" or "answerCallbackQuery":
                await WriteOkAsync(context, JsonValue.Create(true));
                break;
            default:
                await WriteAsync(context, 404, """{"ok":false,"error_code":404,"description":"Not Found: method not found"}""");
                break;
        }
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<long>();
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (offset is { } confirmed && confirmed > _confirmedOffset)
                {
                    // Like Telegram: an offset confirms, and forgets, every update below it.
                    _confirmedOffset = confirmed;
                    _updates.RemoveAll(u => !u.IgnoreOffset && u.Id is { } id && id < confirmed);
                }

                if (_updates.Count > 0)
                {
                    var batch = _updates.ToList();
                    // Updates without a readable id and forced repeats are served once; the rest until confirmed.
                    _updates.RemoveAll(u => u.IgnoreOffset || u.Id is null);
                    var array = new JsonArray();
                    foreach (var update in batch)
                    {
                        array.Add(JsonNode.Parse(update.Json));
                    }

                    return array;
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return new JsonArray();
            }

            await Task.WhenAny(changed, Task.Delay(remaining, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static Task WriteOkAsync(HttpContext context, JsonNode result) =>
        WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
