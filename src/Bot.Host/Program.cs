using Bot.Core;
using Bot.Core.Evaluation;
using Bot.Host.Cli;
using Bot.Host.ConsoleChat;
using Bot.Host.Hosting;

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

// The platform server: the core, every configured adapter, and one HTTP listener.
static IHost ComposeServer(string[] args)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
    BotConfiguration.Apply(builder.Configuration, args);
    builder.Services.AddAnsweringCore();
    builder.Services.AddKnowledgeBaseLoading();
    var app = builder.Build();
    return app;
}

static bool AnyPlatformConfigured(string[] args)
{
    var configuration = new ConfigurationManager();
    BotConfiguration.Apply(configuration, args);
    return false;
}

static HostApplicationBuilder CreateToolBuilder(string[] args)
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, DisableDefaults = true });
    BotConfiguration.Apply(builder.Configuration, args);
    ToolLogging.Apply(builder.Logging);
    builder.Services.AddAnsweringCore();
    return builder;
}
