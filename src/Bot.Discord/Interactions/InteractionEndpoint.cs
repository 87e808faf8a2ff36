using System.Text.Json;
using Bot.Discord.Hosting;
using Bot.Discord.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: verifies Discord's Ed25519 signature (401 otherwise), answers PING with PONG
/// and commands inline (type 4) or deferred (type 5, then an edit). Stateless, so it scales behind a load balancer.
/// </summary>
public sealed partial class InteractionEndpoint(
    InteractionResponder responder,
    DiscordBackgroundWork background,
    Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime,
    ILogger<InteractionEndpoint> logger,
    Ed25519SignatureVerifier? verifier = null)
{
    public const string Path = "/discord/interactions";

    /// <summary>Discord's interaction payloads are small; anything bigger is not from Discord.</summary>
    private const int MaxBodyBytes = 256 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (verifier is null)
        {
            // Discord:PublicKey is not set: the endpoint is off.
            return Results.NotFound();
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!verifier.Verify(context.Request.Headers["X-Signature-Timestamp"], body, context.Request.Headers["X-Signature-Ed25519"]))
        {
            LogBadSignature(logger);
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException exception)
        {
            LogMalformed(logger, exception);
            return Results.BadRequest();
        }

        if (interaction is null || string.IsNullOrEmpty(interaction.Id) || (interaction.Type != InteractionType.Ping && string.IsNullOrEmpty(interaction.Token)))
        {
            LogMalformed(logger, null);
            return Results.BadRequest();
        }

        // The application's lifetime, not the request's: a deferred answer continues after this response.
        var reply = await responder.ReplyAsync(interaction, lifetime.ApplicationStopping).ConfigureAwait(false);
        if (reply.Deferred is { } deferred)
        {
            // The edit must come after Discord has the deferral, i.e. after this response is sent.
            context.Response.OnCompleted(() =>
            {
                background.Run("deferred interaction " + interaction.Id, ct => responder.CompleteDeferredAsync(interaction, deferred, ct));
                return Task.CompletedTask;
            });
        }

        return Results.Json(reply.Immediate, DiscordJsonContext.Default.InteractionResponse);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Discord interactions endpoint: refused a request with a bad or missing signature")]
    private static partial void LogBadSignature(ILogger logger);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Discord interactions endpoint: signed body is not a valid interaction")]
    private static partial void LogMalformed(ILogger logger, Exception? exception);
}
