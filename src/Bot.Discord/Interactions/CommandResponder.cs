using System.Diagnostics;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Diagnostics;
using Bot.Core.Ingestion;
using Bot.Discord.Commands;
using Bot.Discord.Embeds;
using Bot.Discord.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>Builds the message a slash command answers with: /ask, /sources, /help.</summary>
public sealed partial class CommandResponder(
    IQuestionAnswerer answerer,
    IDocumentCatalog catalog,
    BotMetrics metrics,
    TimeProvider timeProvider,
    ILogger<CommandResponder> logger)
{
    private const int Ephemeral = 64;

    public async Task<InteractionCallbackData> RespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = LocaleLanguage.From(interaction.Locale);
        switch (interaction.Data?.Name)
        {
            case CommandDefinitions.Ask:
                var question = QuestionOption(interaction.Data);
                var started = timeProvider.GetTimestamp();
                var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
                var latency = timeProvider.GetElapsedTime(started);
                metrics.QuestionAnswered("discord", answer.Abstained, latency);
                LogAnswered(logger, interaction.Id, answer.Outcome, (long)latency.TotalMilliseconds);
                return new InteractionCallbackData(null, [AnswerEmbedBuilder.Build(answer)], AllowedMentions.None);
            case CommandDefinitions.Sources:
                return new InteractionCallbackData(null, [SourcesEmbedBuilder.Build(catalog.Documents, language)], AllowedMentions.None);
            case CommandDefinitions.Help:
                return new InteractionCallbackData(BotTexts.Help(language), null, AllowedMentions.None);
            default:
                // A command registered by an older version of the bot: say so privately instead of failing.
                LogUnknownCommand(logger, interaction.Id);
                return new InteractionCallbackData(BotTexts.Help(language), null, AllowedMentions.None, Ephemeral);
        }
    }

    private static string QuestionOption(InteractionData data)
    {
        var option = data.Options?.FirstOrDefault(o => o.Name == CommandDefinitions.QuestionOption);
        return option?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : "";
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Discord: answered interaction {InteractionId} ({Outcome}) in {LatencyMs} ms")]
    private static partial void LogAnswered(ILogger logger, string interactionId, AnswerOutcome outcome, long latencyMs);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Discord: interaction {InteractionId} names an unknown command; answered with help")]
    private static partial void LogUnknownCommand(ILogger logger, string interactionId);
}
