using Bot.Core.Ingestion;
using Bot.Core.Normalization;
using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>
/// Picks the 1–3 sentences of the top passages that cover most of the question (weighted by IDF, a little
/// in favour of higher-ranked passages), skipping repeats; long sentences are cut to their best clauses.
/// </summary>
internal sealed class SentenceExtractor(TextFolder folder, AnsweringOptions options)
{
    private const int PassagesConsidered = 3;
    private const double RankDecay = 0.85;
    private const double KeepRelativeToBest = 0.6;
    private const string ClauseBreaks = "，,；;：:";
    private const int ShortSentence = 12;

    public IReadOnlyList<ExtractedSentence> Extract(KnowledgeBase knowledge, Query query, IReadOnlyList<ScoredPassage> ranked)
    {
        var index = knowledge.PassageIndex;
        var weights = query.Concepts.Select(concept => concept.Weight * Retriever.ConceptIdf(index, concept, whenAbsent: 0)).ToArray();
        var candidates = new List<ExtractedSentence>();
        for (var rank = 0; rank < Math.Min(PassagesConsidered, ranked.Count); rank++)
        {
            var passage = ranked[rank].Passage;
            for (var s = 0; s < passage.Sentences.Count; s++)
            {
                var sentence = passage.Sentences[s];
                var score = Score(query, weights, sentence) * Math.Pow(RankDecay, rank) * ShapeFactor(sentence);
                if (score > 0)
                {
                    candidates.Add(new ExtractedSentence(WithContinuation(query, weights, passage, s), passage, score));
                }
            }
        }

        var chosen = new List<ExtractedSentence>();
        foreach (var candidate in candidates.OrderByDescending(candidate => candidate.Score))
        {
            if (chosen.Count == options.MaxSentences || (chosen.Count > 0 && candidate.Score < KeepRelativeToBest * chosen[0].Score))
            {
                break;
            }

            if (!chosen.Any(other => Overlaps(other.Text, candidate.Text)))
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    // A question (often a subheading restating the asker's question) or a fragment rarely answers anything.
    private static double ShapeFactor(string sentence)
    {
        var trimmed = sentence.TrimEnd('”', '"', '」', ' ');
        var factor = trimmed.EndsWith('?') || trimmed.EndsWith('？') ? 0.4 : 1.0;
        return sentence.Length < ShortSentence ? factor * 0.5 : factor;
    }

    // A sentence that announces a list (ends with a colon) or is followed by one on the same concepts is quoted
    // with its next sentence, so the answer carries the fact and not only its introduction.
    private string WithContinuation(Query query, double[] weights, Passage passage, int index)
    {
        var sentence = passage.Sentences[index];
        if (index + 1 < passage.Sentences.Count)
        {
            var next = passage.Sentences[index + 1];
            var announcesList = sentence.TrimEnd().EndsWith(':') || sentence.TrimEnd().EndsWith('：');
            if ((announcesList || Score(query, weights, next) > 0) && sentence.Length + next.Length <= options.MaxSentenceLength)
            {
                return sentence + next;
            }
        }

        return Shorten(query, weights, sentence);
    }

    private double Score(Query query, double[] weights, string sentence)
    {
        var terms = Tokenizer.Tokenize(folder.Fold(sentence)).Select(term => term.Text).ToHashSet(StringComparer.Ordinal);
        double score = 0;
        for (var c = 0; c < query.Concepts.Count; c++)
        {
            if (query.Concepts[c].Alternatives.Any(alternative => alternative.Terms.All(terms.Contains)))
            {
                score += weights[c];
            }
        }

        return score;
    }

    // Cuts an over-long sentence to the window of clauses around its best clause.
    private string Shorten(Query query, double[] weights, string sentence)
    {
        if (sentence.Length <= options.MaxSentenceLength)
        {
            return sentence;
        }

        var clauses = SplitClauses(sentence);
        var best = Enumerable.Range(0, clauses.Count).MaxBy(i => Score(query, weights, clauses[i]));
        int start = best, end = best + 1, length = clauses[best].Length;
        while (true)
        {
            var grew = false;
            if (end < clauses.Count && length + clauses[end].Length <= options.MaxSentenceLength)
            {
                length += clauses[end++].Length;
                grew = true;
            }

            if (start > 0 && length + clauses[start - 1].Length <= options.MaxSentenceLength)
            {
                length += clauses[--start].Length;
                grew = true;
            }

            if (!grew)
            {
                break;
            }
        }

        var text = string.Concat(clauses.Skip(start).Take(end - start));
        if (text.Length > options.MaxSentenceLength)
        {
            text = text[..options.MaxSentenceLength];
        }

        return (start > 0 ? "…" : string.Empty) + text + (end < clauses.Count ? "…" : string.Empty);
    }

    private static List<string> SplitClauses(string sentence)
    {
        var clauses = new List<string>();
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (ClauseBreaks.Contains(sentence[i], StringComparison.Ordinal))
            {
                clauses.Add(sentence[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < sentence.Length)
        {
            clauses.Add(sentence[start..]);
        }

        return clauses;
    }

    private bool Overlaps(string left, string right)
    {
        var a = folder.FoldCompact(left);
        var b = folder.FoldCompact(right);
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
            || SharedBigramShare(a, b) > 0.6;
    }

    private static double SharedBigramShare(string a, string b)
    {
        var left = Enumerable.Range(0, Math.Max(0, a.Length - 1)).Select(i => a.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        var right = Enumerable.Range(0, Math.Max(0, b.Length - 1)).Select(i => b.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        var smaller = Math.Min(left.Count, right.Count);
        return smaller == 0 ? 0 : (double)left.Intersect(right).Count() / smaller;
    }
}
