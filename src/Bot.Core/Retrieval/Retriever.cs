namespace Bot.Core.Retrieval;

/// <summary>
/// Ranks passages for a query: each concept adds its weight times the best BM25 score among its alternatives,
/// plus a share of the document title's score; near-duplicates of a higher passage are skipped.
/// </summary>
public static class Retriever
{
    private const int RerankCandidates = 15;

    public static IReadOnlyList<ScoredPassage> Search(
        KnowledgeBase knowledge, Query query, int top, double titleBoost, double coverageWeight, double sentenceWeight)
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

        // BM25 rewards repeating a few words; a passage that covers more of the question's distinct concepts,
        // and best of all covers them within one sentence, answers it better. The best candidates are re-ranked.
        var candidates = TopCandidates(scores);
        if (candidates.Count == 0)
        {
            return [];
        }

        var weights = CoverageWeights(knowledge.PassageIndex, query);
        var best = scores[candidates[0]];
        var coverage = new Dictionary<int, double>(candidates.Count);
        foreach (var p in candidates)
        {
            coverage[p] = Coverage(knowledge.PassageIndex, query, weights, p);
            scores[p] = (float)(scores[p] / best + coverageWeight * coverage[p] + sentenceWeight * BestSentenceCoverage(knowledge, query, weights, p));
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
        return Coverage(index, query, CoverageWeights(index, query), passage);
    }

    /// <summary>Each concept's weight in the coverage measure (0 for concepts that do not count).</summary>
    internal static double[] CoverageWeights(Bm25Index index, Query query)
    {
        var weights = new double[query.Concepts.Count];
        for (var c = 0; c < weights.Length; c++)
        {
            var concept = query.Concepts[c];
            weights[c] = concept.CountsForCoverage ? concept.Weight * ConceptIdf(index, concept, whenAbsent: index.Idf(0)) : 0;
        }

        return weights;
    }

    private static double Coverage(Bm25Index index, Query query, double[] weights, int passage)
    {
        double total = 0, matched = 0;
        for (var c = 0; c < weights.Length; c++)
        {
            total += weights[c];
            if (weights[c] > 0 && Matches(query.Concepts[c], new PassageTerms(index, passage)))
            {
                matched += weights[c];
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    // The best share of the question any single sentence of the passage covers; a sentence that is itself a
    // question (a subheading restating what the asker asked) covers it without answering it.
    private static double BestSentenceCoverage(KnowledgeBase knowledge, Query query, double[] weights, int passage)
    {
        var total = weights.Sum();
        if (total == 0)
        {
            return 0;
        }

        double best = 0;
        var sentences = knowledge.Passages[passage].Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var terms = knowledge.Sentences.Terms(passage, s);
            var shape = SentenceShape.IsQuestion(sentences[s]) ? SentenceShape.QuestionDiscount : 1.0;
            double matched = 0;
            for (var c = 0; c < weights.Length; c++)
            {
                if (weights[c] > 0 && Matches(query.Concepts[c], new SentenceTerms(terms)))
                {
                    matched += weights[c];
                }
            }

            best = Math.Max(best, shape * matched / total);
        }

        return best;
    }

    /// <summary>True when every term of at least one of the concept's alternatives is present.</summary>
    internal static bool Matches<TTerms>(Concept concept, TTerms present)
        where TTerms : struct, ITermSet
    {
        foreach (var alternative in concept.Alternatives)
        {
            var all = true;
            foreach (var term in alternative.Terms)
            {
                if (!present.Contains(term))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> TopCandidates(float[] scores)
    {
        var candidates = new List<int>();
        for (var p = 0; p < scores.Length; p++)
        {
            if (scores[p] > 0)
            {
                candidates.Add(p);
            }
        }

        // Highest score first; ties keep corpus order, so results are stable.
        candidates.Sort((left, right) =>
        {
            var order = scores[right].CompareTo(scores[left]);
            return order != 0 ? order : left.CompareTo(right);
        });
        return candidates.Count > RerankCandidates ? candidates[..RerankCandidates] : candidates;
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

    // Synonyms are scored as one term: a passage scores the best of the concept's alternatives. The asker's own
    // word keeps its IDF; an expansion is capped at that IDF, so a rare spelling cannot outscore the word asked
    // about. When the asker's word is absent from the corpus (English questions), every alternative gets the IDF
    // of the most common one, as Lucene's SynonymQuery does.
    private static float[] ScoreConcepts(Bm25Index index, Query query, int count)
    {
        var scores = new float[count];
        var conceptScores = new float[count];
        var alternativeScores = new float[count];
        var conceptTouched = new TouchedFields(count);
        var alternativeTouched = new TouchedFields(count);
        foreach (var concept in query.Concepts)
        {
            var frequencies = concept.Alternatives.Select(alternative => alternative.Terms.Min(index.DocumentFrequency)).ToArray();
            var mostCommon = frequencies.Max();
            if (mostCommon == 0)
            {
                continue;
            }

            var written = concept.Alternatives.Select((alternative, a) => (alternative, a)).FirstOrDefault(pair => pair.alternative.Weight >= 1f);
            var cap = written.alternative is not null && frequencies[written.a] > 0 ? index.Idf(frequencies[written.a]) : index.Idf(mostCommon);
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var alternative = concept.Alternatives[a];
                if (frequencies[a] == 0)
                {
                    continue;
                }

                var idf = (float)Math.Min(index.Idf(frequencies[a]), cap);
                var share = idf * alternative.Weight / alternative.Terms.Count;
                foreach (var term in alternative.Terms)
                {
                    index.AccumulateSaturation(term, share, alternativeScores, alternativeTouched);
                }

                foreach (var p in alternativeTouched.Fields)
                {
                    conceptScores[p] = Math.Max(conceptScores[p], alternativeScores[p]);
                    alternativeScores[p] = 0;
                    conceptTouched.Add(p);
                }

                alternativeTouched.Clear();
            }

            foreach (var p in conceptTouched.Fields)
            {
                scores[p] += concept.Weight * conceptScores[p];
                conceptScores[p] = 0;
            }

            conceptTouched.Clear();
        }

        return scores;
    }
}
