namespace Bot.Telegram.Tests.Fakes;

/// <summary>A clock that moves only when the test advances it (for pacing arithmetic; no timers).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
