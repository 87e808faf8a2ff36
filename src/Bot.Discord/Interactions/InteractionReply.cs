namespace Bot.Discord.Interactions;

/// <summary>The response to send now, and, when it is a deferral, the answer still being computed.</summary>
public sealed record InteractionReply(InteractionResponse Immediate, Task<InteractionCallbackData>? Deferred);
