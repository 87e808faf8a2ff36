using System.Net.Http.Headers;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests.Rest;

public sealed class RateLimitGateTests
{
    private static readonly DiscordRoute Messages = new(HttpMethod.Post, "POST /channels/{channel_id}/messages", "channels/1/messages", "POST channels/1/messages");
    private static readonly DiscordRoute OtherChannel = new(HttpMethod.Post, "POST /channels/{channel_id}/messages", "channels/2/messages", "POST channels/2/messages");
    private static readonly DiscordRoute Callback = new(HttpMethod.Post, "POST /interactions/{interaction_id}/{interaction_token}/callback", "interactions/1/t/callback", null);

    [Fact]
    public async Task WaitAsync_BucketExhausted_WaitsForResetAfter()
    {
        var time = new FakeTimeProvider();
        var gate = new RateLimitGate(time);
        gate.Update(Messages, Headers(remaining: 0, resetAfter: 2.5));

        var wait = gate.WaitAsync(Messages, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.5));

        await wait.WaitAsync(TimeSpan.FromSeconds(10));
        await gate.WaitAsync(OtherChannel, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitAsync_RemainingRequests_DoesNotWait()
    {
        var gate = new RateLimitGate(new FakeTimeProvider());
        gate.Update(Messages, Headers(remaining: 3, resetAfter: 60));

        await gate.WaitAsync(Messages, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Block_Global_HoldsEveryRouteForRetryAfter()
    {
        var time = new FakeTimeProvider();
        var gate = new RateLimitGate(time);

        Assert.True(gate.Block(Messages, global: true, TimeSpan.FromSeconds(1)));
        var other = gate.WaitAsync(OtherChannel, CancellationToken.None);
        var callback = gate.WaitAsync(Callback, CancellationToken.None);
        Assert.False(other.IsCompleted);
        Assert.False(callback.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        await Task.WhenAll(other, callback).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Block_Route_HoldsOnlyThatBucket()
    {
        var time = new FakeTimeProvider();
        var gate = new RateLimitGate(time);

        Assert.True(gate.Block(Messages, global: false, TimeSpan.FromSeconds(1)));
        var blocked = gate.WaitAsync(Messages, CancellationToken.None);

        await gate.WaitAsync(OtherChannel, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await blocked.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Block_UntrackedRouteNotGlobal_LeavesTheWaitToTheCaller() =>
        Assert.False(new RateLimitGate(new FakeTimeProvider()).Block(Callback, global: false, TimeSpan.FromSeconds(1)));

    private static HttpResponseHeaders Headers(int remaining, double resetAfter)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Bucket", "abc");
        return response.Headers;
    }
}
