namespace Bot.Core.Answering;

/// <summary>Answers one question from the indexed documents; every platform adapter calls this.</summary>
public interface IQuestionAnswerer
{
    /// <summary>
    /// Answers <paramref name="question"/>. Never throws for bad input: empty, too long or off-topic
    /// questions come back as an <see cref="Answer"/> whose <see cref="Answer.Outcome"/> says so.
    /// </summary>
    Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken);
}
