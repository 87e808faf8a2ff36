namespace Bot.Core.Normalization;

/// <summary>One OpenCC conversion table (key → first value), with span look-ups for longest-match conversion.</summary>
internal sealed class OpenCcDictionary
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, int> _longestKeyByFirstChar;

    private OpenCcDictionary(Dictionary<string, string> map)
    {
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestKeyByFirstChar = [];
        foreach (var key in map.Keys)
        {
            if (!_longestKeyByFirstChar.TryGetValue(key[0], out var longest) || key.Length > longest)
            {
                _longestKeyByFirstChar[key[0]] = key.Length;
            }
        }
    }

    /// <summary>Loads an embedded OpenCC table such as <c>TSPhrases.txt</c>.</summary>
    public static OpenCcDictionary LoadEmbedded(string fileName)
    {
        var assembly = typeof(OpenCcDictionary).Assembly;
        using var stream = assembly.GetManifestResourceStream("OpenCC." + fileName)
            ?? throw new InvalidOperationException($"Embedded OpenCC table '{fileName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static OpenCcDictionary Parse(TextReader reader)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var values = line.AsSpan(tab + 1);
            var space = values.IndexOf(' ');
            var first = space < 0 ? values : values[..space];
            map.TryAdd(line[..tab], first.ToString());
        }

        return new OpenCcDictionary(map);
    }

    /// <summary>The length of the longest key starting with <paramref name="first"/>, 0 when none does.</summary>
    public int LongestKeyStartingWith(char first) => _longestKeyByFirstChar.GetValueOrDefault(first);

    public bool TryGetValue(ReadOnlySpan<char> key, out string value)
    {
        if (_lookup.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
