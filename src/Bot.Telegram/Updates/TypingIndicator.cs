using Bot.Telegram.Api;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Updates;

/// <summary>Keeps "typing…" visible while an answer is prepared; Telegram shows a chat action for at most 5 s.</summary>
public sealed class TypingIndicator(ITelegramApi api, TimeProvider time, ILogger<TypingIndicator> logger)
{
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(4);

    /// <summary>Shows typing now, then again every few seconds until the returned scope is disposed.</summary>
    public async Task<IAsyncDisposable> ShowAsync(long chatId, CancellationToken cancellationToken)
    {
        var refresh = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!await TrySendAsync(chatId, cancellationToken).ConfigureAwait(false))
        {
            refresh.Dispose();
            return Scope.None;
        }

        return new Scope(refresh, RefreshAsync(chatId, refresh.Token));
    }

    private async Task RefreshAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            do
            {
                await Task.Delay(RefreshInterval, time, cancellationToken).ConfigureAwait(false);
            }
            while (await TrySendAsync(chatId, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The answer is ready: stop refreshing.
        }
    }

    private async Task<bool> TrySendAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await api.SendChatActionAsync(new SendChatActionRequest(chatId, "typing"), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TelegramApiException ex)
        {
            // The indicator is cosmetic: the answer still goes out when it cannot be shown.
            logger.LogWarning(ex, "Could not show typing in chat {ChatId}", chatId);
            return false;
        }
    }

    private sealed class Scope(CancellationTokenSource? refresh, Task loop) : IAsyncDisposable
    {
        public static readonly Scope None = new(null, Task.CompletedTask);

        public async ValueTask DisposeAsync()
        {
            if (refresh is null)
            {
                return;
            }

            await refresh.CancelAsync().ConfigureAwait(false);
            await loop.ConfigureAwait(false);
            refresh.Dispose();
        }
    }
}
