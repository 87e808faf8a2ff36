using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Messages;

/// <summary>Keeps "Bot is typing…" shown in a channel until disposed; Discord's indicator fades after ~10 s.</summary>
public sealed partial class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(DiscordApi api, string channelId, TimeSpan interval, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RunAsync(api, channelId, interval, timeProvider, logger, _stop.Token);
    }

    public static TypingIndicator Start(DiscordApi api, string channelId, TimeSpan interval, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken) =>
        new(api, channelId, interval, timeProvider, logger, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RunAsync(DiscordApi api, string channelId, TimeSpan interval, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await api.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped because the answer is ready.
        }
        catch (Exception exception) when (exception is DiscordRestException or HttpRequestException or OperationCanceledException)
        {
            // The indicator is cosmetic: a failure (or an HttpClient timeout) must not stop the answer, but it is reported.
            LogTypingFailed(logger, exception, channelId);
        }
    }

    [LoggerMessage(EventId = 70, Level = LogLevel.Warning, Message = "Discord: typing indicator failed in channel {ChannelId}")]
    private static partial void LogTypingFailed(ILogger logger, Exception exception, string channelId);
}
