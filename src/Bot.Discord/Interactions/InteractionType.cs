namespace Bot.Discord.Interactions;

/// <summary>Interaction kinds the bot tells apart.</summary>
public static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
}
