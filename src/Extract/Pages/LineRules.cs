using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Features of one line of a page text, read from its folded form. Each rule looks at the
/// line alone; what the neighbouring lines say is decided in <see cref="PageSplitter"/>.</summary>
internal static partial class LineRules
{
    /// <summary>Longest line a headline, kicker or sub-heading is printed in.</summary>
    public const int MaxHeadingLength = 40;

    [GeneratedRegex(
        @"(供图|摄|摄影|资料图片|资料图|图片来源[:：]?\S{0,12}|视觉中国|新华社发|图/\S{2,12})\s*[)）]?$")]
    private static partial Regex CaptionCredit { get; }
    [GeneratedRegex(
        @"^[(（]?\s*(\S{0,12}(供图|摄|摄影)|资料图片|资料图|视觉中国|新华社发)\s*[)）]?$")]
    private static partial Regex CreditOnlyCaption { get; }
    [GeneratedRegex(@"([①-⑳]|[(（][一二三四五六七八九十]{1,3}[)）]|之[一二三四五六七八九十]{1,3})$|系列报道")]
    private static partial Regex SeriesTag { get; }
    [GeneratedRegex(@"^[【\[]?\s*(编者按|编者的话|编者注|编后)\s*[】\]]?\s*[:：]?")]
    private static partial Regex EditorNote { get; }
    [GeneratedRegex(@"第\s*\d+\s*期|总第\s*\d+\s*期|第\s*[A-Z]?\d+\s*版|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]")]
    private static partial Regex IssueLine { get; }
    /// <summary>A date alone on its line, its year written out or as a Republic year (中華民國91年3月19日星期二), folded.</summary>
    [GeneratedRegex(@"^(\d{4}\s*[年\-./]|(中华)?民国\s*\d{1,3}\s*年)\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*((星期|周)[一二三四五六日天])?$")]
    private static partial Regex DateOnly { get; }
    [GeneratedRegex(
        @"^(超过|超|近|约|逾|达|突破)?\s*\d[\d.,，]*\s*(%|‰|[万亿千百]{0,2}[\p{IsCJKUnifiedIdeographs}]{0,3})\s*(以上|左右|多|余|\+)?$")]
    private static partial Regex PullQuoteShape { get; }
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d{1,2}[.．、]\s*|[(（][一二三四五六七八九十\d]+[)）])")]
    private static partial Regex Numbered { get; }

    /// <summary>Column and section names a newspaper page prints above its articles.</summary>
    private static readonly string[] SectionWords =
    {
        "镜头", "视点", "动态", "在行动", "聚焦", "观察", "速递", "快讯", "一线", "前沿", "报告", "孵化", "资讯", "简讯",
        "专栏", "声音", "纵横", "巡礼", "访谈", "特写", "综述", "调查", "时评", "新闻", "要闻", "链接", "档案", "故事",
        "传真", "直击", "关注", "看点", "热点", "扫描", "掠影", "集锦", "荟萃", "瞭望", "风采", "专题", "专版", "之窗", "在线",
        "手记", "札记", "短评", "随笔", "述评", "新聞", "要聞", "動態", "資訊", "快訊", "觀察", "視點", "專欄", "時評", "短評", "述評",
    };

    /// <summary>Words that open or close a clause but never a headline: a line ending with one was cut.</summary>
    /// <summary>Words ending in a dangling character that end a headline whole (秘诀何在, 优势所在).</summary>
    private static readonly string[] CompleteEnds = { "何在", "所在", "存在", "实在", "自在", "现在", "同在", "常在", "为何", "何从" };

    private const string DanglingEnds = "，,、：:；;（(“‘《+—-的和与及或在对从向把被将为是了着于等之其";

    // Each pattern runs only on a line short enough and holding a character every word it ends or opens with
    // has (图 摄 视 社; 供图 or 摄; 图): the same answers, without a scan of every paragraph.
    public static bool IsCaption(string f) =>
        f.Length <= 200 && f.AsSpan().IndexOfAny(CaptionCreditChars) >= 0 && !TextNormalizer.EndsSentence(f) && CaptionCredit.IsMatch(f)
        || f.Length <= 200 && (f.Contains('摄') || f.Contains("供图", StringComparison.Ordinal)) && CreditAfterSentence.IsMatch(f)
        || f.Length <= 120 && f.Contains('图') && PictureLabel.IsMatch(f)
        // ▲某某产业园项目: a photo's pointer opens its caption (△ opens a digest's items, so it does not count).
        || f.Length <= 120 && PhotoPointer.IsMatch(f);

    /// <summary>A character of every credit <see cref="CaptionCredit"/> ends with (供图 摄 资料图 图片来源 视觉中国 新华社发 图/).</summary>
    private static readonly SearchValues<char> CaptionCreditChars = SearchValues.Create("图摄视社");
    [GeneratedRegex(@"[。！？!?]\s*\S{0,12}(供图|摄)\s*[)）]?$")]
    private static partial Regex CreditAfterSentence { get; }
    [GeneratedRegex(@"^\s*[(（]?(图为|上图|下图|左图|右图|图片说明)[:：]?")]
    private static partial Regex PictureLabel { get; }
    [GeneratedRegex(@"^\s*[▲▼◀]")]
    private static partial Regex PhotoPointer { get; }

    /// <summary>A line that is only a photo credit (受访者供图): its caption text may be the line before.</summary>
    public static bool IsCreditOnlyCaption(string f) => f.Length <= 16 && CreditOnlyCaption.IsMatch(f);

    /// <summary>A series tag in brackets opening a headline line (【擂响春天的战鼓②】…), perhaps after the number a site's
    /// list gives the item (177.【產學樞紐】…).</summary>
    [GeneratedRegex(@"^(\d{1,4}[.、．]\s*)?(【(?<tag>[^【】]{2,16})】|\[(?<tag>\p{IsCJKUnifiedIdeographs}{1,6})\]|[(（](?<tag>\p{IsCJKUnifiedIdeographs}{2,8})[)）])\s*")]
    public static partial Regex LeadingSeriesTag { get; }

    /// <summary>The author's field printed with a headline (作者:某某(原某管委会二级巡视员)): the page's field, never the title.</summary>
    public static bool OpensWithAuthorField(string f) => AuthorField.IsMatch(f);

    [GeneratedRegex(@"^\s*(作者|撰文)\s*[:：]\s*\S")]
    private static partial Regex AuthorField { get; }

    public static bool IsSeriesTag(string f) => f.Length <= 20 && !HasSentencePunctuation(f) && SeriesTag.IsMatch(f);

    public static bool IsEditorNote(string f) => EditorNote.IsMatch(f);

    /// <summary>A newsletter's or page's editor signing off with a name and the role after a slash (文宣组某某某/编审,
    /// 王某/责编): the page's field, never a headline.</summary>
    public static bool IsEditorSignOff(string f) => EditorSignOff.IsMatch(f);

    [GeneratedRegex(@"^\s*[^/\s:：]{2,16}\s*/\s*(编审|审校|审稿|校对|主编|编辑|责编|责任编辑|美编|编校)\s*$")]
    private static partial Regex EditorSignOff { get; }

    /// <summary>A web address alone on its line (https://pse.is/73ahed, www.example.com/a/1.html): a link to another page,
    /// never a headline.</summary>
    public static bool IsBareAddress(string f) => BareAddress.IsMatch(f);

    [GeneratedRegex(@"^\s*(https?://|www\.)\S+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAddress { get; }

    /// <summary>Where a Latin outlet's name glued before a headline ends (MyGonews總統:沙崙園區… → 8), when a credit or source
    /// line of the page names that outlet (文/方暮晨/MyGonews買購房地產新聞, 来源:MyGonews): the feed's label, not the headline's
    /// first word; 0 otherwise. A headline opening with a Latin name the credits do not print (TCL总部…, G60科创走廊…) keeps it.</summary>
    public static int GluedOutletLength(string foldedTitle, IEnumerable<string> foldedLines)
    {
        var m = GluedLatinName.Match(foldedTitle);
        if (!m.Success || foldedTitle[m.Length..].Count(ChineseScript.IsHan) < StatementHan) return 0;
        var name = m.Groups["name"].Value;
        return foldedLines.Any(l => l.Contains(name, StringComparison.OrdinalIgnoreCase) && CreditOrSource.IsMatch(l)
                                    && !l.TrimStart().StartsWith(name, StringComparison.OrdinalIgnoreCase))
            ? m.Length
            : 0;
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z][A-Za-z0-9]{2,15})(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex GluedLatinName { get; }
    [GeneratedRegex(@"^\s*[【\[(（]?\s*(文|图文|撰文|记者|作者|来源|稿源|新闻来源|本文来源|转载自|转自|出处)\s*[/:：]|报导|报道\s*[】\])）]?\s*$")]
    private static partial Regex CreditOrSource { get; }

    public static int EditorNoteLength(string f) => EditorNote.Match(f).Length;

    /// <summary>A newsletter's issue line or a newspaper's page header (2024年第9期 … 2024年9月10日, 第5版, a date with its weekday).</summary>
    // Both patterns need a digit (\d is char.IsDigit's Unicode Nd): a line without one (most headlines and paragraphs) is
    // none, and neither pattern is run over it.
    public static bool IsIssueLine(string f) => f.Length <= 60 && HoldsDigit(f) && (IssueLine.IsMatch(f) || DateOnly.IsMatch(f.Trim())) && !IsTaggedHeadline(f);

    private static bool HoldsDigit(string f)
    {
        foreach (var c in f)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>A headline printed after its issue number as a tag (【第33期】某开发区项目建设进展顺利): the number is
    /// the series, the rest a headline — not an issue line.</summary>
    private static bool IsTaggedHeadline(string f)
    {
        var t = f.Trim();
        var tag = LeadingSeriesTag.Match(t);
        if (!tag.Success) return false;
        var rest = t[tag.Length..];
        return rest.Length >= 8 && !IssueLine.IsMatch(rest) && !FullDateInLine.IsMatch(rest) && IsHeadingLike(rest);
    }

    /// <summary>A date alone, perhaps with its weekday: nothing says whose it is.</summary>
    public static bool IsDateOnly(string f) => DateOnly.IsMatch(f.Trim());

    /// <summary>The page number a header prints (第5版, 第A3版 → 3): null when it prints none.</summary>
    public static int? PrintedPageNumber(string f)
    {
        var m = PageNumberLabel().Match(f);
        return m.Success ? int.Parse(m.Groups["n"].Value) : null;
    }

    /// <summary>A short number standing alone, printed big beside an article (200家, 70% 以上).</summary>
    public static bool IsPullQuote(string f)
    {
        var t = f.Trim();
        return t.Length <= 14 && t.Any(char.IsDigit) && PullQuoteShape.IsMatch(t.Replace(" ", ""));
    }

    /// <summary>A web article's line of date, time and source (2024-06-12 10:30 来源:新华网, 发布时间:…,
    /// 责任编辑:…): no headline and no sentence prints these words.</summary>
    public static bool IsSourceLine(string f)
    {
        // 發(fā)布日期:2023-01-29: a page printing reading aids prints them in its field labels too.
        var t = PinyinReadings.Without(f).Trim();
        if (t.Contains('。')) return false;
        // 作者 | 發布日期 2023 年 02 月 14 日 8:47 | 分類 … share: a date label and its date among the page's fields set off by
        // bars, however long the widgets after them run.
        if (t.Contains('|') && DateField.IsMatch(t)) return true;
        if (t.Length > 80) return false;
        // 原文刊於信報財經新聞「…」, 本文转载自…: where the page's text first ran, as a repost prints it by the headline.
        if (t.Length <= MaxRepostNoteLength && RepostNote.IsMatch(t)) return true;
        // Both field patterns need a colon or bar; the date patterns need a digit (first, for the first).
        var fieldMark = t.AsSpan().IndexOfAny(':', '|') >= 0;
        if (fieldMark && LabelledSourceField.IsMatch(t)) return true;
        // A page's fields in a row or table (发布机构: 市科技局 发布时间: 2020-01-14, 来源 | 市政府网 | 公开日期 | 2013-10-31):
        // a date label with its date, anywhere on a short line.
        if (fieldMark && HasDateFieldWithMark(t)) return true;
        if (t.Length > 0 && char.IsDigit(t[0]) && LeadingDate.IsMatch(t) && SourceLineWords.IsMatch(t)) return true;
        // A full date beside a few words (新华网 2024-06-12, 2024年6月12日 星期三 人民日报): a headline
        // does not print the day it ran.
        var date = FullDateInLine.Match(t);
        if (!date.Success || t.Length > 60 || HasSentencePunctuation(t)) return false;
        // A date with its time of day (原创 公众号 2024年7月18日 09:30 安徽, 2022年08月11日 10時31分 某某網): a post's stamp, never a headline.
        if (date.Groups["time"].Success) return true;
        var rest = (t[..date.Index] + t[(date.Index + date.Length)..]).Replace(" ", "").Replace("|", "");
        if (rest.Length <= 12) return t.Length <= 40;
        // A date beside the paper's name or the reporter's byline (香港经济日报 2024年11月15日 A14 中国经济,
        // 2024/09/03 经济日报 记者X/台北报导): a masthead or dateline, which a headline does not print.
        return t.Length <= 50 && !t.Contains(',') && PrintedBy.IsMatch(rest);
    }

    /// <summary>A line that labels its date the page's (发布时间:2015-09-09, 發布日期 2023 年 02 月 14 日, 时间:2024-12-04 来源:…,
    /// 来源:某某网 日期:…): a site's clock or a crumb prints no such label.</summary>
    public static bool HasPublicationDateLabel(string f)
    {
        var t = PinyinReadings.Without(f);
        return DateField.IsMatch(t) || DateLabelled.IsMatch(t);
    }

    [GeneratedRegex(@"(^|\s|来源\S{0,20}?)(时间|日期|发布于|发表于)\s*[:：]\s*\d{4}\s*[年\-./]\s*\d{1,2}")]
    private static partial Regex DateLabelled { get; }

    /// <summary>Longest note of where a reposted text first ran (原文刊於某某新聞「某欄」).</summary>
    private const int MaxRepostNoteLength = 50;

    [GeneratedRegex(@"^((本文|原文)(原刊[于於]|原载[于於]|刊[于於]|刊载[于於]|首发[于於]|转载自)|转载自|转自\s*[:：]|原载[于於]|原刊[于於])")]
    private static partial Regex RepostNote { get; }
    // A site printing its fields in English labels them so (Source: 香港電台, Published on: 2025-05-19 14:08 UTC); a repost names
    // the text's own source so (本文来源:某某智库).
    [GeneratedRegex(@"^(本文|本稿|原文)?(发布时间|发布日期|发稿时间|公开日期|成文日期|索引号|发文字号|文号|生成日期|发文日期|生效时间|废止时间|有效性|信息分类|组配分类|主题分类|体裁分类|内容概述|浏览次数|点击数|阅读次数|时间|日期|来源|稿源|出处|发布机构|发布单位|发布人|信息来源|文章来源|新闻来源|责任编辑|责编|编辑|Source|Published on)\s*[:|]")]
    private static partial Regex LabelledSourceField { get; }
    [GeneratedRegex(@"^\d{4}\s*[年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?\s*(\d{1,2}:\d{2}(:\d{2})?)?(\s|$)")]
    private static partial Regex LeadingDate { get; }
    [GeneratedRegex(@"\d{1,2}:\d{2}|来源|稿源|作者|编辑|浏览|阅读")]
    private static partial Regex SourceLineWords { get; }
    /// <summary>A date label and its date (发布时间: 2020-01-14, 發布日期 2023 年 02 月 14 日), the label's colon or bar left out
    /// or not (<c>mark</c>).</summary>
    [GeneratedRegex(@"(发布|公开|成文|发文|发稿|更新|上传)(时间|日期)\s*(?<mark>[:|])?\s*\d{4}\s*[年\-./]\s*\d{1,2}")]
    private static partial Regex DateField { get; }

    /// <summary>A <see cref="DateField"/> whose label has its colon or bar (发布时间: 2020-01-14).</summary>
    private static bool HasDateFieldWithMark(string t)
    {
        for (var m = DateField.Match(t); m.Success; m = m.NextMatch())
            if (m.Groups["mark"].Success) return true;
        return false;
    }

    [GeneratedRegex(
        @"^(作者|来源|稿源|出处|信息来源|文章来源|新闻来源|编辑|责任编辑|责编|记者|通讯员|摄影|发布时间|发布日期|发稿时间|时间|日期|浏览次数|点击数)\s*[:：]$")]
    private static partial Regex FieldLabelAlone { get; }

    /// <summary>A page's field label alone on its line (作者:, 来源:), its value, if any, on the next line: no headline.</summary>
    public static bool IsFieldLabelAlone(string f) => f.TrimEnd() is { Length: > 1 } t && t[^1] is ':' or '：' && FieldLabelAlone.IsMatch(t.TrimStart());

    /// <summary>A date's field label alone on its line (发布日期:, 时间:): its value is a date, never a line without a digit
    /// (an e-paper's empty 发布日期: over the headline 我省新增3家…).</summary>
    public static bool IsDateLabelAlone(string f) =>
        IsFieldLabelAlone(f) && f.Trim().TrimEnd(':', '：').TrimEnd() is var label && (label.EndsWith("时间", StringComparison.Ordinal) || label.EndsWith("日期", StringComparison.Ordinal));

    /// <summary>Who prints a date line: a paper or agency (…日报, …时报, …社), a site, or a reporter.</summary>
    [GeneratedRegex(@"(日报|晚报|早报|时报|商报|周报|经济报|通讯社|新闻社|新闻网|客户端|公众号|记者|报导|报道)")]
    private static partial Regex PrintedBy { get; }

    /// <summary>A note naming where a table's or chart's numbers come from (数据来源：公司公告、Wind, 资料来源:…).</summary>
    public static bool IsSourceNote(string f) =>
        f.Length <= 80 && !f.Contains('。') && DataSourceLabel().IsMatch(f.Trim());

    [GeneratedRegex(
        @"\d{4}\s*(年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\-./]\s*\d{1,2}\s*[\-./]\s*\d{1,2})(?<time>\s*(\d{1,2}:\d{2}(:\d{2})?|\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分))?")]
    private static partial Regex FullDateInLine { get; }

    /// <summary>The title of an official document (…统计公报, …工作报告, …白皮书): printed over its issuer and
    /// date, it is the page's headline, not the name of a paper.</summary>
    public static bool IsDocumentTitle(string f)
    {
        var t = f.Trim();
        return t.Length is >= 8 and <= MaxHeadingLength && IsHeadingLike(t)
            && DocumentKindAtEnd().IsMatch(t);
    }

    /// <summary>The first line of a two-line headline: a short subject and its colon (湘潭高新区：), not a
    /// speaker introducing words (他表示：) nor a list's lead (几个关键数字：).</summary>
    public static bool IsHeadlineLead(string f)
    {
        var t = f.Trim();
        if (!t.EndsWith(':') || t.Length is < 3 or > 16) return false;
        var subject = t[..^1].Trim();
        return !HasAnyPunctuation(subject.Replace("(", "").Replace(")", ""))
            && !SaysOrIntroducesAtEnd().IsMatch(subject);
    }

    /// <summary>A short line ending with a question or exclamation mark and holding no other sentence: could be a headline.</summary>
    public static bool IsAskingHeadline(string f)
    {
        var t = f.Trim();
        if (t.Length is < 6 or > 30 || t[^1] is not ('?' or '!' or '？' or '！')) return false;
        var inner = t[..^1];
        return !inner.Contains('。') && !inner.Contains(',') && !inner.Contains(';') && IsHeadingLike(inner);
    }

    public static bool IsNumberedPoint(string f) => Numbered.IsMatch(f);

    /// <summary>A kicker that leads into the headline under it with a dash (最新评价结果发布——).</summary>
    public static bool IsDashedKicker(string f)
    {
        var t = f.Trim();
        if (!t.EndsWith("——", StringComparison.Ordinal) && !t.EndsWith("--", StringComparison.Ordinal)) return false;
        var lead = t.TrimEnd('—', '-').Trim();
        return lead.Length >= 4 && IsHeadingLike(lead) && !LeadsIntoQuotedWords(lead);
    }

    /// <summary>Words that introduce a speaker's words after a dash, as a sentence does, not a headline.</summary>
    private static bool LeadsIntoQuotedWords(string lead) => SpeechVerbAtEnd().IsMatch(lead);

    /// <summary>A line printed with a headline that only says who issued it or when (江西省科学技术厅,
    /// （某某管委会　2024年6月28日发布）): never the title while a real headline stands beside it.</summary>
    public static bool IsIssuerLine(string f)
    {
        var t = f.Trim();
        if (t.Length < 4) return false;
        if (WhollyBracketed().IsMatch(t)) return true;
        return t.Length <= 20 && !HasAnyPunctuation(t)
            && GovernmentOfficeName().IsMatch(t);
    }

    public static bool StartsWithDash(string f) => f.TrimStart().StartsWith("——", StringComparison.Ordinal) || f.TrimStart().StartsWith("--", StringComparison.Ordinal);

    /// <summary>Bracketed column name: 【创业孵化】.</summary>
    public static bool IsBracketedSection(string f)
    {
        var t = f.Trim();
        return t.Length > 0 && t[0] is '【' or '■' or '□' or '◆' or '◇' or '●' && BracketedSection.IsMatch(t);
    }

    // A section named after a box or bullet (■相关新闻, ■大陆园区动态): a name, no sentence. A paper's campaign column may
    // run longer in its brackets (【贯彻党的二十大精神·推动高质量发展】), but never with a clause's comma.
    [GeneratedRegex(@"^【[^】]{2,16}】$|^【[^】，,。；;]{17,24}】$|^[■□◆◇●]\s*[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,8}$")]
    private static partial Regex BracketedSection { get; }

    public static bool LooksLikeSectionName(string f)
    {
        var t = f.Trim().Trim('【', '】');
        if (t.Length is < 2 or > 7 || HasAnyPunctuation(t) || t.Any(char.IsDigit)) return false;
        return SectionWords.Any(w => t.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>A line of two to four Han characters and nothing else (园区, 区域经济): printed above a headline
    /// or beside a pull quote it is the column's name, since a headline says more than four characters.</summary>
    public static bool IsShortColumnName(string f)
    {
        var t = f.Trim();
        return t.Length is >= 2 and <= 4 && t.All(IsCjkIdeograph);
    }

    [GeneratedRegex(
        @"^\s*((?<column>[\p{IsCJKUnifiedIdeographs}]{2,4})\s*/\s*(?<title>[^/]{8,})|(?<column>[\p{IsCJKUnifiedIdeographs}A-Za-z][\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,9}?|[\p{IsCJKUnifiedIdeographs}]{2,16}[\u2460-\u2473])\s*[|｜丨│]\s*(?<title>[^|｜丨│]{8,}))$")]
    private static partial Regex ColumnPrefix { get; }

    /// <summary>A headline led by its column's name and a slash, as Taiwan papers print them (观察站/大湾区…), or by
    /// its channel or series and a bar, as web sites do (创科园区｜…, 探访科学城|…; a numbered series may be longer:
    /// 某某座谈会观察② | …): the length of the name with its
    /// mark, or 0. The headline after the mark says a whole thing (eight characters or more), which tells it from a
    /// pair of words joined by a slash (文化/旅游融合).</summary>
    public static int ColumnPrefixLength(string f)
    {
        var m = ColumnPrefix.Match(f);
        if (!m.Success || !IsHeadingLike(m.Groups["title"].Value) && !IsAskingHeadline(m.Groups["title"].Value)) return 0;
        return m.Groups["title"].Index;
    }

    [GeneratedRegex(@"^(?<title>.{8,}?)\s*[|｜丨│]\s*(?<series>[\p{IsCJKUnifiedIdeographs}]{2,16}[\u2460-\u2473])\s*$")]
    private static partial Regex SeriesSuffix { get; }

    /// <summary>A headline followed by its numbered series after a bar, as web sites print them (…中部AI产业正在加速落地丨地方国企
    /// 向新行②): where the series starts (its bar), or 0. The series is no word of the headline (GUIDE: not the series tag).</summary>
    public static int SeriesSuffixStart(string f)
    {
        var m = SeriesSuffix.Match(f);
        return m.Success && IsLongWebHeadline(m.Groups["title"].Value) ? m.Groups["title"].Length : 0;
    }

    /// <summary>Could be printed as a headline, kicker or sub-heading: short, no sentence inside,
    /// not cut off mid-clause, brackets and quotes balanced.</summary>
    public static bool IsHeadingLike(string f) => IsHeadingShaped(f, MaxHeadingLength);

    /// <summary>Longest headline a web page prints on its one headline line.</summary>
    public const int MaxWebHeadlineLength = 64;

    /// <summary>A web page's first line as its headline: headline-shaped, though longer than a printed one
    /// (…集中投产仪式,荣获“科技创新”、“投产标兵”两大奖项) — it is known as the headline by the lead under it. Pinyin
    /// readings a copy glues after characters (工業(yè)) are not counted in its length.</summary>
    public static bool IsLongWebHeadline(string f) => IsHeadingShaped(PinyinReadings.Without(f), MaxWebHeadlineLength);

    /// <summary>Han characters a line holds at least to say a whole thing (a headline, a statement), not a label: a site's
    /// or channel's name (某某日报, 明報新聞網) and a button are shorter. One threshold for every rule that asks it.</summary>
    public const int StatementHan = 8;

    /// <summary>Shaped as a web page's headline that its place on the page tells (over the page's source line): up to a web headline's length with its series tag, no full stop inside, and it may exclaim or ask
    /// (厉害了!…跃升至全国第24位!), since its place, not its punctuation, says what it is.</summary>
    public static bool IsPlacedWebHeadline(string f)
    {
        var t = f.Trim();
        if (t.Contains('。') || t.Count(ChineseScript.IsHan) < StatementHan) return false;
        return IsLongWebHeadline(t.TrimEnd('!', '！', '?', '？'));
    }

    [GeneratedRegex(
        @"^\s*(近日|日前|近期|目前|今年|今天|今日|昨天|昨日|日前|本报讯|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日|(最后更新|更新时间|更新時間|发布时间|發布時間)\s*[:：]\s*\d{4})")]
    private static partial Regex LeadOpening { get; }

    /// <summary>A report's first paragraph, opening as a lead does: with when (近日，…; 11月13日，…) or the outlet's tag.</summary>
    public static bool OpensLead(string f) => LeadOpening.IsMatch(f) && f.Length > 20;

    /// <summary>A line opening with a lead's when and its comma (5月8日,总投资…; 日前,某某新区…): a report's first clause, perhaps
    /// cut short as a portal's teaser, never a headline (no development page's headline opens so).</summary>
    public static bool OpensLeadClause(string f) =>
        LeadOpening.Match(f) is { Success: true } when && f.AsSpan(when.Length).TrimStart("上下午晚间 ") is [',' or '，', ..];

    [GeneratedRegex(@"\s")]
    private static partial Regex AnySpace { get; }

    private static bool IsHeadingShaped(string f, int maxLength)
    {
        var t = f.Trim();
        // A web page prints its headline whole, on one line, with phrase spaces and its series tag
        // (【擂响春天的战鼓②】广安经开区: 以项目之大 实力之强…): those do not count towards its length.
        // Taking them out only shortens the line, so a line within the length needs no counting.
        if (t.Length == 0 || t.Length > maxLength && AnySpace.Replace(LeadingSeriesTag.Replace(t, ""), "").Length > maxLength) return false;
        // A headline says something in words: digits and marks alone are a player's timer or a date (00:00, 01/10 15:21).
        if (!t.Any(char.IsLetter) || IsBareAddress(t)) return false;
        // A headline may end with a quotation (“细账”, 「搶商戰」), which is not the end of a sentence.
        if (t.Contains('。') || TextNormalizer.EndsSentence(t) && !EndsQuotation(t)) return false;
        if (t.EndsWith('”') && !t.Contains('“') || t.EndsWith('」') && !t.Contains('「') || t.EndsWith('』') && !t.Contains('『')) return false;
        if (DanglingEnds.Contains(t[^1]) && t.Length > 5 && !CompleteEnds.Any(e => t.EndsWith(e, StringComparison.Ordinal))) return false;
        if (!Balanced(t)) return false;
        // 1 | 苏州工业园区 | 江苏 |: a ranking table's row, short and unpunctuated, is the report's text, not a headline.
        return !PageFurniture.Default.IsRankedTableRow(t);
    }

    private static bool EndsQuotation(string t) => t[^1] is '”' or '"' or '」' or '』';

    /// <summary>The line starts in the middle of a sentence: one to three characters and then a
    /// clause mark (标。 绍， 名第一、), or the rest of a company name (有限公司…).</summary>
    public static bool StartsMidSentence(string f)
    {
        var t = f.TrimStart();
        // 一、… opens a numbered point, not the rest of a sentence.
        if (t.Length == 0 || Numbered.IsMatch(t)) return false;
        if (char.IsDigit(t[0]))
            // A number with its unit and then a clause mark (24%，创历史新高): the rest of a figure.
            return FigureThenClauseMark.IsMatch(t);
        if (!IsCjkIdeograph(t[0])) return false;
        if (HanThenClauseMark.IsMatch(t)) return true;
        if (ShortWordThenStop.IsMatch(t)) return true;
        var opener = ShortWordThenComma.Match(t);
        if (opener.Success && !SentenceOpeners.Contains(opener.Groups["w"].Value)) return true;
        return NameOrParticleRest.IsMatch(t);
    }

    /// <summary>The line opens with one character and a clause mark (绍，根据…; 求,主动…): the end of a word the line above
    /// cut, however long the line runs on.</summary>
    public static bool OpensWithCutWord(string f) => HanThenClauseMark.IsMatch(f.TrimStart());

    // The patterns of StartsMidSentence, asked only of a line opening with a digit (the first) or a Han character
    // (the others, all anchored on one).
    [GeneratedRegex(@"^\d[\d.,]*\s*(%|‰|(?![年月日号时])[万亿千百]{0,2}[\p{IsCJKUnifiedIdeographs}]{0,2})\s*[。，,、；;）)]")]
    private static partial Regex FigureThenClauseMark { get; }
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}][。，,、；;：:）)”]")]
    private static partial Regex HanThenClauseMark { get; }
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,3}[。、）)”]")]
    private static partial Regex ShortWordThenStop { get; }
    [GeneratedRegex(@"^(?<w>[\p{IsCJKUnifiedIdeographs}]{2,3})[，,：:；;]")]
    private static partial Regex ShortWordThenComma { get; }
    [GeneratedRegex(@"^(份有限公司|有限责任公司|有限公司|限公司|公司|集团|股份|了|的|地|得|着)")]
    private static partial Regex NameOrParticleRest { get; }

    /// <summary>A character of the CJK Unified Ideographs block (U+4E00–U+9FFF), the pattern's \p{IsCJKUnifiedIdeographs}.</summary>
    private static bool IsCjkIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Words a sentence often opens with, followed by a comma (近日，…).</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "近日", "日前", "目前", "同时", "此外", "另外", "其中", "据悉", "近年来", "今年", "去年", "当前", "然而", "但是", "因此", "为此",
        "此前", "随后", "最终", "如今", "未来", "下一步", "据介绍", "据了解", "对此", "首先", "其次", "最后", "一是", "二是", "三是",
        "四是", "五是", "会上", "会前", "会后", "会议", "不过", "而且", "并且", "所以", "那么", "其实", "当然", "总之", "例如", "比如",
        "近期", "早前", "之后", "此后", "以前", "过去", "现在", "眼下", "如此", "由此", "可见", "显然", "截至", "到时", "届时", "今后",
        "与此", "在此", "对于", "关于", "通过", "作为", "为了", "根据", "按照", "依据", "其次", "再次", "事实上", "实际上", "总体",
        "他说", "她说", "他表示", "她表示", "他认为", "她认为", "记者", "专家", "业内", "据统计", "数据显示", "统计显示", "资料显示",
        // Periods a report's lead opens with (上半年，经开区…): the lead under a headline, not the rest of a sentence.
        "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "全年", "当天", "当日", "同日", "次日", "今天", "昨天", "昨日",
        "今日", "本周", "上周", "近年", "此次", "这次", "随即",
    };

    /// <summary>Words by which a paragraph's first sentence points back to the text before it (当天，…; 此外，…).</summary>
    private static readonly string[] BackReferences =
    {
        "当天", "当日", "同日", "次日", "会上", "此次", "随后", "此外", "与此同时", "同时", "对此", "为此", "其中", "此前", "在此基础上",
    };

    /// <summary>The paragraph opens by pointing back to the text before it (当天，园区…): it carries on that text.</summary>
    public static bool OpensWithBackReference(string f)
    {
        var t = f.TrimStart();
        return BackReferences.Any(w => t.StartsWith(w, StringComparison.Ordinal) && t.Length > w.Length && t[w.Length] is ',' or '，');
    }

    /// <summary>The two pieces read as one word across the break (…科技股|份有限公司).</summary>
    public static bool JoinsAcrossBreak(string head, string tail)
    {
        var h = head.TrimEnd();
        var t = tail.TrimStart();
        if (h.Length == 0 || t.Length == 0) return false;
        var around = h[Math.Max(0, h.Length - 5)..] + t[..Math.Min(5, t.Length)];
        var cut = Math.Min(5, h.Length);
        foreach (var word in new[] { "股份有限公司", "有限责任公司", "有限公司", "集团", "研究院", "高新区", "开发区", "示范区" })
        {
            var at = around.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < cut && at + word.Length > cut) return true;
        }
        return false;
    }

    public static bool EndsDangling(string f)
    {
        var t = f.TrimEnd();
        return t.Length > 0 && (DanglingEnds.Contains(t[^1]) || !Balanced(t));
    }

    public static bool HasSentencePunctuation(string f) => f.AsSpan().IndexOfAny(SentencePunctuation) >= 0;

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。！？；!?;");

    private static bool HasAnyPunctuation(string f) => f.Any(c => char.IsPunctuation(c) || char.IsSymbol(c) || c == ' ');

    private static bool Balanced(string t) =>
        Count(t, '“') == Count(t, '”') && Count(t, '「') == Count(t, '」') && Count(t, '（') + Count(t, '(') == Count(t, '）') + Count(t, ')')
        && Count(t, '《') == Count(t, '》') && Count(t, '【') == Count(t, '】');

    private static int Count(string t, char c) => t.AsSpan().Count(c);

    [GeneratedRegex(@"^[(（]?\s*(数据来源|资料来源|数据出处|图表来源)\s*[:：]")]
    private static partial Regex DataSourceLabel();

    [GeneratedRegex(@"(统计公报|公报|工作报告|发展报告|年度报告|白皮书|实施方案|实施意见|管理办法|通知|公告|决定)$")]
    private static partial Regex DocumentKindAtEnd();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,}(厅|(?<!新|格|布|大|开|变|全|结|破|胜|当|棋|骗|赌|饭)局|委员会|管委会|办公室|办公厅|人民政府|政府)$")]
    private static partial Regex GovernmentOfficeName();

    [GeneratedRegex(@"第\s*[A-Z]?(?<n>\d{1,3})\s*版")]
    private static partial Regex PageNumberLabel();

    [GeneratedRegex(@"(说|表示|指出|认为|称|介绍|强调|透露|坦言|提到|如下|是|有|为|数字|数据|情况|措施|举措|要点)$")]
    private static partial Regex SaysOrIntroducesAtEnd();

    [GeneratedRegex(@"(说|表示|指出|认为|强调|介绍)$")]
    private static partial Regex SpeechVerbAtEnd();

    [GeneratedRegex(@"^[(（][^()（）]+[)）]$")]
    private static partial Regex WhollyBracketed();

    /// <summary>Longest headline a page's own field names (a front matter's or a citation block's title).</summary>
    private const int MaxNamedTitleLength = 120;
    /// <summary>Lines a saved page's front matter spans at most, when it is printed a field a line.</summary>
    private const int MaxFrontMatterLines = 40;

    [GeneratedRegex(@"(?<![\w:])title:\s*(?:""(?<title>[^""\n]{4,120})""|'(?<title>[^'\n]{4,120})')")]
    private static partial Regex QuotedTitleField { get; }
    [GeneratedRegex(@"^title:\s*(?<title>[^""'\n]{4,120}?)\s*$", RegexOptions.Multiline)]
    private static partial Regex TitleFieldLine { get; }
    /// <summary>A citation block's title field (標題:…), folded.</summary>
    [GeneratedRegex(@"^\s*(文章)?标题\s*:\s*(?=\S)")]
    private static partial Regex CitedTitleLabel { get; }
    /// <summary>The page's address under it (地址:https://…, 原文链接: http://…), folded.</summary>
    [GeneratedRegex(@"^\s*(原文|本文|文章)?(地址|网址|链接|连结)\s*:\s*(https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex CitedAddressField { get; }

    /// <summary>The headline a page names in a field of its own instead of printing it over its text: a saved page's front
    /// matter (<c>--- title: "…" description: "…" ---</c>, a markdown rendering of a page, perhaps flattened onto one line)
    /// or a content farm's closing citation block (<c>標題:…</c> over <c>地址:https://…</c>), with the field's text as printed
    /// (which then says the headline once, as the title, not again as text). Null when it names none. Read only for a page
    /// whose rules found no headline.</summary>
    public static (string Title, string Field)? NamedPageTitle(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return null;
        if (lines[0].TrimStart().StartsWith("---", StringComparison.Ordinal))
        {
            var head = lines[0].Trim() == "---"
                ? string.Join("\n", lines.Skip(1).Take(MaxFrontMatterLines).TakeWhile(l => l.Trim() != "---").Select(l => l.Trim()))
                : lines[0];
            var field = QuotedTitleField.Match(head) is { Success: true } quoted ? quoted : TitleFieldLine.Match(head);
            if (field.Success && field.Groups["title"].Value.Trim() is { Length: > 0 } title) return (title, field.Value);
        }
        for (var i = lines.Count - 2; i >= 0; i--)
        {
            var folded = TextNormalizer.Fold(lines[i]);
            if (CitedTitleLabel.Match(folded) is not { Success: true } label || !CitedAddressField.IsMatch(TextNormalizer.Fold(lines[i + 1]))) continue;
            var title = lines[i][label.Length..].Trim();
            return title.Length is >= 4 and <= MaxNamedTitleLength && !folded.Contains('。') ? (title, lines[i]) : null;
        }
        return null;
    }
}
