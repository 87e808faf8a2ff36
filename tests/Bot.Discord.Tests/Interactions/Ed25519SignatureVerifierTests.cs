using System.Text;
using Bot.Discord.Interactions;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests.Interactions;

public sealed class Ed25519SignatureVerifierTests
{
    private static readonly TestKeys Keys = new();
    private readonly Ed25519SignatureVerifier _verifier = new(Keys.PublicKeyHex);

    [Fact]
    public void Verify_GoodSignature_True() =>
        Assert.True(_verifier.Verify("123", Encoding.UTF8.GetBytes("{\"type\":1}"), Keys.Sign("123", "{\"type\":1}")));

    [Fact]
    public void Verify_OtherBody_False() =>
        Assert.False(_verifier.Verify("123", Encoding.UTF8.GetBytes("{\"type\":2}"), Keys.Sign("123", "{\"type\":1}")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("not hex at all, but long enough to be 128 characters ......................................................................")]
    public void Verify_MalformedSignature_False(string? signature) =>
        Assert.False(_verifier.Verify("123", Encoding.UTF8.GetBytes("{}"), signature));

    [Fact]
    public void Verify_MissingTimestamp_False() =>
        Assert.False(_verifier.Verify(null, Encoding.UTF8.GetBytes("{}"), Keys.Sign("", "{}")));
}
