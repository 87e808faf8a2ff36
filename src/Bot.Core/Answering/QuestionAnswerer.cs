using Bot.Core.Corpus;
using Bot.Core.Normalization;
using Bot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>
/// The answering pipeline: sanitise, detect the asker's script, analyse and expand the question, retrieve,
/// abstain when the evidence is weak, extract the answering sentences and cite them, in the asker's script.
/// </summary>
public sealed class QuestionAnswerer(
    IKnowledgeBaseProvider knowledgeBases,
    TextFolder folder,
    ScriptDetector detector,
    ChineseScripts scripts,
    IOptions<RetrievalOptions> retrievalOptions,
    IOptions<AnsweringOptions> answeringOptions) : IQuestionAnswerer
{
    private readonly SentenceExtractor _extractor = new(folder, answeringOptions.Value);

    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(question));
    }

    /// <summary>The synchronous core of <see cref="AnswerAsync"/>, for benchmarks and the eval.</summary>
    public Answer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var settings = answeringOptions.Value;
        var text = InputSanitizer.Clean(question);
        var language = detector.Detect(text);
        if (!text.Any(char.IsLetterOrDigit))
        {
            return Abstain(text, AnswerOutcome.NoQuestion, language, BotTexts.NoQuestion(language), 0);
        }

        if (text.Length > settings.MaxQuestionLength)
        {
            return Abstain(text, AnswerOutcome.TooLong, language, BotTexts.TooLong(language, settings.MaxQuestionLength), 0);
        }

        var folded = folder.Fold(text);
        if (IsGreeting(folded))
        {
            return Abstain(text, AnswerOutcome.NoQuestion, language, BotTexts.NoQuestion(language), 0);
        }

        var knowledge = knowledgeBases.Current;
        var query = knowledge.Analyzer.Analyze(folded);
        var retrieval = retrievalOptions.Value;
        var ranked = Retriever.Search(knowledge, query, retrieval.TopPassages, retrieval.TitleBoost, retrieval.CoverageWeight, retrieval.SentenceWeight);
        var confidence = ranked.Count == 0 ? 0 : ranked.Take(3).Max(passage => passage.Coverage);
        var sentences = confidence >= settings.MinConfidence ? _extractor.Extract(knowledge, query, ranked) : [];
        if (sentences.Count == 0)
        {
            return Abstain(text, AnswerOutcome.NotCovered, language, BotTexts.NotCovered(language), confidence);
        }

        return new Answer(
            text,
            AnswerOutcome.Answered,
            language,
            BotTexts.AnsweredLead(language),
            sentences.Select(sentence => InScript(sentence.Text, language)).ToList(),
            sentences.Select(sentence => Cite(knowledge, sentence, language)).ToList(),
            ranked.Select(passage => Rank(knowledge, passage, language)).ToList(),
            confidence);
    }

    private static bool IsGreeting(string folded) =>
        StopWords.Greetings.Contains(new string(folded.Where(char.IsLetterOrDigit).ToArray()));

    private static Answer Abstain(string question, AnswerOutcome outcome, ReplyLanguage language, string lead, double confidence) =>
        new(question, outcome, language, lead, [], [], [], confidence);

    private Citation Cite(KnowledgeBase knowledge, ExtractedSentence sentence, ReplyLanguage language)
    {
        var document = knowledge.DocumentsById[sentence.Passage.DocumentId];
        return new Citation(document.Id, InScript(document.Title, language), InScript(document.SourceLabel, language),
            InScript(sentence.Text, language));
    }

    private RankedPassage Rank(KnowledgeBase knowledge, ScoredPassage passage, ReplyLanguage language)
    {
        var document = knowledge.DocumentsById[passage.Passage.DocumentId];
        return new RankedPassage(document.Id, InScript(document.Title, language), Math.Round(passage.Score, 3),
            InScript(passage.Passage.Text, language));
    }

    // Quotes follow the asker's script; English askers see the source text as written (no offline translation).
    private string InScript(string text, ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese => scripts.ToSimplified(text),
        ReplyLanguage.TraditionalChinese => scripts.ToTraditional(text),
        _ => text,
    };
}
