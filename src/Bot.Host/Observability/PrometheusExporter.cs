using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Bot.Core.Diagnostics;

namespace Bot.Host.Observability;

/// <summary>
/// Listens to the bot's <see cref="Meter"/> and renders it in the Prometheus text format for <c>/metrics</c>
/// (the OpenTelemetry Prometheus exporter is not available from the package source here).
/// Counters become <c>_total</c> series; the latency histogram gets cumulative buckets, <c>_sum</c> and <c>_count</c>.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), Series> _series = new();
    private readonly ConcurrentDictionary<string, (string Type, string? Description)> _metadata = new();

    public PrometheusExporter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var group in _series.GroupBy(pair => pair.Key.Name).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var (type, description) = _metadata[group.Key];
            text.Append(CultureInfo.InvariantCulture, $"# HELP {group.Key} {description}\n# TYPE {group.Key} {type}\n");
            foreach (var (key, series) in group.OrderBy(pair => pair.Key.Labels, StringComparer.Ordinal))
            {
                series.Render(text, group.Key, key.Labels);
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var histogram = instrument is Histogram<double>;
        var name = Name(instrument, histogram);
        _metadata.TryAdd(name, (histogram ? "histogram" : "counter", instrument.Description));
        var series = _series.GetOrAdd((name, Labels(tags)), _ => new Series(histogram));
        series.Add(value);
    }

    private static string Name(Instrument instrument, bool histogram)
    {
        var unit = instrument.Unit == "s" ? "_seconds" : string.Empty;
        return histogram ? instrument.Name + unit : instrument.Name + "_total";
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            pairs.Add($"{tag.Key}=\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join(',', pairs);
    }

    /// <summary>One labelled series; updates are rare (one per question), so a lock is simplest.</summary>
    private sealed class Series(bool histogram)
    {
        private readonly long[] _buckets = new long[Buckets.Length];
        private double _sum;
        private long _count;

        public void Add(double value)
        {
            lock (_buckets)
            {
                _sum += value;
                _count++;
                for (var i = 0; histogram && i < Buckets.Length; i++)
                {
                    if (value <= Buckets[i])
                    {
                        _buckets[i]++;
                    }
                }
            }
        }

        public void Render(StringBuilder text, string name, string labels)
        {
            lock (_buckets)
            {
                if (!histogram)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}{Braces(labels)} {_sum}\n");
                    return;
                }

                var prefix = labels.Length == 0 ? string.Empty : labels + ",";
                for (var i = 0; i < Buckets.Length; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{prefix}le=\"{Buckets[i]}\"}} {_buckets[i]}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{prefix}le=\"+Inf\"}} {_count}\n");
                text.Append(CultureInfo.InvariantCulture, $"{name}_sum{Braces(labels)} {_sum}\n");
                text.Append(CultureInfo.InvariantCulture, $"{name}_count{Braces(labels)} {_count}\n");
            }
        }

        private static string Braces(string labels) => labels.Length == 0 ? string.Empty : "{" + labels + "}";
    }
}
