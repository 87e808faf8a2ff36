namespace Bot.Discord.Interactions;

/// <summary>Body of an interaction callback (REST) or of the HTTP endpoint's 200 response.</summary>
public sealed record InteractionResponse(int Type, InteractionCallbackData? Data);
