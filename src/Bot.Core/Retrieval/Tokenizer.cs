using Bot.Core.Normalization;

namespace Bot.Core.Retrieval;

/// <summary>
/// Splits folded text into index terms: Han runs into character unigrams and bigrams (a middle dot inside a
/// transliterated name does not break the run), Latin runs into lower-case words, plus hyphen/dot compounds whole.
/// </summary>
public static class Tokenizer
{
    public static List<Term> Tokenize(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var terms = new List<Term>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (TextFolder.IsCjk(c))
            {
                i = ReadHanRun(folded, i, terms);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                i = ReadLatinRun(folded, i, terms);
            }
            else
            {
                i++;
            }
        }

        return terms;
    }

    /// <summary>The Latin words of folded text (no compounds), for query analysis.</summary>
    public static List<string> Words(string folded) =>
        Tokenize(folded).Where(term => term.Kind == TermKind.Word && !term.Text.Contains('-') && !term.Text.Contains('.'))
            .Select(term => term.Text).ToList();

    private static bool IsNameDot(char c) => c is '·' or '・' or '•' or '‧';

    private static int ReadHanRun(string text, int start, List<Term> terms)
    {
        var previous = '\0';
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsNameDot(c) && previous != '\0' && i + 1 < text.Length && TextFolder.IsCjk(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!TextFolder.IsCjk(c))
            {
                break;
            }

            terms.Add(new Term(c.ToString(), TermKind.Unigram));
            if (previous != '\0')
            {
                terms.Add(new Term(string.Concat(previous, c), TermKind.Bigram));
            }

            previous = c;
            i++;
        }

        return i;
    }

    private static int ReadLatinRun(string text, int start, List<Term> terms)
    {
        var i = start;
        var partStart = start;
        var parts = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                i++;
                continue;
            }

            // "gpt-4o", "gpt-3.5": a joiner between two alphanumerics continues the compound.
            if ((c is '-' or '.') && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                terms.Add(new Term(text[partStart..i], TermKind.Word));
                parts++;
                i++;
                partStart = i;
                continue;
            }

            break;
        }

        terms.Add(new Term(text[partStart..i], TermKind.Word));
        if (parts > 0)
        {
            terms.Add(new Term(text[start..i], TermKind.Word));
        }

        return i;
    }
}
