using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Diagnostics;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Api;

/// <summary>
/// The Bot API over HttpClient: JSON POSTs to <c>{base}/bot{token}/{method}</c>, waiting <c>retry_after</c> on 429 and
/// backing off on 5xx and network errors. Moving to Telegram.Bot would replace this class only.
/// </summary>
public sealed class TelegramApiClient : ITelegramApi
{
    public const string HttpClientName = "telegram";
    private const string Platform = "telegram";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TelegramOptions _options;
    private readonly TokenRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly BotMetrics _metrics;
    private readonly ILogger<TelegramApiClient> _logger;
    private readonly string _methodBase;

    public TelegramApiClient(
        IHttpClientFactory httpClientFactory,
        IOptions<TelegramOptions> options,
        TokenRedactor redactor,
        TimeProvider time,
        BotMetrics metrics,
        ILogger<TelegramApiClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _redactor = redactor;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _methodBase = _options.ApiBaseUrl.TrimEnd('/') + "/bot" + _options.Token + "/";
    }

    private static TelegramJsonContext Json => TelegramJsonContext.Default;

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync("getMe", new EmptyRequest(), Json.EmptyRequest, Json.ApiResponseUser, _options.RequestTimeout, cancellationToken);

    public async Task<IReadOnlyList<JsonElement>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timeout = TimeSpan.FromSeconds(request.Timeout) + _options.RequestTimeout;
        return await CallAsync("getUpdates", request, Json.GetUpdatesRequest, Json.ApiResponseListJsonElement, timeout, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", request, Json.SendMessageRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    public Task SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendChatAction", request, Json.SendChatActionRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    public Task SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", request, Json.SetMyCommandsRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    public Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", request, Json.SetWebhookRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    public Task DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", request, Json.DeleteWebhookRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    public Task AnswerInlineQueryAsync(AnswerInlineQueryRequest request, CancellationToken cancellationToken) =>
        CallAsync("answerInlineQuery", request, Json.AnswerInlineQueryRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    public Task AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", request, Json.AnswerCallbackQueryRequest, Json.ApiResponseJsonElement, _options.RequestTimeout, cancellationToken);

    private async Task<TResult> CallAsync<TRequest, TResult>(
        string method,
        TRequest body,
        JsonTypeInfo<TRequest> requestInfo,
        JsonTypeInfo<ApiResponse<TResult>> responseInfo,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var http = _httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            string reason;
            try
            {
                using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                // A network timeout is wall-clock time on a socket, so it is not taken from the injected TimeProvider.
                attemptCancellation.CancelAfter(timeout);
                // Buffered with a Content-Length: simple Bot API servers and proxies do not all accept chunked bodies.
                using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestInfo));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                using var response = await http.PostAsync(new Uri(_methodBase + method), content, attemptCancellation.Token)
                    .ConfigureAwait(false);
                var envelope = await ReadEnvelopeAsync(response, responseInfo, attemptCancellation.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode && envelope is { Ok: true })
                {
                    return envelope.Result!;
                }

                var code = envelope?.ErrorCode ?? (int)response.StatusCode;
                var description = _redactor.Redact(envelope?.Description ?? response.ReasonPhrase ?? "no description");
                if (code == (int)HttpStatusCode.TooManyRequests)
                {
                    _metrics.RateLimited(Platform);
                    delay = RetryAfter(envelope, response);
                    reason = "429 Too Many Requests";
                }
                else if (code >= 500)
                {
                    delay = Backoff(attempt);
                    reason = code.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    throw new TelegramApiException(method, code, description) { MigrateToChatId = envelope?.Parameters?.MigrateToChatId };
                }

                if (attempt > _options.MaxRetries)
                {
                    throw new TelegramApiException(method, code, description);
                }
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                if (attempt > _options.MaxRetries)
                {
                    throw new TelegramApiException(method, 0, _redactor.Redact(ex.Message), SafeInner(ex));
                }

                delay = Backoff(attempt);
                reason = ex.GetType().Name;
            }

            _logger.LogWarning(
                "Telegram {Method} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                method, attempt, reason, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<ApiResponse<TResult>?> ReadEnvelopeAsync<TResult>(
        HttpResponseMessage response, JsonTypeInfo<ApiResponse<TResult>> responseInfo, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            // An error page from a proxy is not an envelope; the status code alone decides.
            try
            {
                return JsonSerializer.Deserialize(bytes, responseInfo);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return JsonSerializer.Deserialize(bytes, responseInfo);
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        JsonException => true,
        _ => false,
    };

    private Exception? SafeInner(Exception ex) =>
        string.IsNullOrEmpty(_options.Token) || !ex.ToString().Contains(_options.Token, StringComparison.Ordinal) ? ex : null;

    private static TimeSpan RetryAfter<TResult>(ApiResponse<TResult>? envelope, HttpResponseMessage response)
    {
        if (envelope?.Parameters?.RetryAfter is { } seconds and >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
    }

    private TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryBaseDelay.Ticks * factor, _options.MaxRetryDelay.Ticks));
        return delay;
    }
}
