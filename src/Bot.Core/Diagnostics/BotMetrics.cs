using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Diagnostics;

/// <summary>
/// The bot's counters and latency histogram on a <see cref="Meter"/> named <see cref="MeterName"/>;
/// adapters record through it and the host exports it (Prometheus text on <c>/metrics</c>).
/// </summary>
public sealed partial class BotMetrics : IDisposable
{
    public const string MeterName = "Bot";

    private readonly Meter _meter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _rateLimited;

    private readonly ILogger<BotMetrics> _logger;

    public BotMetrics(IMeterFactory meterFactory, ILogger<BotMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _logger = logger;
        _meter = meterFactory.Create(MeterName);
        _questions = _meter.CreateCounter<long>("bot_questions", description: "Questions handled, by platform and outcome.");
        _latency = _meter.CreateHistogram<double>("bot_answer_latency", unit: "s", description: "Time to answer a question.");
        _errors = _meter.CreateCounter<long>("bot_errors", description: "Failures while handling an update or event.");
        _rateLimited = _meter.CreateCounter<long>("bot_rate_limited", description: "429 responses received from a platform.");
    }

    /// <summary>
    /// Records one handled question (<paramref name="platform"/> is e.g. "telegram", "discord", "console") and logs
    /// the one line per question the operators read: platform, latency and abstention, never the question's text.
    /// </summary>
    public void QuestionAnswered(string platform, bool abstained, TimeSpan latency)
    {
        LogAnswered(_logger, platform, latency.TotalMilliseconds, abstained);
        var tags = new TagList { { "platform", platform }, { "outcome", abstained ? "abstained" : "answered" } };
        _questions.Add(1, tags);
        _latency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));
    }

    public void Error(string platform) => _errors.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Dispose() => _meter.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered a question on {Platform} in {LatencyMs:F1} ms (abstained: {Abstained})")]
    private static partial void LogAnswered(ILogger logger, string platform, double latencyMs, bool abstained);
}
