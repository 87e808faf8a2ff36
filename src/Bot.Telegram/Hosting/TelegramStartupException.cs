namespace Bot.Telegram.Hosting;

/// <summary>The adapter cannot start (bad token, unreachable API); the message says what to fix and never holds the token.</summary>
public sealed class TelegramStartupException(string message, Exception? innerException = null) : Exception(message, innerException);
