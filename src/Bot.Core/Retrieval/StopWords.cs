namespace Bot.Core.Retrieval;

/// <summary>Question words and particles that say how something is asked, not what about (folded, Simplified).</summary>
internal static class StopWords
{
    /// <summary>Chinese phrases, longest first, removed from questions before bigrams are taken.</summary>
    public static readonly string[] ChinesePhrases =
    [
        "是什么", "为什么", "怎么样", "有没有", "是不是", "有什么", "告诉我", "请问", "什么", "怎么", "如何", "哪些", "哪个",
        "哪里", "哪儿", "多少", "是否", "一下", "知道", "现在", "关于", "情况", "分别", "的话", "吗", "呢", "吧", "啊", "呀",
        "了", "的", "是", "谁", "几",
    ];

    /// <summary>Greetings and thanks (folded, no spaces or punctuation): a message that is only one of these asks nothing.</summary>
    public static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "thanks", "thankyou", "thx", "goodmorning", "goodnight", "ok", "okay",
        "你好", "您好", "大家好", "嗨", "哈喽", "谢谢", "多谢", "感谢", "早上好", "晚上好", "早安", "晚安", "好的", "收到",
    };

    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done",
        "what", "which", "who", "whom", "whose", "when", "where", "how", "that", "this", "these", "those", "of", "in",
        "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "than", "then", "there", "their", "them",
        "they", "he", "she", "it", "its", "his", "her", "him", "i", "you", "we", "our", "your", "me", "my", "or", "and",
        "but", "if", "so", "not", "no", "yes", "can", "could", "would", "should", "will", "shall", "may", "might",
        "must", "have", "has", "had", "having", "just", "also", "any", "some", "more", "most", "such", "only", "own",
        "same", "too", "very", "s", "t", "now", "up", "out", "over", "again", "once", "here", "all", "both", "each",
        "other", "nor", "off", "whether", "ever", "tell", "know", "say", "said", "says", "happen", "happened", "get",
        "got", "really", "please", "much", "many", "still", "anything", "something", "thing", "things", "way",
    };
}
