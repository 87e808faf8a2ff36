namespace Bot.Telegram.Api;

/// <summary>
/// One incoming update. Only the kinds the bot handles are typed; every other kind (edited_message,
/// channel_post, my_chat_member…) deserializes with all of them null and is ignored.
/// </summary>
public sealed record Update(long UpdateId, Message? Message = null, InlineQuery? InlineQuery = null, CallbackQuery? CallbackQuery = null);
