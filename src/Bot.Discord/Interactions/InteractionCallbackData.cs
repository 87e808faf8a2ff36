using Bot.Discord.Embeds;
using Bot.Discord.Messages;

namespace Bot.Discord.Interactions;

/// <summary>The message of an interaction response, or of an edit of <c>@original</c>.</summary>
public sealed record InteractionCallbackData(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    AllowedMentions AllowedMentions,
    int? Flags = null);
