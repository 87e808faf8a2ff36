namespace Bot.Telegram.Api;

/// <summary>The body of <c>sendChatAction</c> ("typing" shows for up to 5 s).</summary>
public sealed record SendChatActionRequest(long ChatId, string Action);
