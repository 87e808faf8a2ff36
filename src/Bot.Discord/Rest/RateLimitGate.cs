using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.Rest;

/// <summary>
/// Holds requests back while Discord's rate limits say so: per bucket from the <c>X-RateLimit-*</c> headers,
/// and globally after a global 429. Shared, mutable state on purpose: every caller of the token shares the limits.
/// </summary>
public sealed class RateLimitGate(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, string> _routeToBucket = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private long _globalUntilTicks;

    /// <summary>Waits until a request on <paramref name="route"/> may go out.</summary>
    public async Task WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            var until = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero);
            if (route.BucketKey is not null && _buckets.TryGetValue(Resolve(route.BucketKey), out var bucket)
                && bucket.Remaining <= 0 && bucket.ResetAt > until)
            {
                until = bucket.ResetAt;
            }

            if (until <= now)
            {
                return;
            }

            await Task.Delay(until - now, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records what the response headers say about the route's bucket.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        if (route.BucketKey is null)
        {
            return;
        }

        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            // Routes Discord puts in one bucket share it, still split by their major parameter.
            _routeToBucket[route.BucketKey] = hash + "|" + MajorParameter(route.BucketKey);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            _buckets[Resolve(route.BucketKey)] = new BucketState(remaining, timeProvider.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
        }
    }

    /// <summary>
    /// Blocks the bucket, or every route when <paramref name="global"/>, for <paramref name="retryAfter"/>.
    /// Returns false when there is no bucket to block (untracked route): the caller waits itself.
    /// </summary>
    public bool Block(DiscordRoute route, bool global, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(route);
        var until = timeProvider.GetUtcNow() + retryAfter;
        if (!global && route.BucketKey is null)
        {
            return false;
        }

        if (global)
        {
            long current;
            do
            {
                current = Interlocked.Read(ref _globalUntilTicks);
                if (until.UtcTicks <= current)
                {
                    return true;
                }
            }
            while (Interlocked.CompareExchange(ref _globalUntilTicks, until.UtcTicks, current) != current);
            return true;
        }

        _buckets[Resolve(route.BucketKey!)] = new BucketState(0, until);
        return true;
    }

    private string Resolve(string bucketKey) => _routeToBucket.TryGetValue(bucketKey, out var shared) ? shared : bucketKey;

    private static string MajorParameter(string bucketKey)
    {
        var parts = bucketKey.Split('/');
        return parts.Length > 1 ? parts[1] : "";
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed record BucketState(int Remaining, DateTimeOffset ResetAt);
}
