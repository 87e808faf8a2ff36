using Bot.Discord.Gateway;
using Bot.Discord.Hosting;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

/// <summary>Bulk-overwrites the slash commands at start-up, globally or for <see cref="DiscordOptions.GuildId"/>.</summary>
public sealed partial class CommandRegistrar(
    DiscordApi api,
    DiscordSessionState session,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var applicationId = options.Value.ApplicationId;
        if (string.IsNullOrEmpty(applicationId))
        {
            applicationId = (await api.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false)).Id;
        }

        session.ApplicationId = applicationId;

        var guildId = options.Value.GuildId;
        await api.BulkOverwriteCommandsAsync(applicationId, guildId, CommandDefinitions.All, cancellationToken).ConfigureAwait(false);
        LogRegistered(logger, CommandDefinitions.All.Count, string.IsNullOrEmpty(guildId) ? "global" : "guild " + guildId);
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "Discord: registered {Count} slash commands ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);
}
