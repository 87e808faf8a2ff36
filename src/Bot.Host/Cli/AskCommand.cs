using System.CommandLine;
using Bot.Core.Answering;

namespace Bot.Host.Cli;

/// <summary><c>ask "question"</c>: prints one answer as a user would see it.</summary>
internal static class AskCommand
{
    public static Command Create(BotHostFactories hosts)
    {
        var question = new Argument<string>("question") { Description = "The question, in English or Chinese." };
        var command = new Command("ask", "Print the answer to one question.") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(question);
        command.SetAction((result, cancellationToken) => ToolRunner.RunAsync(
            hosts.Tool, BotCommandLine.ConfigurationArguments(result), async services =>
            {
                var answer = await services.GetRequiredService<IQuestionAnswerer>()
                    .AnswerAsync(result.GetValue(question) ?? string.Empty, cancellationToken).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(answer.ReplyText).ConfigureAwait(false);
                return 0;
            }, cancellationToken));
        return command;
    }
}
