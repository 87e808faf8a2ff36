namespace Bot.Discord.Embeds;

/// <summary>The small text under an embed.</summary>
public sealed record EmbedFooter(string Text);
