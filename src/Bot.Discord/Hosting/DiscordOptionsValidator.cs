using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Hosting;

/// <summary>Checks <see cref="DiscordOptions"/> at start-up; names the bad key and never prints the token.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord:Token is required (set Discord__Token).");
        }
        else if (options.Token.Any(char.IsWhiteSpace))
        {
            failures.Add("Discord:Token contains whitespace; paste the bot token alone, without the 'Bot ' prefix.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrEmpty(options.ApplicationId) && !IsSnowflake(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId must be a numeric id.");
        }

        if (!string.IsNullOrEmpty(options.GuildId) && !IsSnowflake(options.GuildId))
        {
            failures.Add("Discord:GuildId must be a numeric id.");
        }

        if (!string.IsNullOrEmpty(options.PublicKey) && !IsHexKey(options.PublicKey))
        {
            failures.Add("Discord:PublicKey must be the 64 hex characters shown in the developer portal.");
        }

        if (options.InteractionDeferAfter <= TimeSpan.Zero || options.InteractionDeferAfter >= TimeSpan.FromSeconds(3))
        {
            failures.Add("Discord:InteractionDeferAfter must be above zero and below 3 seconds.");
        }

        if (options.ReconnectDelay <= TimeSpan.Zero || options.MaxReconnectDelay < options.ReconnectDelay)
        {
            failures.Add("Discord:ReconnectDelay must be above zero and at most Discord:MaxReconnectDelay.");
        }

        if (options.RestRetryDelay < TimeSpan.Zero || options.RestMaxRetries is < 0 or > 10)
        {
            failures.Add("Discord:RestRetryDelay must not be negative and Discord:RestMaxRetries must be 0-10.");
        }

        if (options.TypingInterval <= TimeSpan.Zero)
        {
            failures.Add("Discord:TypingInterval must be above zero.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflake(string value) => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsHexKey(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);
}
