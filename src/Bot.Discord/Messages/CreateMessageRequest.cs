using Bot.Discord.Embeds;

namespace Bot.Discord.Messages;

/// <summary>Body of <c>POST /channels/{id}/messages</c>.</summary>
public sealed record CreateMessageRequest(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    AllowedMentions AllowedMentions,
    MessageReference? MessageReference);
