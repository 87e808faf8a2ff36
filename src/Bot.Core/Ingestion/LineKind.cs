namespace Bot.Core.Ingestion;

/// <summary>How a line looks on its own, before its neighbours are considered.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>Prose: long enough, punctuated, with function words, sharing vocabulary with the rest of the page.</summary>
    Article,

    /// <summary>Short and undecided (a heading, a caption, a byline); its neighbours decide.</summary>
    Short,

    /// <summary>Boilerplate, navigation, a link list, spam or a repeat.</summary>
    Junk,
}
