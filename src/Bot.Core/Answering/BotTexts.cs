namespace Bot.Core.Answering;

/// <summary>The bot's fixed replies (lead lines, abstentions, help) in each reply language.</summary>
public static class BotTexts
{
    public static string AnsweredLead(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese => "根据资料：",
        ReplyLanguage.TraditionalChinese => "根據資料：",
        _ => "Here is what the sources say (quoted in the original Chinese; no translation is available yet):",
    };

    public static string NotCovered(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese =>
            "抱歉，资料里找不到可靠的答案。我只回答 2024 年 OpenAI 人员离职的问题（Ilya Sutskever、Jan Leike、超级对齐团队、算力承诺、离职协议与股权、Anthropic）。发送 /sources 查看资料列表。",
        ReplyLanguage.TraditionalChinese =>
            "抱歉，資料裡找不到可靠的答案。我只回答 2024 年 OpenAI 人員離職的問題（Ilya Sutskever、Jan Leike、超級對齊團隊、算力承諾、離職協議與股權、Anthropic）。傳送 /sources 查看資料列表。",
        _ =>
            "Sorry, the sources don't answer that. I cover the 2024 OpenAI departures: Ilya Sutskever and Jan Leike leaving, the superalignment team, its compute, exit agreements and equity, Anthropic. Send /sources to see the documents.",
    };

    public static string NoQuestion(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese => "请输入一个问题，例如：“超级对齐团队现在怎么样了？”",
        ReplyLanguage.TraditionalChinese => "請輸入一個問題，例如：「超級對齊團隊現在怎麼樣了？」",
        _ => "Please type a question, for example: \"Why did Jan Leike resign from OpenAI?\"",
    };

    public static string TooLong(ReplyLanguage language, int maxLength) => language switch
    {
        ReplyLanguage.SimplifiedChinese => $"问题太长了（最多 {maxLength} 个字符），请缩短后再问。",
        ReplyLanguage.TraditionalChinese => $"問題太長了（最多 {maxLength} 個字元），請縮短後再問。",
        _ => $"That question is too long (at most {maxLength} characters). Please shorten it and ask again.",
    };

    public static string SourcesHeading(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese => "来源：",
        ReplyLanguage.TraditionalChinese => "來源：",
        _ => "Sources:",
    };

    public static string Help(ReplyLanguage language) => language switch
    {
        ReplyLanguage.SimplifiedChinese =>
            "我根据一组中文新闻回答 2024 年 OpenAI 人员离职的问题：Ilya Sutskever 与 Jan Leike 离开、超级对齐团队解散、承诺的算力、与股权挂钩的离职协议、Leike 加入 Anthropic、Ilya 的经历。\n/ask <问题> 提问 · /sources 资料列表 · /help 帮助",
        ReplyLanguage.TraditionalChinese =>
            "我根據一組中文新聞回答 2024 年 OpenAI 人員離職的問題：Ilya Sutskever 與 Jan Leike 離開、超級對齊團隊解散、承諾的算力、與股權掛鉤的離職協議、Leike 加入 Anthropic、Ilya 的經歷。\n/ask <問題> 提問 · /sources 資料列表 · /help 說明",
        _ =>
            "I answer questions about the 2024 OpenAI departures from a set of Chinese news articles: Ilya Sutskever and Jan Leike leaving, the superalignment team dissolved, the compute it was promised, exit agreements tied to equity, Leike joining Anthropic, Sutskever's background. Ask in English or Chinese.\n/ask <question> · /sources lists the documents · /help",
    };
}
