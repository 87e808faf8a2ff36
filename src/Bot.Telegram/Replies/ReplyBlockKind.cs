namespace Bot.Telegram.Replies;

/// <summary>How a block of a reply is rendered in HTML.</summary>
public enum ReplyBlockKind
{
    /// <summary>Plain escaped text.</summary>
    Text,

    /// <summary>Bold, for headings such as "Sources:".</summary>
    Heading,

    /// <summary>A blockquote, for quoted evidence.</summary>
    Quote,

    /// <summary>A collapsed blockquote the reader can expand, for long evidence in groups.</summary>
    ExpandableQuote,
}
