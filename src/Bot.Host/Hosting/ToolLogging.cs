using Microsoft.Extensions.Logging;

namespace Bot.Host.Hosting;

/// <summary>
/// Logging for the command-line tools and the console chat: warnings and worse, on standard error, so standard
/// output carries only what the command prints (eval's JSON lines, ask's answer).
/// </summary>
public static class ToolLogging
{
    public static void Apply(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddSimpleConsole(options => options.SingleLine = true);
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
