namespace Bot.Telegram.Replies;

/// <summary>One block of a reply as plain (unescaped) text; escaping happens only when it is rendered.</summary>
public sealed record ReplyBlock(string Text, ReplyBlockKind Kind);
