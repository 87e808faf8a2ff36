namespace Bot.Core.Corpus;

/// <summary>
/// Resolves a configured relative path from the working directory, or from the nearest parent directory that
/// has it, so the bot finds <c>seeds/</c> whether it runs from the repository root, a project folder or a test's bin.
/// </summary>
public static class PathResolver
{
    private const int LevelsUp = 12;

    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        for (var level = 0; directory is not null && level <= LevelsUp; level++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(path);
    }
}
