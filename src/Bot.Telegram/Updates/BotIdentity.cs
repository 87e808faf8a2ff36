using System.Text.RegularExpressions;

namespace Bot.Telegram.Updates;

/// <summary>Who the bot is, learned from <c>getMe</c>: its user id (replies to it) and username (commands, mentions).</summary>
public sealed class BotIdentity(long id, string username)
{
    public long Id { get; } = id;

    public string Username { get; } = username;

    /// <summary>Matches <c>@username</c> as a whole word, case-insensitively as Telegram does.</summary>
    public Regex Mention { get; } = new(
        $"(?<![A-Za-z0-9_])@{Regex.Escape(username)}(?![A-Za-z0-9_])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public bool IsNamed(string name) => string.Equals(name, Username, StringComparison.OrdinalIgnoreCase);
}
