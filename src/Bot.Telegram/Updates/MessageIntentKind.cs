namespace Bot.Telegram.Updates;

/// <summary>What a message asks of the bot.</summary>
public enum MessageIntentKind
{
    /// <summary>Not addressed to the bot: stay silent.</summary>
    None,
    Start,
    Help,
    Sources,

    /// <summary>A question to answer.</summary>
    Ask,
}
