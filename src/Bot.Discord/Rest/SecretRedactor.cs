using Bot.Discord.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Rest;

/// <summary>Removes the bot token from text that came from outside (error bodies, close reasons) before it is logged or thrown.</summary>
public sealed class SecretRedactor(IOptions<DiscordOptions> options)
{
    public const string Placeholder = "[redacted]";

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var token = options.Value.Token;
        return string.IsNullOrEmpty(token) ? text : text.Replace(token, Placeholder, StringComparison.Ordinal);
    }
}
