namespace Bot.Discord.Embeds;

/// <summary>One name/value field of an embed.</summary>
public sealed record EmbedField(string Name, string Value, bool Inline = false);
