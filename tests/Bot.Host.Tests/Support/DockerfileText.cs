using System.Text.Json;

namespace Bot.Host.Tests.Support;

/// <summary>A Dockerfile as instructions (continuations joined, comments dropped), split into its build stages.</summary>
public sealed record DockerfileText(IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages)
{
    public IReadOnlyList<DockerInstruction> FinalStage => Stages[^1];

    /// <summary>The final stage's ENV, as a dictionary (<c>ENV A=1 B=2</c> form only).</summary>
    public IReadOnlyDictionary<string, string> FinalEnvironment =>
        FinalStage.Where(i => i.Keyword == "ENV")
            .SelectMany(i => i.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length == 2 ? pair[1] : "", StringComparer.Ordinal);

    /// <summary>The final stage's ENTRYPOINT in exec (JSON array) form.</summary>
    public IReadOnlyList<string> FinalEntrypoint =>
        JsonSerializer.Deserialize<string[]>(FinalStage.Last(i => i.Keyword == "ENTRYPOINT").Arguments)
            ?? throw new InvalidOperationException("ENTRYPOINT is not a JSON array.");

    public static DockerfileText Parse(string text)
    {
        var stages = new List<List<DockerInstruction>>();
        var logical = "";
        foreach (var raw in text.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            var line = raw.TrimStart();
            if (line.StartsWith('#') || (line.Length == 0 && logical.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                logical += line[..^1] + " ";
                continue;
            }

            logical += line;
            var keyword = logical.Split(' ', 2)[0].ToUpperInvariant();
            var arguments = logical.Length > keyword.Length ? logical[keyword.Length..].Trim() : "";
            if (keyword == "FROM")
            {
                stages.Add([]);
            }

            if (stages.Count > 0)
            {
                stages[^1].Add(new DockerInstruction(keyword, arguments));
            }

            logical = "";
        }

        return new DockerfileText([.. stages]);
    }
}

/// <summary>One Dockerfile instruction: its keyword in upper case and the rest of the line.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments);
