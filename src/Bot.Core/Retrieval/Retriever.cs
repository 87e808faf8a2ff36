namespace Bot.Core.Retrieval;

/// <summary>
/// Ranks passages for a query: each concept adds its weight times the best BM25 score among its alternatives,
/// plus a share of the document title's score; near-duplicates of a higher passage are skipped.
/// </summary>
public static class Retriever
{
    private const int RerankCandidates = 30;

    public static IReadOnlyList<ScoredPassage> Search(
        KnowledgeBase knowledge, Query query, int top, double titleBoost, double coverageWeight)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(query);
        var count = knowledge.Passages.Count;
        if (count == 0 || query.Concepts.Count == 0)
        {
            return [];
        }

        var scores = ScoreConcepts(knowledge.PassageIndex, query, count);
        if (titleBoost > 0 && knowledge.Documents.Count > 0)
        {
            var titleScores = ScoreConcepts(knowledge.TitleIndex, query, knowledge.Documents.Count);
            for (var p = 0; p < count; p++)
            {
                if (scores[p] > 0)
                {
                    scores[p] += (float)titleBoost * titleScores[knowledge.DocumentOfPassage[p]];
                }
            }
        }

        // BM25 rewards repeating a few words; a passage that covers more of the question's distinct concepts
        // answers it better. The best candidates are re-ranked on both.
        var candidates = Enumerable.Range(0, count).Where(p => scores[p] > 0).OrderByDescending(p => scores[p]).ThenBy(p => p)
            .Take(RerankCandidates).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var best = scores[candidates[0]];
        var coverage = candidates.ToDictionary(p => p, p => Coverage(knowledge.PassageIndex, query, p));
        foreach (var p in candidates)
        {
            scores[p] = (float)(scores[p] / best + coverageWeight * coverage[p]);
        }

        var ranked = candidates.OrderByDescending(p => scores[p]).ThenBy(p => p);
        var chosen = new List<int>(top);
        var skipped = new HashSet<int>();
        foreach (var p in ranked)
        {
            if (skipped.Contains(p))
            {
                continue;
            }

            chosen.Add(p);
            skipped.UnionWith(knowledge.NearDuplicates[p]);
            if (chosen.Count == top)
            {
                break;
            }
        }

        return chosen.Select(p => new ScoredPassage(knowledge.Passages[p], scores[p], coverage[p])).ToList();
    }

    /// <summary>
    /// The share of the question's IDF mass that a passage contains: concepts the corpus never mentions count
    /// in full against it, which is what keeps off-topic questions from being answered.
    /// </summary>
    public static double Coverage(Bm25Index index, Query query, int passage)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        double total = 0, matched = 0;
        foreach (var concept in query.Concepts.Where(concept => concept.CountsForCoverage))
        {
            var weight = concept.Weight * ConceptIdf(index, concept, whenAbsent: index.Idf(0));
            total += weight;
            if (concept.Alternatives.Any(alternative => alternative.Terms.All(term => index.Contains(term, passage))))
            {
                matched += weight;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    /// <summary>
    /// A concept's IDF: the highest among its alternatives that occur in the corpus (mean over their terms),
    /// or <paramref name="whenAbsent"/> when none does.
    /// </summary>
    internal static double ConceptIdf(Bm25Index index, Concept concept, double whenAbsent) =>
        concept.Alternatives
            .Where(alternative => alternative.Terms.All(term => index.DocumentFrequency(term) > 0))
            .Select(alternative => alternative.Terms.Average(term => index.Idf(term)))
            .DefaultIfEmpty(whenAbsent)
            .Max();

    // Synonyms are scored as one term (as Lucene's SynonymQuery does): the concept's IDF comes from its most
    // frequent alternative, so a rare spelling cannot outscore the common one, and a passage scores the best
    // term-frequency part among the alternatives (mean over an alternative's terms).
    private static float[] ScoreConcepts(Bm25Index index, Query query, int count)
    {
        var scores = new float[count];
        var conceptScores = new float[count];
        var alternativeScores = new float[count];
        var conceptTouched = new HashSet<int>();
        var alternativeTouched = new HashSet<int>();
        foreach (var concept in query.Concepts)
        {
            var frequency = concept.Alternatives.Max(alternative => alternative.Terms.Min(index.DocumentFrequency));
            if (frequency == 0)
            {
                continue;
            }

            foreach (var alternative in concept.Alternatives)
            {
                var share = alternative.Weight / alternative.Terms.Count;
                foreach (var term in alternative.Terms)
                {
                    index.AccumulateSaturation(term, share, alternativeScores, alternativeTouched);
                }

                foreach (var p in alternativeTouched)
                {
                    conceptScores[p] = Math.Max(conceptScores[p], alternativeScores[p]);
                    alternativeScores[p] = 0;
                    conceptTouched.Add(p);
                }

                alternativeTouched.Clear();
            }

            var weight = concept.Weight * (float)index.Idf(frequency);
            foreach (var p in conceptTouched)
            {
                scores[p] += weight * conceptScores[p];
                conceptScores[p] = 0;
            }

            conceptTouched.Clear();
        }

        return scores;
    }
}
