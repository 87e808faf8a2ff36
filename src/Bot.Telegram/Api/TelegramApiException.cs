namespace Bot.Telegram.Api;

/// <summary>A Bot API call that failed for good; the message never contains the token.</summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException(string method, int errorCode, string description, Exception? innerException = null)
        : base($"Telegram {method} failed ({(errorCode == 0 ? "no response" : errorCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}): {description}", innerException)
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
    }

    /// <summary>The Bot API method, e.g. "sendMessage".</summary>
    public string Method { get; }

    /// <summary>The Bot API error_code (= HTTP status), or 0 when no response arrived.</summary>
    public int ErrorCode { get; }

    public string Description { get; }

    /// <summary>Set when the group became a supergroup with this new chat id; the call can be repeated there.</summary>
    public long? MigrateToChatId { get; init; }
}
