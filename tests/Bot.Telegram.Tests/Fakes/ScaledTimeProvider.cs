using System.Collections.Concurrent;

namespace Bot.Telegram.Tests.Fakes;

/// <summary>
/// The system clock, but every timer (Task.Delay) runs <see cref="Factor"/> times as long and is recorded, so tests can
/// check that a retry_after of 7 s was honoured without waiting 7 s.
/// </summary>
public sealed class ScaledTimeProvider(double factor = 0.01) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public double Factor { get; } = factor;

    public IReadOnlyList<TimeSpan> RequestedDelays => [.. _delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            _delays.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, Scale(dueTime), Scale(period));
    }

    private TimeSpan Scale(TimeSpan time) =>
        time <= TimeSpan.Zero || time == Timeout.InfiniteTimeSpan ? time : TimeSpan.FromTicks((long)(time.Ticks * Factor));
}
