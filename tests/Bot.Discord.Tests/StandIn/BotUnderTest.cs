using System.Net;
using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Core.Ingestion;
using Bot.Discord.Hosting;
using Bot.Discord.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.StandIn;

/// <summary>
/// The adapter hosted the way Bot.Host hosts it (a WebApplication calling AddDiscord / MapDiscord) against a
/// <see cref="DiscordStandIn"/>, with fakes for the core and a capturing logger; short timers for tests.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx.Gx-TEST.secret-token-value_do-not-log";

    private readonly WebApplication _app;

    private BotUnderTest(WebApplication app, CapturingLoggerProvider logs, FakeQuestionAnswerer answerer, Uri baseAddress)
    {
        _app = app;
        Logs = logs;
        Answerer = answerer;
        BaseAddress = baseAddress;
    }

    public CapturingLoggerProvider Logs { get; }

    public FakeQuestionAnswerer Answerer { get; }

    /// <summary>The bot's own HTTP listener (for the interactions endpoint).</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotUnderTest> StartAsync(
        DiscordStandIn standIn,
        IDictionary<string, string?>? settings = null,
        Random? random = null,
        FakeQuestionAnswerer? answerer = null,
        bool onlyRequiredSettings = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = standIn.ApiBaseUrl,
        };
        if (!onlyRequiredSettings)
        {
            config["Discord:ReconnectDelay"] = "00:00:00.050";
            config["Discord:MaxReconnectDelay"] = "00:00:00.500";
            config["Discord:RestRetryDelay"] = "00:00:00.020";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);

        answerer ??= new FakeQuestionAnswerer();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<IQuestionAnswerer>(answerer);
        builder.Services.AddSingleton<IDocumentCatalog, FakeDocumentCatalog>();
        if (random is not null)
        {
            builder.Services.AddSingleton(random);
        }

        builder.Services.AddDiscord(builder.Configuration);

        var app = builder.Build();
        app.MapDiscord();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotUnderTest(app, logs, answerer, new Uri(address));
    }

    /// <summary>Starts a stand-in and a bot, and waits for READY.</summary>
    public static async Task<(DiscordStandIn StandIn, BotUnderTest Bot)> StartReadyAsync(
        IDictionary<string, string?>? settings = null,
        Action<DiscordStandIn>? configure = null,
        Random? random = null,
        bool onlyRequiredSettings = false)
    {
        var standIn = await DiscordStandIn.StartAsync();
        configure?.Invoke(standIn);
        var bot = await StartAsync(standIn, settings, random, onlyRequiredSettings: onlyRequiredSettings);
        await DiscordStandIn.WaitUntilAsync(() => bot.IsReady, "READY");
        return (standIn, bot);
    }

    public bool IsReady => Health().Status == HealthStatus.Healthy;

    public HealthReport Health() =>
        _app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync().GetAwaiter().GetResult();

    /// <summary>Stops the host as SIGTERM would.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
