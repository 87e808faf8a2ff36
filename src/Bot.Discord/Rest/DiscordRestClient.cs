using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Diagnostics;
using Bot.Discord.Hosting;
using Bot.Discord.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Rest;

/// <summary>
/// Sends REST calls to Discord: adds the bot token, honours rate limits (buckets, 429 <c>retry_after</c>,
/// global), retries 5xx with back-off, and never retries 401/403, which would count toward an IP ban.
/// </summary>
public sealed partial class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    RateLimitGate gate,
    SecretRedactor redactor,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    BotMetrics metrics,
    ILogger<DiscordRestClient> logger)
{
    /// <summary>The named HttpClient; its base address and User-Agent are set at registration.</summary>
    public const string HttpClientName = "Bot.Discord";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    /// <summary>Sends <paramref name="body"/> and ignores the response body.</summary>
    public async Task SendAsync<TRequest>(DiscordRoute route, TRequest? body, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
    {
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, requestType);
        await SendRawAsync(route, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a call without a body and reads the JSON response.</summary>
    public async Task<TResponse> GetAsync<TResponse>(DiscordRoute route, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var response = await SendRawAsync(route, null, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(response, responseType)
            ?? throw new DiscordRestException($"Discord answered {route.Template} with an empty body.");
    }

    private async Task<byte[]> SendRawAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var settings = options.Value;
        var http = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            await gate.WaitAsync(route, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(route.Method, route.Path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", settings.Token);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = JsonMediaType;
            }

            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            gate.Update(route, response.Headers);
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return content;
            }

            var retriesLeft = attempt < settings.RestMaxRetries;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                metrics.RateLimited("discord");
                var (retryAfter, global) = ReadRateLimit(response, content);
                LogRateLimited(logger, route.Template, (long)retryAfter.TotalMilliseconds, global);
                if (!retriesLeft)
                {
                    throw Failure(route, response.StatusCode, content, "still rate limited after retries");
                }

                if (!gate.Block(route, global, retryAfter))
                {
                    await Task.Delay(retryAfter, timeProvider, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if ((int)response.StatusCode >= 500 && retriesLeft)
            {
                var delay = settings.RestRetryDelay * Math.Pow(2, attempt);
                LogServerError(logger, route.Template, (int)response.StatusCode, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // 401/403 and other 4xx: retrying cannot help, and repeated 401/403s get the IP banned.
            throw Failure(route, response.StatusCode, content, response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => "the bot token was rejected; check Discord:Token",
                HttpStatusCode.Forbidden => "the bot lacks a permission for this call",
                _ => null,
            });
        }
    }

    private static (TimeSpan RetryAfter, bool Global) ReadRateLimit(HttpResponseMessage response, byte[] content)
    {
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var flags)
            && flags.Any(f => string.Equals(f, "true", StringComparison.OrdinalIgnoreCase));
        double seconds = 0;
        try
        {
            if (content.Length > 0 && JsonSerializer.Deserialize(content, DiscordJsonContext.Default.RateLimitResponse) is { } limit)
            {
                seconds = limit.RetryAfter;
                global |= limit.Global;
            }
        }
        catch (JsonException)
        {
            // Proxies (e.g. Cloudflare) may send HTML 429s; the header below still tells the wait.
        }

        if (seconds <= 0 && response.Headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
        {
            seconds = header;
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600)), global);
    }

    private DiscordRestException Failure(DiscordRoute route, HttpStatusCode status, byte[] content, string? hint)
    {
        string? message = null;
        var code = 0;
        try
        {
            if (content.Length > 0 && JsonSerializer.Deserialize(content, DiscordJsonContext.Default.DiscordErrorResponse) is { } error)
            {
                message = error.Message;
                code = error.Code;
            }
        }
        catch (JsonException)
        {
            // Not Discord's JSON (a proxy page): the status says enough.
        }

        var text = $"Discord answered {(int)status} to {route.Template}"
            + (string.IsNullOrEmpty(message) ? "" : $": {redactor.Redact(message)} (code {code})")
            + (hint is null ? "." : $"; {hint}.");
        metrics.Error("discord");
        return new DiscordRestException(route.Template, status, code, text);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Discord rate limited {Route}; waiting {RetryAfterMs} ms (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, string route, long retryAfterMs, bool global);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Discord answered {StatusCode} to {Route}; retrying in {DelayMs} ms")]
    private static partial void LogServerError(ILogger logger, string route, int statusCode, long delayMs);
}
