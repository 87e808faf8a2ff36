using System.Net;

namespace Bot.Discord.Rest;

/// <summary>A REST call Discord refused for good (4xx other than 429, or retries used up); never holds the token.</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(string route, HttpStatusCode statusCode, int discordCode, string message)
        : base(message)
    {
        Route = route;
        StatusCode = statusCode;
        DiscordCode = discordCode;
    }

    /// <summary>The token-free route template.</summary>
    public string? Route { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Discord's JSON error code (0 when the body had none).</summary>
    public int DiscordCode { get; }
}
