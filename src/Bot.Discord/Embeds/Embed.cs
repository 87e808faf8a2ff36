namespace Bot.Discord.Embeds;

/// <summary>A rich embed; <see cref="EmbedLimits"/> says how large each part may be.</summary>
public sealed record Embed(
    string? Title,
    string? Description,
    IReadOnlyList<EmbedField> Fields,
    EmbedFooter? Footer,
    int? Color);
