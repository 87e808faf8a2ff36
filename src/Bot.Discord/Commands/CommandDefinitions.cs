namespace Bot.Discord.Commands;

/// <summary>The slash commands the bot registers: /ask, /sources, /help.</summary>
public static class CommandDefinitions
{
    public const string Ask = "ask";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string QuestionOption = "question";

    /// <summary>Longest question /ask accepts; Discord enforces it in the client.</summary>
    public const int MaxQuestionLength = 500;

    private const int ChatInput = 1;
    private const int StringOption = 3;

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new(Ask, "Ask about the 2024 OpenAI departures (English or Chinese)", ChatInput,
            [new ApplicationCommandOption(StringOption, QuestionOption, "Your question", Required: true, MaxLength: MaxQuestionLength)]),
        new(Sources, "List the documents the answers come from", ChatInput, null),
        new(Help, "What this bot knows and how to ask", ChatInput, null),
    ];
}
