namespace Bot.Telegram.Updates;

/// <summary>
/// Remembers the most recent update ids so an update delivered twice (a webhook retry, a re-sent batch) is handled once.
/// </summary>
public sealed class UpdateDeduplicator
{
    private const int Capacity = 10_000;

    private readonly Lock _gate = new();
    // Guarded by _gate: the set answers "seen?", the queue evicts the oldest id once Capacity is reached.
    private readonly HashSet<long> _seen = [];
    private readonly Queue<long> _order = new();

    /// <summary>True the first time <paramref name="updateId"/> is seen, false for a repeat.</summary>
    public bool TryBegin(long updateId)
    {
        lock (_gate)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
