using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4000, ReconnectAction.Resume)]
    [InlineData(4008, ReconnectAction.Resume)]
    [InlineData(null, ReconnectAction.Resume)]
    [InlineData(4007, ReconnectAction.Identify)]
    [InlineData(4009, ReconnectAction.Identify)]
    [InlineData(4004, ReconnectAction.Stop)]
    [InlineData(4010, ReconnectAction.Stop)]
    [InlineData(4011, ReconnectAction.Stop)]
    [InlineData(4012, ReconnectAction.Stop)]
    [InlineData(4013, ReconnectAction.Stop)]
    [InlineData(4014, ReconnectAction.Stop)]
    public void Classify_CloseCode_ExpectedAction(int? code, ReconnectAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));

    [Fact]
    public void FatalMessage_4014_TellsWhereToEnableTheIntent() =>
        Assert.Contains("Privileged Gateway Intents", GatewayCloseCodes.FatalMessage(4014), StringComparison.Ordinal);
}
