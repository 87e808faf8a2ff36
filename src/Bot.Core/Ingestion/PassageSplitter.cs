namespace Bot.Core.Ingestion;

/// <summary>
/// Packs a document's sentences into passages of a few sentences: a passage ends at a paragraph break once it
/// has reached the target length, and never grows past the maximum (a longer single sentence stands alone).
/// </summary>
public sealed class PassageSplitter(int targetLength, int maximumLength)
{
    private const int MaximumHeadingLength = 30;
    private const int MinimumBeforeHeading = 40;

    public IReadOnlyList<Passage> Split(CleanedDocument document, int firstIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        var passages = new List<Passage>();
        var current = new List<string>();
        var length = 0;

        void Close()
        {
            if (current.Count > 0)
            {
                passages.Add(new Passage(firstIndex + passages.Count, document.Id, current.ToArray()));
                current.Clear();
                length = 0;
            }
        }

        foreach (var paragraph in document.Paragraphs)
        {
            // A subheading introduces what follows, so it opens a passage rather than closing one.
            if (length >= targetLength || (length >= MinimumBeforeHeading && IsHeading(paragraph)))
            {
                Close();
            }

            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                if (length > 0 && length + sentence.Length > maximumLength)
                {
                    Close();
                }

                current.Add(sentence);
                length += sentence.Length;
            }
        }

        Close();
        return passages;
    }

    private static bool IsHeading(string paragraph) =>
        paragraph.Length <= MaximumHeadingLength && !paragraph.TrimEnd().EndsWith('。');
}
