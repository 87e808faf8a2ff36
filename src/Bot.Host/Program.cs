using Bot.Core;
using Bot.Core.Evaluation;
using Bot.Discord.Hosting;
using Bot.Host.Cli;
using Bot.Host.ConsoleChat;
using Bot.Host.Hosting;
using Bot.Host.Observability;
using Bot.Telegram.Hosting;

// Composition root: which services each mode runs. Everything else lives in its feature's folder.
var hosts = new BotHostFactories(ComposeTool, ComposeChat, ComposeServer, AnyPlatformConfigured);
return await BotCommandLine.Create(hosts).Parse(args).InvokeAsync();

// One-shot commands (ask, sources, eval, ingest): the answering core alone.
static IHost ComposeTool(string[] args)
{
    var builder = CreateToolBuilder(args);
    builder.Services.AddSingleton<EvalRunner>();
    return builder.Build();
}

// The console chat a newcomer gets without platform tokens.
static IHost ComposeChat(string[] args)
{
    var builder = CreateToolBuilder(args);
    builder.Services.AddKnowledgeBaseLoading();
    builder.Services.AddConsoleChat();
    return builder.Build();
}

// The platform server: the core, every configured adapter, and one HTTP listener for webhooks, health and metrics.
static IHost ComposeServer(string[] args)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
    BotConfiguration.Apply(builder.Configuration, args);
    builder.WebHost.UseDefaultListener(builder.Configuration);
    builder.Services.AddGracefulShutdown();
    builder.Services.AddAnsweringCore();
    builder.Services.AddKnowledgeBaseLoading();
    builder.Services.AddObservability();
    var telegram = TelegramOptions.IsConfigured(builder.Configuration);
    if (telegram)
    {
        builder.Services.AddTelegram(builder.Configuration);
    }

    if (DiscordOptions.IsConfigured(builder.Configuration))
    {
        builder.Services.AddDiscord(builder.Configuration);
    }

    var app = builder.Build();
    app.MapObservability();
    if (telegram)
    {
        app.MapTelegram();
    }

    app.MapDiscord();
    return app;
}

static bool AnyPlatformConfigured(string[] args)
{
    var configuration = new ConfigurationManager();
    BotConfiguration.Apply(configuration, args);
    return TelegramOptions.IsConfigured(configuration) || DiscordOptions.IsConfigured(configuration);
}

static HostApplicationBuilder CreateToolBuilder(string[] args)
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, DisableDefaults = true });
    BotConfiguration.Apply(builder.Configuration, args);
    ToolLogging.Apply(builder.Logging);
    builder.Services.AddAnsweringCore();
    return builder;
}
