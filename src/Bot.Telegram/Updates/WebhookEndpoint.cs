using System.Security.Cryptography;
using System.Text;
using Bot.Telegram.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Updates;

/// <summary>
/// <c>POST /telegram/webhook</c>: checks <c>X-Telegram-Bot-Api-Secret-Token</c>, queues the update and answers 200 at
/// once; the update is handled in the background.
/// </summary>
public static class WebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private const int MaxBodyBytes = 1 << 20;

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        [FromServices] IOptions<TelegramOptions> options,
        [FromServices] WebhookUpdateQueue queue,
        [FromServices] ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var settings = options.Value;
        if (settings.Mode != TelegramMode.Webhook)
        {
            return Results.NotFound();
        }

        if (!HasSecret(context.Request, settings.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var logger = loggerFactory.CreateLogger(typeof(WebhookEndpoint).FullName!);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        if (body.Length > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var update = RawUpdate.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        if (update.Update is null && update.UpdateId is null)
        {
            // 200 anyway: Telegram retries any other status, and an unreadable body will not get better.
            logger.LogWarning("Ignoring an unreadable webhook body: {Error}", update.Error);
            return Results.Ok();
        }

        if (!queue.TryEnqueue(update))
        {
            logger.LogWarning("Webhook queue full; asking Telegram to resend update {UpdateId}", update.UpdateId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private static bool HasSecret(HttpRequest request, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || !request.Headers.TryGetValue(SecretHeader, out var values) || values.Count != 1)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(values[0] ?? ""), Encoding.UTF8.GetBytes(secret));
    }
}
