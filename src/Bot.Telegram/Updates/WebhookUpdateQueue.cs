using System.Threading.Channels;

namespace Bot.Telegram.Updates;

/// <summary>Hands webhook updates from the HTTP endpoint (which answers 200 at once) to the background worker.</summary>
public sealed class WebhookUpdateQueue
{
    private const int Capacity = 1000;

    private readonly Channel<RawUpdate> _channel = Channel.CreateBounded<RawUpdate>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full; the endpoint then asks Telegram to retry later.</summary>
    public bool TryEnqueue(RawUpdate update) => _channel.Writer.TryWrite(update);

    public IAsyncEnumerable<RawUpdate> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
