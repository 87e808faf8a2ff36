using Bot.Core;
using Bot.Host.ConsoleChat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Tests.ConsoleChat;

public sealed class ConsoleChatServiceTests
{
    [Fact]
    public async Task Run_QuestionsThenEndOfInput_AnswersEachAndStops()
    {
        var output = new StringWriter();
        var input = new StringReader("超级对齐团队由谁领导？\n/sources\n\n😀\nWhat is the best pizza topping?\n");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:SeedsPath"] = Support.Repository.PathOf("seeds"),
            ["Corpus:GlossaryPath"] = Support.Repository.PathOf("config/glossary.json"),
        });
        builder.Services.AddAnsweringCore().AddKnowledgeBaseLoading();
        builder.Services.AddSingleton(new ConsoleChatIO(input, output));
        builder.Services.AddConsoleChat();
        using var host = builder.Build();

        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.Contains("杨·莱克", text, StringComparison.Ordinal);
        Assert.Contains("5 documents", text, StringComparison.Ordinal);
        Assert.Contains("Please type a question", text, StringComparison.Ordinal);
        Assert.Contains("Sorry, the sources don't answer that", text, StringComparison.Ordinal);
    }
}
