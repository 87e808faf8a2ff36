using Bot.Host.Cli;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Cli;

public sealed class StartupFailureTests
{
    [Fact]
    public void Describe_OptionsFailure_ListsEachKey()
    {
        var failure = new OptionsValidationException("Retrieval", typeof(object), ["Retrieval:B: out of range", "Retrieval:K1: out of range"]);
        Assert.True(StartupFailure.IsConfigurationProblem(failure));
        Assert.Equal("Retrieval:B: out of range; Retrieval:K1: out of range", StartupFailure.Describe(failure));
    }

    [Theory]
    [InlineData("Failed to convert configuration value 'Nope' at 'Telegram:Mode' to type 'TelegramMode'.", true)]
    [InlineData("Sequence contains no elements", false)]
    public void IsConfigurationProblem_BinderErrorsOnly(string message, bool expected) =>
        Assert.Equal(expected, StartupFailure.IsConfigurationProblem(new InvalidOperationException(message)));

    [Fact]
    public void IsConfigurationProblem_Bug_IsNotHidden() =>
        Assert.False(StartupFailure.IsConfigurationProblem(new NullReferenceException()));
}
