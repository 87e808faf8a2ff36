using Bot.Core.Answering;

namespace Bot.Core.Normalization;

/// <summary>Tells the asker's language and script: any Han text is Chinese, Traditional when it has more Traditional-only characters.</summary>
public sealed class ScriptDetector(ChineseScripts scripts)
{
    public ReplyLanguage Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (!TextFolder.IsCjk(c))
            {
                continue;
            }

            han++;
            if (scripts.IsTraditionalOnly(c))
            {
                traditional++;
            }
            else if (scripts.IsSimplifiedOnly(c))
            {
                simplified++;
            }
        }

        if (han == 0)
        {
            return ReplyLanguage.English;
        }

        return traditional > simplified ? ReplyLanguage.TraditionalChinese : ReplyLanguage.SimplifiedChinese;
    }
}
