namespace Bot.Core.Normalization;

/// <summary>
/// Traditional ↔ Simplified conversion for the whole core. T→S is needed for every fold and loads at once;
/// the larger S→T tables load on first use (only Traditional replies need them) or on <see cref="WarmUp"/>.
/// </summary>
public sealed class ChineseScripts
{
    private readonly ChineseConverter _toSimplified = ChineseConverter.TraditionalToSimplified();
    private readonly Lazy<ChineseConverter> _toTraditional = new(ChineseConverter.SimplifiedToTraditional);

    public string ToSimplified(string text) => _toSimplified.Convert(text);

    public string ToTraditional(string text) => _toTraditional.Value.Convert(text);

    /// <summary>True when <paramref name="c"/> is written only in Traditional script.</summary>
    public bool IsTraditionalOnly(char c) => _toSimplified.Changes(c);

    /// <summary>True when <paramref name="c"/> is written only in Simplified script.</summary>
    public bool IsSimplifiedOnly(char c) => _toTraditional.Value.Changes(c);

    /// <summary>Loads the S→T tables now, so the first Traditional reply does not pay for it.</summary>
    public void WarmUp() => _ = _toTraditional.Value;
}
