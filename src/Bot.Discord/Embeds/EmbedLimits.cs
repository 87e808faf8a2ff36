namespace Bot.Discord.Embeds;

/// <summary>Discord's embed size limits; a larger embed is refused with 400.</summary>
public static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;

    /// <summary>Title, description, field names and values and footer together.</summary>
    public const int Total = 6000;

    /// <summary>Characters an embed counts toward <see cref="Total"/>.</summary>
    public static int Length(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + embed.Fields.Sum(f => f.Name.Length + f.Value.Length)
            + (embed.Footer?.Text.Length ?? 0);
    }
}
