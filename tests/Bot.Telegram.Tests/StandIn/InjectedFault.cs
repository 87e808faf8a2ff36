namespace Bot.Telegram.Tests.StandIn;

/// <summary>A response the stand-in gives once, instead of the normal one, to the next call of a method.</summary>
public sealed record InjectedFault(int Status, string Body);
