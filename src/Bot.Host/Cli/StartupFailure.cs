using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>Tells start-up failures a person fixes in configuration from bugs, and words them for the console.</summary>
internal static class StartupFailure
{
    public static bool IsConfigurationProblem(Exception exception) => exception switch
    {
        OptionsValidationException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsConfigurationProblem),

        // The configuration binder's own error for a value of the wrong type names the key ("… at 'Telegram:Mode' …").
        InvalidOperationException invalid => invalid.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal),

        // The adapters stop start-up with their own exception when the platform refuses the token.
        _ => exception.GetType().Name.EndsWith("StartupException", StringComparison.Ordinal),
    };

    public static string Describe(Exception exception) => exception switch
    {
        OptionsValidationException options => string.Join("; ", options.Failures),
        AggregateException aggregate => string.Join("; ", aggregate.InnerExceptions.Select(Describe)),
        _ => exception.Message,
    };
}
