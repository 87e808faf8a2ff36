namespace Bot.Host.ConsoleChat;

/// <summary>The console chat's input and output; tests substitute their own readers and writers.</summary>
public sealed record ConsoleChatIO(TextReader Input, TextWriter Output)
{
    public static ConsoleChatIO Standard => new(Console.In, Console.Out);
}
