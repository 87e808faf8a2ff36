using Bot.Core.Ingestion;
using Bot.Core.Normalization;
using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>
/// Picks the 1–3 sentences of the top passages that cover most of the question (weighted by IDF, a little
/// in favour of higher-ranked passages), skipping repeats; long sentences are cut to their best clauses.
/// Works on the sentence terms folded at build time: nothing is folded here except an over-long sentence.
/// </summary>
internal sealed class SentenceExtractor(TextFolder folder, AnsweringOptions options)
{
    private const int PassagesConsidered = 3;
    private const double RankDecay = 0.85;
    private const double KeepRelativeToBest = 0.6;
    private const double MaximumSharedBigrams = 0.6;
    private const string ClauseBreaks = "，,；;：:";

    public IReadOnlyList<ExtractedSentence> Extract(KnowledgeBase knowledge, Query query, IReadOnlyList<ScoredPassage> ranked)
    {
        var index = knowledge.PassageIndex;
        var weights = new double[query.Concepts.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            weights[c] = query.Concepts[c].Weight * Retriever.ConceptIdf(index, query.Concepts[c], whenAbsent: 0);
        }

        var candidates = new List<(Passage Passage, int Sentence, double Score)>();
        for (var rank = 0; rank < Math.Min(PassagesConsidered, ranked.Count); rank++)
        {
            var passage = ranked[rank].Passage;
            for (var s = 0; s < passage.Sentences.Count; s++)
            {
                var score = Score(query, weights, knowledge.Sentences.Terms(passage.Index, s))
                    * Math.Pow(RankDecay, rank) * ShapeFactor(passage.Sentences[s]);
                if (score > 0)
                {
                    candidates.Add((passage, s, score));
                }
            }
        }

        candidates.Sort((left, right) => right.Score.CompareTo(left.Score));
        var chosen = new List<(ExtractedSentence Sentence, string Folded)>();
        foreach (var (passage, s, score) in candidates)
        {
            if (chosen.Count == options.MaxSentences || (chosen.Count > 0 && score < KeepRelativeToBest * chosen[0].Sentence.Score))
            {
                break;
            }

            var (text, folded) = Quote(knowledge, query, weights, passage, s);
            if (!chosen.Any(other => Overlaps(other.Folded, folded)))
            {
                chosen.Add((new ExtractedSentence(text, passage, score), folded));
            }
        }

        return chosen.Select(item => item.Sentence).ToList();
    }

    // A question (often a subheading restating the asker's question) or a fragment rarely answers anything.
    private static double ShapeFactor(string sentence)
    {
        var factor = SentenceShape.IsQuestion(sentence) ? SentenceShape.QuestionDiscount : 1.0;
        return sentence.Length < SentenceShape.ShortSentence ? factor * 0.5 : factor;
    }

    // A sentence that announces a list (ends with a colon) or is followed by one on the same concepts is quoted
    // with its next sentence, so the answer carries the fact and not only its introduction.
    private (string Text, string Folded) Quote(KnowledgeBase knowledge, Query query, double[] weights, Passage passage, int index)
    {
        var sentence = passage.Sentences[index];
        var folded = knowledge.Sentences.Folded(passage.Index, index);
        if (index + 1 < passage.Sentences.Count)
        {
            var next = passage.Sentences[index + 1];
            var announcesList = sentence.TrimEnd().EndsWith(':') || sentence.TrimEnd().EndsWith('：');
            if ((announcesList || Score(query, weights, knowledge.Sentences.Terms(passage.Index, index + 1)) > 0)
                && sentence.Length + next.Length <= options.MaxSentenceLength)
            {
                return (sentence + next, folded + knowledge.Sentences.Folded(passage.Index, index + 1));
            }
        }

        return sentence.Length <= options.MaxSentenceLength ? (sentence, folded) : (Shorten(query, weights, sentence), folded);
    }

    private static double Score(Query query, double[] weights, HashSet<string> terms)
    {
        double score = 0;
        for (var c = 0; c < weights.Length; c++)
        {
            if (weights[c] > 0 && Retriever.Matches(query.Concepts[c], new SentenceTerms(terms)))
            {
                score += weights[c];
            }
        }

        return score;
    }

    // Cuts an over-long sentence to the window of clauses around its best clause.
    private string Shorten(Query query, double[] weights, string sentence)
    {
        var clauses = SplitClauses(sentence);
        var best = Enumerable.Range(0, clauses.Count).MaxBy(i => Score(query, weights, SentenceIndex.TermSet(folder.Fold(clauses[i]))));
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

    // Two quotes repeat each other when one contains the other or most of the shorter one's bigrams recur.
    private static bool Overlaps(string left, string right)
    {
        if (left.Contains(right, StringComparison.Ordinal) || right.Contains(left, StringComparison.Ordinal))
        {
            return true;
        }

        var a = Bigrams(left);
        var b = Bigrams(right);
        var smaller = Math.Min(a.Count, b.Count);
        return smaller > 0 && (double)a.Count(b.Contains) / smaller > MaximumSharedBigrams;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i + 1]))
            {
                set.Add(text.Substring(i, 2));
            }
        }

        return set;
    }
}
