using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Fakes;

/// <summary>One log entry: the formatted message, the exception's full text and the raw state.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? Exception, string? State)
{
    public string AllText => $"{Message}\n{Exception}\n{State}";
}
