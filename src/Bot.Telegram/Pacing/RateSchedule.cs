namespace Bot.Telegram.Pacing;

/// <summary>
/// One rate limit as a generic cell rate algorithm: <c>limit</c> events per <c>window</c>, a burst of up to
/// <c>limit</c> allowed, then one per <c>window / limit</c>. Not thread-safe: callers hold their own lock.
/// </summary>
internal sealed class RateSchedule(int limit, TimeSpan window)
{
    private readonly TimeSpan _interval = window / Math.Max(1, limit);
    private readonly TimeSpan _tolerance = window - (window / Math.Max(1, limit));
    private DateTimeOffset _theoreticalArrival = DateTimeOffset.MinValue;

    /// <summary>The earliest time at or after <paramref name="now"/> when one more event conforms.</summary>
    public DateTimeOffset EarliestAt(DateTimeOffset now)
    {
        if (_theoreticalArrival == DateTimeOffset.MinValue)
        {
            return now;
        }

        var allowed = _theoreticalArrival - _tolerance;
        return allowed > now ? allowed : now;
    }

    /// <summary>Books one event at <paramref name="at"/> (which must be at or after <see cref="EarliestAt"/>).</summary>
    public void Commit(DateTimeOffset at) =>
        _theoreticalArrival = (_theoreticalArrival > at ? _theoreticalArrival : at) + _interval;

    /// <summary>True when the schedule has fully recovered by <paramref name="now"/> and can be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now) => _theoreticalArrival <= now;
}
