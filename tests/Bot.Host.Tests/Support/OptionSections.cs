using System.Reflection;
using Bot.Core.Corpus;
using Bot.Discord.Hosting;
using Bot.Telegram.Hosting;

namespace Bot.Host.Tests.Support;

/// <summary>
/// The options classes a deployment configures through the environment, each bound to the configuration section
/// named by its <c>SectionName</c> (adapters) or <c>Section</c> (core) constant. A new adapter is one more entry in
/// <see cref="Classes"/>.
/// </summary>
public static class OptionSections
{
    public static readonly IReadOnlyList<Type> Classes = [typeof(TelegramOptions), typeof(DiscordOptions), typeof(CorpusOptions)];

    /// <summary>Section name → options class.</summary>
    public static IReadOnlyDictionary<string, Type> All { get; } = Classes.ToDictionary(SectionOf, StringComparer.Ordinal);

    /// <summary>The bindable properties of an options class.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite);

    /// <summary>Properties holding credentials: a deployment must be able to set them, and no file may hold a value.</summary>
    public static bool IsSecret(string propertyName) =>
        propertyName.EndsWith("Token", StringComparison.Ordinal)
        || propertyName.Contains("Secret", StringComparison.Ordinal)
        || propertyName.Contains("Password", StringComparison.Ordinal)
        || propertyName is "PublicKey" or "ApiKey";

    /// <summary>The environment variable names (<c>Section__Property</c>) of every secret property.</summary>
    public static IEnumerable<string> SecretKeys() =>
        from section in All
        from property in Properties(section.Value)
        where IsSecret(property.Name)
        select $"{section.Key}__{property.Name}";

    private static string SectionOf(Type options) =>
        (options.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
            ?? options.GetField("Section", BindingFlags.Public | BindingFlags.Static))?.GetValue(null) as string
            ?? throw new InvalidOperationException($"{options.Name} has no public SectionName or Section constant.");
}
