using System.Reflection;
using Bot.Telegram.Hosting;

namespace Bot.Host.Tests.Support;

/// <summary>
/// The configuration sections a deployment sets through the environment, with the options class each binds to.
/// A section whose adapter is not in this build yet has no class; its keys are listed but not checked.
/// </summary>
public static class OptionSections
{
    public static readonly IReadOnlyDictionary<string, Type?> All = new Dictionary<string, Type?>(StringComparer.Ordinal)
    {
        [TelegramOptions.SectionName] = typeof(TelegramOptions),
        ["Discord"] = null, // once the discord branch is merged: typeof(Bot.Discord.Hosting.DiscordOptions)
    };

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
        where section.Value is not null
        from property in Properties(section.Value)
        where IsSecret(property.Name)
        select $"{section.Key}__{property.Name}";
}
