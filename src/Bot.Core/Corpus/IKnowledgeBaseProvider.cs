using Bot.Core.Retrieval;

namespace Bot.Core.Corpus;

/// <summary>Holds the current <see cref="KnowledgeBase"/> and rebuilds it from the configured files.</summary>
public interface IKnowledgeBaseProvider
{
    /// <summary>True once the first load has completed.</summary>
    bool IsLoaded { get; }

    /// <summary>The knowledge base in use; only valid once <see cref="IsLoaded"/>.</summary>
    KnowledgeBase Current { get; }

    /// <summary>Reads the seeds and the glossary and swaps in a freshly built knowledge base.</summary>
    Task<KnowledgeBase> LoadAsync(CancellationToken cancellationToken);
}
