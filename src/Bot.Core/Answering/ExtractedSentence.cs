using Bot.Core.Ingestion;

namespace Bot.Core.Answering;

/// <summary>A sentence chosen to answer, with the passage it came from.</summary>
internal sealed record ExtractedSentence(string Text, Passage Passage, double Score);
