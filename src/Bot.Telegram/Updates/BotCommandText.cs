using System.Text.RegularExpressions;

namespace Bot.Telegram.Updates;

/// <summary>A command at the start of a message: <c>/name[@bot] arguments</c>.</summary>
public sealed partial record BotCommandText(string Name, string? TargetBot, string Arguments)
{
    /// <summary>Reads the command from the text itself, so it works whether or not the sender filled in entities.</summary>
    public static BotCommandText? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CommandPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var target = match.Groups["bot"].Success ? match.Groups["bot"].Value : null;
        return new BotCommandText(match.Groups["name"].Value.ToLowerInvariant(), target, text[match.Length..].Trim());
    }

    [GeneratedRegex(@"^\s*/(?<name>[A-Za-z0-9_]{1,32})(?:@(?<bot>[A-Za-z0-9_]{1,64}))?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
