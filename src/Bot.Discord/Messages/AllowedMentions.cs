namespace Bot.Discord.Messages;

/// <summary>Which mentions Discord may turn into pings; the bot always sends <see cref="None"/>.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    /// <summary>Parse nothing: @everyone, @here, roles and users in a question never ping anyone.</summary>
    public static AllowedMentions None { get; } = new([]);
}
