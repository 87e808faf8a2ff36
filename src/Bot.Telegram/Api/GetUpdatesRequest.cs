namespace Bot.Telegram.Api;

/// <summary>The body of <c>getUpdates</c>: long-poll for up to <see cref="Timeout"/> seconds from <see cref="Offset"/>.</summary>
public sealed record GetUpdatesRequest(long? Offset, int Limit, int Timeout, IReadOnlyList<string> AllowedUpdates);
