namespace Bot.Core.Answering;

/// <summary>A retrieved passage in rank order, its text in the asker's script.</summary>
public sealed record RankedPassage(string DocumentId, string DocumentTitle, double Score, string Text);
