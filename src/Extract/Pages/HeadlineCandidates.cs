using System.Text.RegularExpressions;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>One line (or two adjacent lines joined) of a saved page's head that could be its headline, with the
/// features <see cref="HeadlineModel"/> weighs.</summary>
internal sealed record HeadlineCandidate(string Text, int Line, bool Joined, double[] Features)
{
    /// <summary>Lines of the page above this one that end as a sentence of running text (。): the text has begun.</summary>
    public int SentencesBefore { get; init; }
}

/// <summary>The lines a saved web page's headline could be, each described by what holds on any site's layout — where
/// it stands, how long it is, what it is made of, what is printed around it, whether the page prints it again and
/// whether the rules chose it — never by the words of particular sites (<c>docs/extraction.md</c>, learned headline
/// chooser).</summary>
internal static partial class HeadlineCandidates
{
    /// <summary>The head of a page ends with its second paragraph of running text (an editor's note or a lead may come
    /// before the headline), or after this many lines of menus.</summary>
    private const int HeadLineLimit = 160;
    private const int ParagraphChars = 60;
    /// <summary>Lines this short are joined with the next as a headline broken over two lines.</summary>
    private const int JoinableChars = 32;
    private const int LongestCandidate = 120;

    public static readonly string[] FeatureNames =
    {
        "rules", "rules_cleaned", "first", "position", "rank", "after_paragraph",
        "han_lt4", "han_4_7", "han_8_11", "han_12_19", "han_20_29", "han_30_44", "han_45",
        "cjk_share", "digit_share", "latin_share",
        "ends_sentence", "ends_colon", "ends_comma", "exclaims", "colon_inside", "spaces",
        "site_tail", "crumb", "bracket_tag", "date", "time", "field_words", "byline_words", "quotes", "starts_digit",
        "next_meta", "prev_meta", "next_paragraph", "prev_menu",
        "repeated", "repeated_with_tail", "furniture", "site_label", "section_name", "joined",
        "address", "glue_cleaned", "tail_link", "label_prefix", "label_cut", "bars", "inner_comma",
    };

    private static readonly Dictionary<string, int> Index = FeatureNames.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);

    [GeneratedRegex(@"\d{4}\s*[-/.年]\s*\d{1,2}")]
    private static partial Regex DatePattern { get; }
    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex TimePattern { get; }
    [GeneratedRegex(@"来源|作者|编辑|发布|浏览|点击|阅读|时间|日期|字号|字体")]
    private static partial Regex FieldWords { get; }
    [GeneratedRegex(@"记者|通讯员|摄影|报道|供稿|撰稿")]
    private static partial Regex BylineWords { get; }
    [GeneratedRegex(@"(\s[-–—_|]\s?|[_|｜])[^-–—_|｜]{1,16}$")]
    private static partial Regex SiteTail { get; }
    /// <summary>A tag in brackets opening the line, perhaps after the number a site's list gives the item (177.【產學樞紐】…).</summary>
    [GeneratedRegex(@"^(\d{1,4}[.、．]\s*)?(【[^】]{1,12}】|\[[^\]]{1,12}\])")]
    private static partial Regex BracketTag { get; }

    [GeneratedRegex(@"\s*(https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Address { get; }
    /// <summary>A short label opening the line before a bar or colon (四川日报:…, 人报甘头条 | …).</summary>
    [GeneratedRegex(@"^(?<label>[^\s:：|｜丨]{2,10})\s*(?<mark>[:：|｜丨])\s*")]
    private static partial Regex LeadingLabel { get; }
    /// <summary>Han characters a headline keeps after a label, a glued date or an address comes off.</summary>
    private const int MinHeadlineHan = 8;

    /// <summary>What a candidate line gives as a title: without a leading tag (【第33期】, [新闻]), the page label, date or
    /// fields glued to it (<see cref="PageFurniture.HeadlineGlue"/>), a web address and what follows it, a numbered series
    /// after a bar, or the site's name after it.</summary>
    public static string Title(HeadlineCandidate candidate)
    {
        var text = candidate.Text;
        if (BracketTag.Match(text) is { Success: true } tag && text.Length - tag.Length >= 4) text = text[tag.Length..].TrimStart();
        text = WithoutGlue(text);
        if (LineRules.SeriesSuffixStart(TextNormalizer.Fold(text)) is > 0 and var series) text = text[..series].Trim();
        return PageFurniture.Default.WithoutSiteName(text);
    }

    /// <summary>The line without the page label, date or fields printed on it (folding keeps every character's place), and
    /// without a web address glued after it with whatever follows (…节目预告http://www.sina.com.cn 2007年10月19日).</summary>
    private static string WithoutGlue(string text)
    {
        var (before, after, _) = PageFurniture.HeadlineGlue(TextNormalizer.Fold(text));
        if (before > 0 || after > 0) text = text[before..(text.Length - after)].Trim();
        if (Address.Match(text) is { Success: true, Index: > 0 } address && text[..address.Index].Count(ChineseScript.IsHan) >= MinHeadlineHan)
            text = text[..address.Index].Trim();
        return text;
    }

    /// <summary>The line without a site's, channel's or feed's label before its mark (四川日报:…, 每日关注!…, 人报甘头条 | …),
    /// when a headline's worth of Han characters follows; null when it opens with none. A colon's label must name a site
    /// or channel (a company's or zone's name before a colon is part of its headline: 同益股份:关于…的公告); any short label
    /// before a bar is a channel, as the rules read it.</summary>
    private static string? WithoutLabel(string text)
    {
        var rest = text;
        for (var cut = 0; cut < 2; cut++)
        {
            var folded = TextNormalizer.Fold(rest);
            var hype = PageFurniture.Default.HypeLabelLength(folded);
            if (hype > 0) { rest = rest[hype..].Trim(); continue; }
            var m = LeadingLabel.Match(folded);
            if (!m.Success) break;
            var label = m.Groups["label"].Value;
            var bar = m.Groups["mark"].Value is not (":" or "：");
            if (!bar && !PageFurniture.Default.IsSiteName(label) && !PageFurniture.Default.IsChannelName(label)) break;
            rest = rest[m.Length..].Trim();
        }
        return rest.Length < text.Length && rest.Count(ChineseScript.IsHan) >= MinHeadlineHan ? rest : null;
    }

    /// <summary>The candidates of a page's lines (cleaned, non-empty, in order) given the rules' title of its article.</summary>
    public static List<HeadlineCandidate> From(IReadOnlyList<string> lines, string rulesTitle)
    {
        var folded = lines.Take(HeadLineLimit + 2).Select(TextNormalizer.Fold).ToList();
        var furniture = PageFurniture.Default;
        var end = HeadEnd(folded, furniture);
        var keys = folded.Select(PageSplitter.Key).ToList();
        var rulesKey = PageSplitter.Key(TextNormalizer.Fold(rulesTitle ?? "").Trim());
        var result = new List<HeadlineCandidate>();
        var content = 0;
        var paragraphsBefore = 0;
        var sentencesBefore = 0;
        for (var i = 0; i < end; i++)
        {
            var f = folded[i];
            var isFurniture = furniture.Classify(f) != FurnitureKind.None;
            if (IsCandidate(f))
            {
                var whole = Describe(lines[i], i, false, content, paragraphsBefore > 0, folded, keys, rulesKey, isFurniture, result.Count) with { SentencesBefore = sentencesBefore };
                result.Add(whole);
                // A label glued before the headline (a site's, a channel's, a feed's): the line without it is a candidate too.
                if (WithoutLabel(lines[i].Trim()) is { } unlabelled)
                {
                    whole.Features[Index["label_prefix"]] = 1;
                    var cut = Describe(unlabelled, i, false, content, paragraphsBefore > 0, folded, keys, rulesKey, isFurniture, result.Count) with { SentencesBefore = sentencesBefore };
                    cut.Features[Index["label_cut"]] = 1;
                    result.Add(cut);
                }
                if (i + 1 < end && f.Length <= JoinableChars && folded[i + 1].Length <= JoinableChars && IsCandidate(folded[i + 1]))
                    result.Add(Describe(lines[i].TrimEnd() + lines[i + 1].Trim(), i, true, content, paragraphsBefore > 0, folded, keys, rulesKey, isFurniture, result.Count) with { SentencesBefore = sentencesBefore });
            }
            // A document farm's title run on into its contents (…咨询报告目录11920摘要 3…), too long for a headline as it stands: the
            // line without what is glued to it is a candidate.
            else if (GluedTitle(lines[i], f) is { } unglued)
            {
                var cut = Describe(unglued, i, false, content, paragraphsBefore > 0, folded, keys, rulesKey, isFurniture, result.Count) with { SentencesBefore = sentencesBefore };
                cut.Features[Index["glue_cleaned"]] = 1;
                result.Add(cut);
            }
            if (isFurniture) continue;
            // A site's notice (a browser's advice, a privacy prompt) is no text the page has begun with.
            content++;
            if (IsParagraph(f)) paragraphsBefore++;
            if (f.TrimEnd().EndsWith('。')) sentencesBefore++;
        }
        // The rules may have cleaned the headline of what a line glued to it (a date, a series tag): their title is a
        // candidate of its own when no line says it.
        if (rulesKey.Length > 0 && !result.Any(c => c.Features[Index["rules"]] > 0))
        {
            var cleaned = Describe(rulesTitle!, -1, false, 0, false, folded, keys, rulesKey, false, result.Count);
            cleaned.Features[Index["rules_cleaned"]] = 1;
            result.Add(cleaned);
        }
        return result;
    }

    /// <summary>A line too long for a headline whose glued part (<see cref="PageFurniture.HeadlineGlue"/>: a document's contents, a
    /// date, fields) comes off to leave one; null for any other line.</summary>
    private static string? GluedTitle(string line, string folded)
    {
        if (folded.Trim().Length <= LongestCandidate) return null;
        var (before, after, _) = PageFurniture.HeadlineGlue(folded);
        if (before == 0 && after == 0) return null;
        var text = line[before..(line.Length - after)].Trim();
        return IsCandidate(TextNormalizer.Fold(text)) ? text : null;
    }

    /// <summary>The line after the head's second paragraph of running text; a site's notice printed as sentences (a
    /// browser's advice, an age or privacy prompt) is furniture, not a paragraph.</summary>
    private static int HeadEnd(List<string> folded, PageFurniture furniture)
    {
        var paragraphs = 0;
        for (var i = 0; i < folded.Count && i < HeadLineLimit; i++)
            if (IsParagraph(folded[i]) && furniture.Classify(folded[i]) == FurnitureKind.None && ++paragraphs == 2) return i + 1;
        return Math.Min(folded.Count, HeadLineLimit);
    }

    /// <summary>A line that could be a headline: words enough, and no paragraph of running text (a page that prints no
    /// headline opens with its lead, which is no title).</summary>
    private static bool IsCandidate(string folded)
    {
        var t = folded.Trim();
        // A ranking table's row (1 | 苏州工业园区 | 江苏 |) is no headline, however short.
        return t.Length <= LongestCandidate && !IsParagraph(t) && (t.Count(ChineseScript.IsHan) >= 4 || t.Count(char.IsAsciiLetter) >= 8)
               && !PageFurniture.Default.IsRankedTableRow(t);
    }

    private static bool IsParagraph(string folded) =>
        folded.Length >= ParagraphChars && folded.AsSpan().IndexOfAny(ParagraphPunctuation) >= 0;

    /// <summary>Asked of every head line, several times: searched without an array made per call.</summary>
    private static readonly System.Buffers.SearchValues<char> ParagraphPunctuation = System.Buffers.SearchValues.Create("，,。；;");

    private static bool IsMeta(string folded) => DatePattern.IsMatch(folded) || TimePattern.IsMatch(folded) || FieldWords.IsMatch(folded);

    private static HeadlineCandidate Describe(string text, int line, bool joined, int content, bool afterParagraph,
        List<string> folded, List<string> keys, string rulesKey, bool isFurniture, int rank)
    {
        var x = new double[FeatureNames.Length];
        void Set(string name, double value) => x[Index[name]] = value;
        var f = TextNormalizer.Fold(text).Trim();
        var key = PageSplitter.Key(f);
        var han = f.Count(ChineseScript.IsHan);
        var length = Math.Max(1, f.Count(c => !char.IsWhiteSpace(c)));
        Set("rules", rulesKey.Length > 0 && PageSplitter.Similar(key, rulesKey) ? 1 : 0);
        Set("first", content == 0 ? 1 : 0);
        Set("position", Math.Log(1 + content) / 4);
        Set("rank", 1.0 / (1 + rank));
        Set("after_paragraph", afterParagraph ? 1 : 0);
        Set(han switch { < 4 => "han_lt4", < 8 => "han_4_7", < 12 => "han_8_11", < 20 => "han_12_19", < 30 => "han_20_29", < 45 => "han_30_44", _ => "han_45" }, 1);
        Set("cjk_share", (double)han / length);
        Set("digit_share", (double)f.Count(char.IsDigit) / length);
        Set("latin_share", (double)f.Count(char.IsAsciiLetter) / length);
        var last = f.Length > 0 ? f[^1] : ' ';
        Set("ends_sentence", last is '。' or '.' ? 1 : 0);
        Set("ends_colon", last is ':' or '：' ? 1 : 0);
        Set("ends_comma", last is ',' or '，' or ';' or '；' or '、' ? 1 : 0);
        Set("exclaims", f.IndexOfAny(['!', '?', '！', '？']) >= 0 ? 1 : 0);
        Set("colon_inside", f.TrimEnd(':', '：').IndexOfAny([':', '：']) >= 0 ? 1 : 0);
        Set("spaces", f.Contains(' ') ? 1 : 0);
        Set("site_tail", SiteTail.IsMatch(f) ? 1 : 0);
        Set("crumb", f.IndexOfAny(['>', '»', '›']) >= 0 ? 1 : 0);
        Set("bracket_tag", BracketTag.IsMatch(f) ? 1 : 0);
        Set("date", DatePattern.IsMatch(f) ? 1 : 0);
        Set("time", TimePattern.IsMatch(f) ? 1 : 0);
        Set("field_words", FieldWords.IsMatch(f) ? 1 : 0);
        Set("byline_words", BylineWords.IsMatch(f) ? 1 : 0);
        Set("quotes", f.IndexOfAny(['“', '”', '「', '」', '"', '《']) >= 0 ? 1 : 0);
        Set("starts_digit", f.Length > 0 && char.IsDigit(f[0]) ? 1 : 0);
        Set("address", Address.IsMatch(f) ? 1 : 0);
        Set("glue_cleaned", WithoutGlue(text.Trim()).Length < text.Trim().Length ? 1 : 0);
        Set("tail_link", PageFurniture.Default.OpensWithTailMarker(f) ? 1 : 0);
        Set("bars", f.Count(c => c is '|' or '｜' or '丨' or '┊' or '│') >= 2 ? 1 : 0);
        Set("inner_comma", f.TrimEnd(',', '，').IndexOfAny([',', '，']) >= 0 ? 1 : 0);
        if (line >= 0)
        {
            var next = line + (joined ? 2 : 1);
            Set("next_meta", next < folded.Count && IsMeta(folded[next]) ? 1 : 0);
            Set("prev_meta", line > 0 && IsMeta(folded[line - 1]) ? 1 : 0);
            Set("next_paragraph", next < folded.Count && IsParagraph(folded[next]) ? 1 : 0);
            Set("prev_menu", line > 0 && (folded[line - 1].IndexOfAny(['>', '»', '|']) >= 0
                || line > 1 && folded[line - 1].Trim().Length <= 6 && folded[line - 2].Trim().Length <= 6) ? 1 : 0);
            Set("joined", joined ? 1 : 0);
        }
        if (key.Length >= 4)
        {
            for (var j = 0; j < keys.Count; j++)
            {
                if (j == line || joined && j == line + 1 || keys[j].Length == 0) continue;
                if (PageSplitter.Similar(keys[j], key)) Set("repeated", 1);
                else if (keys[j].Length > key.Length && keys[j].StartsWith(key, StringComparison.Ordinal)) Set("repeated_with_tail", 1);
            }
        }
        Set("furniture", isFurniture ? 1 : 0);
        Set("site_label", PageFurniture.Default.IsSiteLabel(f) ? 1 : 0);
        Set("section_name", LineRules.LooksLikeSectionName(f) || LineRules.IsShortColumnName(f) ? 1 : 0);
        return new HeadlineCandidate(text.Trim(), line, joined, x);
    }
}
