namespace Bot.Discord.Gateway;

/// <summary>How one gateway connection ended.</summary>
/// <param name="Action">Resume, Identify again, or stop.</param>
/// <param name="Immediate">Reconnect without back-off (Discord asked for it, or a zombie connection was dropped).</param>
/// <param name="WasReady">The connection reached READY or RESUMED, so the back-off starts over.</param>
/// <param name="Reason">What happened, for the log; for <see cref="ReconnectAction.Stop"/> what a person must do.</param>
public sealed record ConnectionOutcome(ReconnectAction Action, bool Immediate, bool WasReady, string Reason);
