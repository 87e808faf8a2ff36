namespace Bot.Core.Answering;

/// <summary>Where a quoted sentence comes from: the document's title, its source label and the quoted span.</summary>
public sealed record Citation(string DocumentId, string DocumentTitle, string SourceLabel, string Quote);
