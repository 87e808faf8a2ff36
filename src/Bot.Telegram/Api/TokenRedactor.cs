using Bot.Telegram.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Api;

/// <summary>Removes the bot token from any text before it reaches a log line or an exception message.</summary>
public sealed class TokenRedactor(IOptions<TelegramOptions> options)
{
    public const string Placeholder = "<redacted>";

    private readonly string _token = options.Value.Token;

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(_token))
        {
            return text ?? "";
        }

        return text.Replace(_token, Placeholder, StringComparison.Ordinal);
    }
}
