namespace Bot.Discord.Rest;

/// <summary>One REST call target: the concrete path, a token-free name for logs, and its rate-limit key.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route with placeholders, e.g. <c>POST /channels/{channel_id}/messages</c>; safe to log.</param>
/// <param name="Path">The path relative to the API base, ids and tokens filled in; never logged.</param>
/// <param name="BucketKey">Route plus major parameter, or null for per-interaction routes that are not worth tracking.</param>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string? BucketKey)
{
    public override string ToString() => Template;
}
