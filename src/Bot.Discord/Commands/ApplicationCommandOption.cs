namespace Bot.Discord.Commands;

/// <summary>One option of a slash command.</summary>
public sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool Required,
    int? MaxLength);
