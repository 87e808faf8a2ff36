using Bot.Core.Corpus;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Corpus;

public sealed class SectionValidatorTests
{
    [Fact]
    public void Validate_OutOfRange_NamesTheConfigurationKey()
    {
        var result = new SectionValidator<RetrievalOptions>("Retrieval").Validate(null, new RetrievalOptions { B = 5 });
        Assert.True(result.Failed);
        Assert.Contains("Retrieval:B", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new SectionValidator<RetrievalOptions>("Retrieval").Validate(null, new RetrievalOptions()).Succeeded);
}
