using System.Text.RegularExpressions;

namespace Bot.Core.Normalization;

/// <summary>
/// Removes pinyin glued into words by some sites (<c>負(fù)責(zé)</c> → <c>負責</c>) and the mojibake such
/// annotations leave when a page was re-encoded (<c>因?yàn)樵</c>): a tone-marked syllable in brackets after a Han
/// character, or a syllable between a stray '?' and ')'. English in brackets ("(Alignment)") is kept.
/// </summary>
public static partial class PinyinAnnotationRemover
{
    // One pinyin syllable: Latin letters with at least one tone-marked vowel (ā á ǎ à … ǖ ǘ ǚ ǜ).
    private const string Syllable = @"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*";

    public static string Remove(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var withoutAnnotations = Annotation().Replace(line, "$1");
        return BrokenAnnotation().Replace(withoutAnnotations, string.Empty);
    }

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[(（]" + Syllable + @"[)）]")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"\?" + Syllable + @"\)")]
    private static partial Regex BrokenAnnotation();
}
