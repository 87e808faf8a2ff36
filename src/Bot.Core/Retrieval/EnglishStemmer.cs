namespace Bot.Core.Retrieval;

/// <summary>
/// A deliberately small suffix stripper so "resigned", "resigns" and "resign" or "leaving" and "leave" meet
/// when English questions are matched against glossary entries.
/// </summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        if (stem.Length > 4 && stem.EndsWith("ies", StringComparison.Ordinal))
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = stem[..^3];
        }
        else if (stem.Length > 4 && stem.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.Length > 3 && stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }
}
