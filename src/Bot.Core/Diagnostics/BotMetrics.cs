using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Core.Diagnostics;

/// <summary>
/// The bot's counters and latency histogram on a <see cref="Meter"/> named <see cref="MeterName"/>;
/// adapters record through it and the host exports it (Prometheus text on <c>/metrics</c>).
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "Bot";

    private readonly Meter _meter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _rateLimited;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _questions = _meter.CreateCounter<long>("bot_questions", description: "Questions handled, by platform and outcome.");
        _latency = _meter.CreateHistogram<double>("bot_answer_latency", unit: "s", description: "Time to answer a question.");
        _errors = _meter.CreateCounter<long>("bot_errors", description: "Failures while handling an update or event.");
        _rateLimited = _meter.CreateCounter<long>("bot_rate_limited", description: "429 responses received from a platform.");
    }

    /// <summary>Records one handled question: <paramref name="platform"/> is e.g. "telegram", "discord", "console".</summary>
    public void QuestionAnswered(string platform, bool abstained, TimeSpan latency)
    {
        var tags = new TagList { { "platform", platform }, { "outcome", abstained ? "abstained" : "answered" } };
        _questions.Add(1, tags);
        _latency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));
    }

    public void Error(string platform) => _errors.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Dispose() => _meter.Dispose();
}
