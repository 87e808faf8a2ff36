namespace Bot.Discord.Tests.Fakes;

/// <summary>A <see cref="Random"/> that always returns the same fraction, to pin heartbeat and back-off jitter.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
