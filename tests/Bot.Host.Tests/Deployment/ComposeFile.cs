using Bot.Host.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Bot.Host.Tests.Deployment;

/// <summary>docker-compose.yml read as YAML, with the helpers the tests need to walk it.</summary>
internal static class ComposeFile
{
    public static YamlMappingNode Bot()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(Repository.Read("docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var services = (YamlMappingNode)root["services"];
        return (YamlMappingNode)services["bot"];
    }

    public static YamlNode? Child(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string Scalar(this YamlNode? node) => (node as YamlScalarNode)?.Value ?? "";

    /// <summary>A node that compose accepts as a string or a list of strings, as a list.</summary>
    public static IReadOnlyList<string> Strings(this YamlNode? node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => [.. sequence.Children.Select(child => child is YamlMappingNode map ? map.Child("path").Scalar() : child.Scalar())],
        _ => [],
    };
}
