using System.Text;
using Bot.Core.Answering;

namespace Bot.Discord.Embeds;

/// <summary>
/// Turns an <see cref="Answer"/> into one embed: the lead and numbered sentences as the description, each
/// citation as a field, a footer naming the source documents; always inside <see cref="EmbedLimits"/>.
/// </summary>
public static class AnswerEmbedBuilder
{
    /// <summary>Discord blurple for answers, grey for abstentions, so a glance tells them apart.</summary>
    private const int AnsweredColor = 0x5865F2;
    private const int AbstainedColor = 0x99AAB5;

    public static Embed Build(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var title = string.IsNullOrWhiteSpace(answer.Question) ? null : TextTruncation.Truncate(answer.Question.Trim(), EmbedLimits.Title);
        var description = new StringBuilder(answer.Lead);
        for (var i = 0; i < answer.Sentences.Count; i++)
        {
            description.Append('\n').Append('[').Append(i + 1).Append("] ").Append(answer.Sentences[i]);
        }

        var descriptionText = TextTruncation.Truncate(description.ToString(), EmbedLimits.Description);
        var footerText = FooterText(answer);

        // Description and title first; the footer is reserved (up to 512) so the sources stay named; fields fill the rest.
        var used = (title?.Length ?? 0) + descriptionText.Length;
        var footerBudget = Math.Min(footerText.Length, Math.Min(EmbedLimits.Footer, 512));
        var fields = new List<EmbedField>();
        for (var i = 0; i < answer.Citations.Count && fields.Count < EmbedLimits.Fields; i++)
        {
            var citation = answer.Citations[i];
            var name = TextTruncation.Truncate($"[{i + 1}] {citation.DocumentTitle}", EmbedLimits.FieldName);
            var room = EmbedLimits.Total - footerBudget - used - name.Length;
            if (room < 16)
            {
                break;
            }

            var value = TextTruncation.Truncate(
                string.IsNullOrWhiteSpace(citation.Quote) ? citation.SourceLabel : $"“{citation.Quote.Trim()}”",
                Math.Min(EmbedLimits.FieldValue, room));
            if (value.Length == 0)
            {
                value = "—";
            }

            fields.Add(new EmbedField(name, value));
            used += name.Length + value.Length;
        }

        var footer = footerText.Length == 0
            ? null
            : new EmbedFooter(TextTruncation.Truncate(footerText, Math.Min(EmbedLimits.Footer, EmbedLimits.Total - used)));
        return new Embed(title, descriptionText, fields, footer is { Text.Length: > 0 } ? footer : null, answer.Abstained ? AbstainedColor : AnsweredColor);
    }

    private static string FooterText(Answer answer)
    {
        var sources = answer.Citations
            .Select(c => $"{c.DocumentTitle} — {c.SourceLabel}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return sources.Count == 0 ? "" : BotTexts.SourcesHeading(answer.Language) + " " + string.Join(" · ", sources);
    }
}
