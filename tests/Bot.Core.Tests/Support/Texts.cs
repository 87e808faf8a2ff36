using Bot.Core.Normalization;

namespace Bot.Core.Tests.Support;

/// <summary>One shared converter: loading the OpenCC tables per test would dominate the run time.</summary>
internal static class Texts
{
    public static ChineseScripts Scripts { get; } = new();

    public static TextFolder Folder { get; } = new(Scripts);
}
