namespace Bot.Discord.Commands;

/// <summary>A slash command as registered by bulk overwrite.</summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    int Type,
    IReadOnlyList<ApplicationCommandOption>? Options);
