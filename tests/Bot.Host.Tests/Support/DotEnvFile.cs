using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Support;

/// <summary>
/// Reads <c>.env.example</c>: <c>KEY=value</c> lines are set by compose; <c>#KEY=value</c> lines (no space after
/// the #) are optional keys, listed but off. Other # lines are prose.
/// </summary>
public sealed partial record DotEnvFile(IReadOnlyList<DotEnvEntry> Entries)
{
    public IEnumerable<string> Keys => Entries.Select(entry => entry.Key);

    public IEnumerable<DotEnvEntry> Active => Entries.Where(entry => !entry.Commented);

    public static DotEnvFile Parse(string text)
    {
        var entries = new List<DotEnvEntry>();
        foreach (var line in text.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            if (EntryPattern().Match(line) is { Success: true } match)
            {
                entries.Add(new DotEnvEntry(match.Groups["key"].Value, match.Groups["value"].Value, match.Groups["hash"].Success));
            }
        }

        return new DotEnvFile(entries);
    }

    [GeneratedRegex("^(?<hash>#)?(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();
}

/// <summary>One key of a .env file.</summary>
public sealed record DotEnvEntry(string Key, string Value, bool Commented);
