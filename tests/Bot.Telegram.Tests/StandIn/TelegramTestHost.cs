using System.Net;
using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Core.Ingestion;
using Bot.Telegram.Hosting;
using Bot.Telegram.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Tests.StandIn;

/// <summary>
/// The adapter as the host would run it (a WebApplication with <c>AddTelegram</c> and <c>MapTelegram</c> on
/// 127.0.0.1, port 0), pointed at a <see cref="FakeBotApiServer"/>, with fakes for the core and a scaled clock.
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _started;

    private TelegramTestHost(WebApplication app, FakeQuestionAnswerer answerer, CapturingLoggerProvider logs, ScaledTimeProvider time)
    {
        _app = app;
        Answerer = answerer;
        Logs = logs;
        Time = time;
    }

    public FakeQuestionAnswerer Answerer { get; }

    public CapturingLoggerProvider Logs { get; }

    public ScaledTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Builds the host; <see cref="StartAsync"/> starts it (separately, so start-up failures can be asserted).</summary>
    public static TelegramTestHost Create(
        FakeBotApiServer server, IDictionary<string, string?>? settings = null, FakeQuestionAnswerer? answerer = null, double timeFactor = 0.01)
    {
        ArgumentNullException.ThrowIfNull(server);
        var builder = WebApplication.CreateSlimBuilder();
        var configuration = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var time = new ScaledTimeProvider(timeFactor);
        answerer ??= new FakeQuestionAnswerer();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<IQuestionAnswerer>(answerer);
        builder.Services.AddSingleton<IDocumentCatalog, FakeDocumentCatalog>();
        builder.Services.AddTelegram(builder.Configuration);
        var app = builder.Build();
        app.MapTelegram();
        return new TelegramTestHost(app, answerer, logs, time);
    }

    public static async Task<TelegramTestHost> StartAsync(
        FakeBotApiServer server, IDictionary<string, string?>? settings = null, FakeQuestionAnswerer? answerer = null, double timeFactor = 0.01)
    {
        var host = Create(server, settings, answerer, timeFactor);
        await host.StartAsync();
        return host;
    }

    /// <summary>Stops the host as SIGTERM would.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async Task StartAsync()
    {
        await _app.StartAsync();
        _started = true;
    }

    public async ValueTask DisposeAsync()
    {
        // Release a gated answer so shutdown is not held up by it.
        Answerer.Gate?.TrySetResult();
        if (_started)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
    }
}
