using System.Net;
using System.Text;
using System.Text.Json.Nodes;
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
/// A small Telegram Bot API stand-in on 127.0.0.1 (port 0) for the host running as a child process: getMe,
/// long-polling getUpdates that honours offset, sendMessage that can answer one 429, and "ok" for the rest.
/// Every call is recorded. Updates are raw JSON, so a test can also serve odd ones.
/// </summary>
public sealed class BotApiStandIn : IAsyncDisposable
{
    public const long BotId = 777_000;
    public const string BotUsername = "DeparturesBot";

    private readonly Lock _gate = new();
    private readonly List<StandInRequest> _requests = [];
    private readonly List<(long Id, string Json)> _updates = [];
    private readonly string _token;
    private TaskCompletionSource _changed = NewSignal();
    private long _confirmed;
    private int _pendingTooManyRequests;
    private volatile bool _conflict;
    private int _nextMessageId = 50_000;
    private WebApplication? _app;

    private BotApiStandIn(string token) => _token = token;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<StandInRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<BotApiStandIn> StartAsync(string token)
    {
        var standIn = new BotApiStandIn(token);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Map("/bot{token}/{method}", (Delegate)standIn.HandleAsync);
        await app.StartAsync();
        standIn.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        standIn._app = app;
        return standIn;
    }

    /// <summary>Queues an update for getUpdates; it is served until an offset above its id confirms it.</summary>
    public void Enqueue(long updateId, JsonNode update) => EnqueueRaw(updateId, update.ToJsonString());

    public void EnqueueRaw(long updateId, string json)
    {
        lock (_gate)
        {
            _updates.Add((updateId, json));
            Signal();
        }
    }

    /// <summary>The next sendMessage answers 429 with <c>retry_after</c> 1 s, as Telegram does when flooded.</summary>
    public void FailNextSendWithTooManyRequests() => Interlocked.Increment(ref _pendingTooManyRequests);

    /// <summary>
    /// While on, getUpdates answers 409 Conflict, as Telegram does when another instance polls the same token;
    /// a long poll in progress ends at once so the next one sees it.
    /// </summary>
    public bool Conflict
    {
        get => _conflict;
        set
        {
            _conflict = value;
            lock (_gate)
            {
                Signal();
            }
        }
    }

    /// <summary>Waits (10 s unless told) for a call matching <paramref name="predicate"/>.</summary>
    public async Task<StandInRequest> WaitForAsync(Func<StandInRequest, bool> predicate, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_requests.FirstOrDefault(predicate) is { } match)
                {
                    return match;
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The stand-in never received {what}. Received: "
                    + string.Join(" | ", Requests.Select(r => r.Method + " " + r.Body.ToJsonString())));
            }

            await Task.WhenAny(changed, Task.Delay(remaining));
        }
    }

    /// <summary>How many calls arrived so far: a mark to wait for calls after it.</summary>
    public int Mark
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>Waits for a message the bot sent (successfully or not) to <paramref name="chatId"/> after <paramref name="mark"/>.</summary>
    public Task<StandInRequest> WaitForSendAsync(long chatId, int mark) =>
        WaitForAsync(r => r.Sequence >= mark && r.Method == "sendMessage" && r.ChatId == chatId, $"a message to chat {chatId}");

    /// <summary>The messages sent to <paramref name="chatId"/> after <paramref name="mark"/>.</summary>
    public IReadOnlyList<StandInRequest> SentSince(long chatId, int mark) =>
        [.. Requests.Where(r => r.Sequence >= mark && r.Method == "sendMessage" && r.ChatId == chatId)];

    /// <summary>Waits until getUpdates confirmed every update up to <paramref name="updateId"/>, i.e. the bot is done with them.</summary>
    public Task WaitForConfirmedAsync(long updateId) =>
        WaitForAsync(r => r.Method == "getUpdates" && r.Body["offset"]?.GetValue<long>() > updateId, $"an offset confirming update {updateId}");

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
        lock (_gate)
        {
            _requests.Add(new StandInRequest(_requests.Count, method, token, body));
            Signal();
        }

        if (token != _token)
        {
            await WriteAsync(context, 401, """{"ok":false,"error_code":401,"description":"Unauthorized"}""");
            return;
        }

        switch (method)
        {
            case "getMe":
                await WriteOkAsync(context, new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Departures", ["username"] = BotUsername });
                break;
            case "getUpdates" when _conflict:
                await WriteAsync(context, 409, """{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request"}""");
                break;
            case "getUpdates":
                await WriteOkAsync(context, await GetUpdatesAsync(body, context.RequestAborted));
                break;
            case "sendMessage" when TryTakeTooManyRequests():
                await WriteAsync(context, 429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""");
                break;
            case "sendMessage":
                await WriteOkAsync(context, new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                    ["date"] = 1_700_000_000,
                    ["chat"] = new JsonObject { ["id"] = body["chat_id"]?.DeepClone(), ["type"] = "private" },
                    ["text"] = body["text"]?.DeepClone(),
                });
                break;
            default:
                await WriteOkAsync(context, JsonValue.Create(true));
                break;
        }
    }

    private bool TryTakeTooManyRequests()
    {
        var pending = Volatile.Read(ref _pendingTooManyRequests);
        return pending > 0 && Interlocked.CompareExchange(ref _pendingTooManyRequests, pending - 1, pending) == pending;
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<long>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (offset is { } confirmed && confirmed > _confirmed)
                {
                    _confirmed = confirmed;
                    _updates.RemoveAll(update => update.Id < confirmed);
                }

                if (_updates.Count > 0)
                {
                    return new JsonArray([.. _updates.Select(update => JsonNode.Parse(update.Json))]);
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || _conflict)
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

    // Called under _gate: wakes every waiter (long polls and test waits) once.
    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
