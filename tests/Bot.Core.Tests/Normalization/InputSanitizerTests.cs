using Bot.Core.Normalization;

namespace Bot.Core.Tests.Normalization;

public sealed class InputSanitizerTests
{
    [Theory]
    [InlineData("a\u0000b\u0007c", "abc")]
    [InlineData("\u200B\u200C\u200D\uFEFF", "")]
    [InlineData("left\u202Eright", "leftright")]
    [InlineData("emoji 😀 kept", "emoji 😀 kept")]
    public void Clean_ControlFormatAndBrokenCharacters_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, InputSanitizer.Clean(input));

    [Fact]
    public void Clean_UnpairedSurrogateAndReplacementCharacter_AreRemoved() =>
        Assert.Equal("alone", InputSanitizer.Clean(new string(['\uD800', 'a', 'l', 'o', '\uFFFD', 'n', 'e'])));
}
