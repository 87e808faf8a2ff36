namespace Bot.Telegram.Api;

/// <summary>The body of methods without parameters (<c>getMe</c>).</summary>
public sealed record EmptyRequest;
