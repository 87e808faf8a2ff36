using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Hosting;

/// <summary>Checks the <c>Telegram</c> section at start-up, naming each bad key and never printing a secret.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = TelegramOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add($"{Section}:Token is required (set the environment variable Telegram__Token).");
        }
        else if (options.Token.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            failures.Add($"{Section}:Token is malformed: it must not contain spaces or '/'.");
        }

        if (!IsHttpUrl(options.ApiBaseUrl, requireHttps: false))
        {
            failures.Add($"{Section}:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(options.WebhookUrl, requireHttps: true))
            {
                failures.Add($"{Section}:WebhookUrl must be an absolute https URL in Webhook mode.");
            }

            if (options.WebhookSecret is null || !SecretPattern().IsMatch(options.WebhookSecret))
            {
                failures.Add($"{Section}:WebhookSecret is required in Webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -.");
            }
        }

        Check(failures, options.PollTimeoutSeconds is >= 0 and <= 50, "PollTimeoutSeconds must be between 0 and 50.");
        Check(failures, options.MaxRetries is >= 0 and <= 20, "MaxRetries must be between 0 and 20.");
        Check(failures, options.RetryBaseDelay >= TimeSpan.Zero, "RetryBaseDelay must not be negative.");
        Check(failures, options.MaxRetryDelay >= options.RetryBaseDelay, "MaxRetryDelay must not be shorter than RetryBaseDelay.");
        Check(failures, options.RequestTimeout > TimeSpan.Zero, "RequestTimeout must be positive.");
        Check(failures, options.PerChatInterval >= TimeSpan.Zero, "PerChatInterval must not be negative.");
        Check(failures, options.GroupMessagesPerMinute >= 1, "GroupMessagesPerMinute must be at least 1.");
        Check(failures, options.GlobalMessagesPerSecond >= 1, "GlobalMessagesPerSecond must be at least 1.");
        Check(failures, options.UserQuestionBurst >= 1, "UserQuestionBurst must be at least 1.");
        Check(failures, options.UserQuestionInterval >= TimeSpan.Zero, "UserQuestionInterval must not be negative.");
        Check(failures, options.UpdateTimeout > TimeSpan.Zero, "UpdateTimeout must be positive.");
        Check(failures, options.GroupEvidenceCollapseLength >= 0, "GroupEvidenceCollapseLength must not be negative.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string message)
    {
        if (!valid)
        {
            failures.Add($"{TelegramOptions.SectionName}:{message}");
        }
    }

    private static bool IsHttpUrl(string? value, bool requireHttps) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretPattern();
}
