using Bot.Core.Diagnostics;
using Bot.Discord.Gateway;
using Bot.Discord.Hosting;
using Bot.Discord.Messages;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// Answers an interaction within Discord's 3 s: the message itself (type 4) when it is ready in time, otherwise
/// a deferral (type 5) followed by an edit of <c>@original</c>. Shared by the gateway and the HTTP endpoint.
/// </summary>
public sealed partial class InteractionResponder(
    CommandResponder commands,
    DiscordApi api,
    BotMetrics metrics,
    DiscordSessionState session,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<InteractionResponder> logger)
{
    private static readonly InteractionResponse Pong = new(InteractionCallbackType.Pong, null);

    private static readonly InteractionResponse Deferral =
        new(InteractionCallbackType.DeferredChannelMessageWithSource, new InteractionCallbackData(null, null, AllowedMentions.None));

    /// <summary>What the asker sees when answering failed (a bug): better than a placeholder that never resolves.</summary>
    private static readonly InteractionCallbackData Apology =
        new("Sorry, something went wrong while answering. Please try again later.", null, AllowedMentions.None);

    /// <summary>Starts answering; returns within <see cref="DiscordOptions.InteractionDeferAfter"/>.</summary>
    public async Task<InteractionReply> ReplyAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Type == InteractionType.Ping)
        {
            return new InteractionReply(Pong, null);
        }

        // Once deferred the work continues on the same token: callers pass one that lives as long as the app.
        var work = AnswerOrApologizeAsync(interaction, cancellationToken);
        using var deferTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeout = Task.Delay(options.Value.InteractionDeferAfter, timeProvider, deferTimer.Token);
        if (await Task.WhenAny(work, timeout).ConfigureAwait(false) == work)
        {
            await deferTimer.CancelAsync().ConfigureAwait(false);
            return new InteractionReply(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, await work.ConfigureAwait(false)), null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        LogDeferred(logger, interaction.Id);
        return new InteractionReply(Deferral, work);
    }

    /// <summary>After a deferral was accepted: waits for the answer and puts it in place of the placeholder.</summary>
    public async Task CompleteDeferredAsync(Interaction interaction, Task<InteractionCallbackData> deferred, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(deferred);
        var data = await deferred.WaitAsync(cancellationToken).ConfigureAwait(false);
        var applicationId = interaction.ApplicationId ?? session.ApplicationId
            ?? throw new InvalidOperationException("The application id is unknown; the deferred answer cannot be delivered.");
        await api.EditOriginalInteractionResponseAsync(applicationId, interaction.Token, data, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gateway path: interactions that arrive over the gateway are answered over REST.</summary>
    public async Task HandleGatewayInteractionAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var reply = await ReplyAsync(interaction, cancellationToken).ConfigureAwait(false);
        await api.CreateInteractionResponseAsync(interaction.Id, interaction.Token, reply.Immediate, cancellationToken).ConfigureAwait(false);
        if (reply.Deferred is not null)
        {
            await CompleteDeferredAsync(interaction, reply.Deferred, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InteractionCallbackData> AnswerOrApologizeAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return await commands.RespondAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            metrics.Error("discord");
            LogCommandFailed(logger, exception, interaction.Id);
            return Apology;
        }
    }

    [LoggerMessage(EventId = 51, Level = LogLevel.Error, Message = "Discord: answering interaction {InteractionId} failed; the asker was told")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 50, Level = LogLevel.Information, Message = "Discord: interaction {InteractionId} deferred; the answer follows as an edit")]
    private static partial void LogDeferred(ILogger logger, string interactionId);
}
