using System.Text;

namespace Bot.Core.Answering;

/// <summary>Formats an <see cref="Answer"/> as the plain-text reply used by the console and the eval.</summary>
public static class AnswerText
{
    public static string Format(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder(answer.Lead);
        for (var i = 0; i < answer.Sentences.Count; i++)
        {
            text.Append('\n').Append("• ").Append(answer.Sentences[i]).Append(" [").Append(i + 1).Append(']');
        }

        if (answer.Citations.Count > 0)
        {
            text.Append('\n').Append(BotTexts.SourcesHeading(answer.Language));
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                var citation = answer.Citations[i];
                text.Append('\n').Append('[').Append(i + 1).Append("] ")
                    .Append(citation.DocumentTitle).Append(" — ").Append(citation.SourceLabel);
            }
        }

        return text.ToString();
    }
}
