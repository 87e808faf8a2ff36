namespace Bot.Core.Answering;

/// <summary>The asker's language and script, which the reply follows.</summary>
public enum ReplyLanguage
{
    English,
    SimplifiedChinese,
    TraditionalChinese,
}
