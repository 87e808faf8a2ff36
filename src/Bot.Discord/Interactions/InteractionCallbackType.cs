namespace Bot.Discord.Interactions;

/// <summary>Interaction response kinds the bot sends.</summary>
public static class InteractionCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
}
