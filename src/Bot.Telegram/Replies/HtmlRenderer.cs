namespace Bot.Telegram.Replies;

/// <summary>Renders the blocks of one message as Telegram HTML, escaping every piece of text.</summary>
public static class HtmlRenderer
{
    public static string Render(IReadOnlyList<ReplyBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return string.Join('\n', blocks.Select(RenderBlock));
    }

    private static string RenderBlock(ReplyBlock block)
    {
        var text = HtmlText.Escape(block.Text);
        return block.Kind switch
        {
            ReplyBlockKind.Heading => $"<b>{text}</b>",
            ReplyBlockKind.Quote => $"<blockquote>{text}</blockquote>",
            ReplyBlockKind.ExpandableQuote => $"<blockquote expandable>{text}</blockquote>",
            _ => text,
        };
    }
}
