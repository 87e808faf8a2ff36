using Bot.Core.Corpus;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>Runs a one-shot command against a tool host with the knowledge base loaded; bad configuration exits 2 with its message.</summary>
internal static class ToolRunner
{
    public static async Task<int> RunAsync(
        Func<string[], IHost> factory, string[] configuration, Func<IServiceProvider, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            using var host = factory(configuration);
            await host.Services.GetRequiredService<IKnowledgeBaseProvider>().LoadAsync(cancellationToken).ConfigureAwait(false);
            return await command(host.Services).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OptionsValidationException or IOException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }
    }
}
