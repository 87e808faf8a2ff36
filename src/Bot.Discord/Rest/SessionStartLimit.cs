namespace Bot.Discord.Rest;

/// <summary>Discord's daily Identify budget (1000 by default); <see cref="ResetAfter"/> is in milliseconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
