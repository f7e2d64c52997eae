using System.Text.RegularExpressions;
using Pipeline.Extract.Model;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>An article while its page is being read: headline parts, authors, the lines of its body
/// in page order, and the asides printed with it.</summary>
internal sealed partial class ArticleDraft
{
    public string Title { get; private set; } = "";
    public string? Kicker { get; private set; }
    public string? Subtitle { get; private set; }
    public string? Series { get; private set; }
    public string? Section { get; private set; }
    public bool IsFragment { get; set; }
    /// <summary>A credit line ended it: later text is not its own.</summary>
    public bool Closed { get; set; }
    /// <summary>The lead opens with an agency's dateline (新华社北京3月15日电): wire copy, which may run on under
    /// further datelines.</summary>
    public bool IsWireCopy { get; set; }
    /// <summary>The headline stood right over the page's date-and-source line, as a web page prints its one headline.</summary>
    public bool StandsOverSourceLine { get; private set; }
    public List<Author> Authors { get; } = new();
    public List<string> Captions { get; } = new();
    public List<string> PullQuotes { get; } = new();
    public List<Paragraph> Paragraphs { get; } = new();

    public bool IsEmpty => IsFragment && Paragraphs.Count == 0 && Captions.Count == 0 && PullQuotes.Count == 0;

    public void AddParagraph(string text, bool isSubheading = false, bool isNote = false)
    {
        if (text.Trim().Length > 0) Paragraphs.Add(new Paragraph(text.Trim(), isSubheading, isNote));
    }

    /// <summary>A text printed without a headline of its own takes the one the page names it by elsewhere (its crumb).</summary>
    public void TakeHeadline(string title)
    {
        Title = title.Trim();
        IsFragment = false;
    }

    /// <summary>A column name printed apart from the headline lines (above a pull quote) names this article's column
    /// unless its headline printed one.</summary>
    public void AddColumnIfNone(string column) => Section ??= column;

    /// <summary>The headline's parts other than the title (kicker, section, series, subtitle), in print order.</summary>
    public IEnumerable<string> HeadlineParts() =>
        new[] { Section, Series, Kicker, Title, Subtitle }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!);

    /// <summary>Takes another draft's headline as this headline's deck (its subtitle) and its content as this article's: a
    /// web page's second headline line read as a headline of its own.</summary>
    public void TakeAsDeck(ArticleDraft deck)
    {
        Subtitle = Append(Subtitle, string.Join(" ", deck.HeadlineParts()));
        TakeContentOf(deck);
    }

    /// <summary>Whether this headline's lines open with a headline printed again (<paramref name="headlineKey"/>, its
    /// <see cref="PageSplitter.Key"/>), its decks under it (开发区重点项目建设提速 / 10栋公租房全部封顶 / 7个…项目在建, read as
    /// kicker and title).</summary>
    public bool OpensWithRepeatOf(string headlineKey) => RepeatEnd(headlineKey) > 0;

    /// <summary>Where in the kicker the repeated headline ends; 0 when the kicker does not open with it.</summary>
    private int RepeatEnd(string headlineKey)
    {
        if (Kicker is not { Length: > 0 } kicker || headlineKey.Length == 0) return 0;
        for (var i = 1; i <= kicker.Length; i++)
        {
            var key = PageSplitter.Key(TextNormalizer.Fold(kicker[..i]));
            if (!headlineKey.StartsWith(key, StringComparison.Ordinal)) return 0;
            if (key.Length == headlineKey.Length) return i;
        }
        return 0;
    }

    /// <summary>Takes another draft whose headline lines open with this headline printed again (<see cref="OpensWithRepeatOf"/>):
    /// the lines after the repeat are this headline's deck (its subtitle), the other draft's content this article's.</summary>
    public void TakeRepeatWithDecks(ArticleDraft repeat, string headlineKey)
    {
        var end = repeat.RepeatEnd(headlineKey);
        var decks = new[] { repeat.Kicker![end..], repeat.Title, repeat.Subtitle ?? "" }.Select(d => d.Trim()).Where(d => d.Length > 0);
        Subtitle = Append(Subtitle, string.Join(" ", decks));
        TakeContentOf(repeat);
    }

    /// <summary>Takes what another draft of the same article printed apart from its headline: its authors, asides and text.</summary>
    public void TakeContentOf(ArticleDraft other)
    {
        Authors.AddRange(other.Authors.Where(a => Authors.All(b => b.Name != a.Name)));
        Captions.AddRange(other.Captions);
        PullQuotes.AddRange(other.PullQuotes);
        Paragraphs.AddRange(other.Paragraphs);
        Closed |= other.Closed;
        IsWireCopy |= other.IsWireCopy;
    }

    /// <summary>Reads the headline lines: section name, series tag, kicker, the title (two lines of one
    /// headline joined), subtitle.</summary>
    public static ArticleDraft FromHeadline(IReadOnlyList<PageLine> group, IReadOnlyCollection<string> contentsTitles, ISet<string> contentsSections,
        bool overSourceLine = false)
    {
        var draft = new ArticleDraft { StandsOverSourceLine = overSourceLine };
        var headings = new List<PageLine>();
        // Heading lines with a section, series or dash line printed between them and the heading above: never one headline.
        var apart = new HashSet<PageLine>();
        var lineBetween = false;
        foreach (var line in group)
        {
            if (line.Kind is LineKind.Heading && headings.Count > 0 && lineBetween) apart.Add(line);
            lineBetween = line.Kind is not LineKind.Heading;
            switch (line.Kind)
            {
                case LineKind.Series:
                    draft.Series = Append(draft.Series, line.Text);
                    break;
                case LineKind.Section:
                    draft.Section = Append(draft.Section, line.Text.Trim().Trim('【', '】', '■', '□', '◆', '◇', '●').Trim());
                    break;
                case LineKind.DashLine:
                    if (headings.Count == 0 && draft.Section != null) draft.Section += line.Text.Trim();
                    else draft.Subtitle = Append(draft.Subtitle, line.Text.Trim().TrimStart('—', '-').Trim());
                    break;
                default:
                    headings.Add(line);
                    break;
            }
        }
        // A column name printed above the headline (园镜头).
        if (headings.Count >= 2 && (LineRules.LooksLikeSectionName(headings[0].Folded) || contentsSections.Contains(PageSplitter.Key(headings[0].Folded))))
        {
            draft.Section = Append(draft.Section, headings[0].Text);
            headings.RemoveAt(0);
        }
        // 明報新聞網 / 經濟 / headline: the site's name and its channel over the headline are the page's labels, as a column's
        // name over a printed headline is (the channel a few Han characters naming no place, over a whole headline).
        if (headings.Count >= 2 && PageFurniture.Default.IsSiteLabel(headings[0].Folded) && !PageFurniture.Default.IsSiteLabel(headings[1].Folded))
        {
            draft.Section = Append(draft.Section, headings[0].Text);
            headings.RemoveAt(0);
            if (headings.Count >= 2 && IsCategoryLabel(headings[0].Folded, headings[1].Folded))
            {
                draft.Section = Append(draft.Section, headings[0].Text);
                headings.RemoveAt(0);
            }
        }
        // 某某01 / 經濟 / headline: a channel's name over a headline line is its section wherever it stands.
        for (var k = headings.Count - 2; k >= 0; k--)
        {
            if (!PageFurniture.Default.IsChannelName(headings[k].Folded)) continue;
            draft.Section = Append(draft.Section, headings[k].Text);
            headings.RemoveAt(k);
            apart.Add(headings[k]);
        }
        if (headings.Count == 0) return draft;
        // Who issued it and when, printed under a document's headline: kept as a subtitle, never the title.
        // So is the author's field printed among the headline's lines (作者:某某(…)).
        var issuers = headings.Where(h => LineRules.IsIssuerLine(h.Folded) || LineRules.OpensWithAuthorField(h.Folded)).ToList();
        if (issuers.Count < headings.Count) headings.RemoveAll(issuers.Contains);
        else issuers.Clear();
        // 商务安防 / 中德签约10个合作项目 投资额近两亿欧元 over the source line: the site's category, not half the headline.
        while (headings.Count >= 2 && (overSourceLine || headings[^1].Folded.Trim().Length >= 20) && IsCategoryLabel(headings[^2].Folded, headings[^1].Folded))
        {
            draft.Section = Append(draft.Section, headings[^2].Text);
            headings.RemoveAt(headings.Count - 2);
            // A line above the category (香港01 / 經濟 / headline) was never half of the headline under it.
            if (headings.Count >= 2) apart.Add(headings[^1]);
        }
        // 数码港二十年… / 香港数码港: a bare name under a whole headline is the page's tag or section, not the title.
        if (headings.Count >= 2 && IsLabelUnder(headings[^2].Folded, headings[^1].Folded))
        {
            draft.Section = Append(draft.Section, headings[^1].Text.Trim());
            headings.RemoveAt(headings.Count - 1);
        }
        var (first, count) = overSourceLine && apart.Count == 0 && IsWebTwoLineHeadline(headings) ? (0, 2) : PickTitle(headings, contentsTitles, apart);
        (first, count) = WithDocumentTitleAbove(headings, first, count);
        draft.Title = WithoutFieldLabel(string.Concat(headings.Skip(first).Take(count).Select(h => h.Text.Trim())));
        // 【擂响春天的战鼓②】广安经开区: …: the series the headline runs in, printed before it on its line.
        if (LineRules.LeadingSeriesTag.Match(draft.Title) is { Success: true } tag && draft.Title.Length - tag.Length >= 8)
        {
            draft.Series = Append(draft.Series, tag.Groups["tag"].Value);
            draft.Title = draft.Title[tag.Length..];
        }
        // 《科技》力成…, 〈時評〉…, 工業地新聞:…: a column's or channel's name tagged before the headline is its section.
        if (ColumnTagLength(draft.Title) is > 0 and var columnTag)
        {
            draft.Section = Append(draft.Section, ColumnTag.Match(draft.Title).Groups["name"].Value);
            draft.Title = draft.Title[columnTag..];
        }
        // 每日播报!某某经开区…: a news feed's stock label, not words of the headline.
        if (PageFurniture.Default.HypeLabelLength(TextNormalizer.Fold(draft.Title)) is > 0 and var hype)
        {
            draft.Section = Append(draft.Section, draft.Title[..hype].Trim().TrimEnd('!', '！', ':', '：', '丨', '|', '｜'));
            draft.Title = draft.Title[hype..];
        }
        if (PageFurniture.Default.TrailingHypeLabelLength(TextNormalizer.Fold(draft.Title)) is > 0 and var trailingHype)
        {
            draft.Section = Append(draft.Section, draft.Title[^trailingHype..].Trim());
            draft.Title = draft.Title[..^trailingHype].TrimEnd();
        }
        if (first > 0) draft.Kicker = string.Join(" ", headings.Take(first).Select(h => h.Text.Trim().TrimEnd('—', '-').Trim()));
        if (first + count < headings.Count)
            draft.Subtitle = Append(draft.Subtitle, string.Join(" ", headings.Skip(first + count).Select(h => h.Text.Trim())));
        foreach (var issuer in issuers) draft.Subtitle = Append(draft.Subtitle, issuer.Text);
        return draft;
    }

    /// <summary>Which heading lines make the title: the ones the contents list; else the last line,
    /// joined with the line above when that line is the first half of one headline (a quotation, a
    /// few characters, cut mid-clause); a longer line above is the kicker.</summary>
    private static (int First, int Count) PickTitle(List<PageLine> headings, IReadOnlyCollection<string> contentsTitles, ISet<PageLine> apart)
    {
        if (contentsTitles.Count > 0)
        {
            for (var i = 0; i < headings.Count; i++)
            {
                if (i + 1 < headings.Count && contentsTitles.Any(t => PageSplitter.Similar(t, PageSplitter.Key(headings[i].Folded + headings[i + 1].Folded))))
                    return (i, 2);
                if (contentsTitles.Any(t => PageSplitter.Similar(t, PageSplitter.Key(headings[i].Folded))))
                    return i + 1 < headings.Count && PageFurniture.Default.ContinuesDocumentTitle(headings[i].Folded, headings[i + 1].Folded) ? (i, 2) : (i, 1);
            }
        }
        var last = headings.Count - 1;
        if (last == 0) return (0, 1);
        var above = headings[last - 1].Folded.Trim();
        var below = headings[last].Folded.Trim();
        // Under a whole headline, a line that says nothing of its own (an agency's name 中央社, a post's stamp
        // ©原创 12-27 15:14) or opens a numbered part (一、…) is not the title: the headline above is.
        if (CarriesNoHeadline(below) && !CarriesNoHeadline(above) && HanCount(above) >= 8) return (last - 1, 1);
        // 某市招商签约仪式在沪举行 / 某某出席并致辞: a deck naming who attended or spoke is the subtitle of the headline above.
        if (PageFurniture.Default.IsAttendanceDeck(below) && !PageFurniture.Default.IsAttendanceDeck(above) && HanCount(above) >= 8) return (last - 1, 1);
        // A deck line that lists its points with a semicolon (…均参与说明会;开放最后5个基地) under a headline that has none: a
        // headline is one statement (no title of the development sets holds a semicolon).
        if (below.IndexOfAny(ClauseBreaks) >= 0 && above.IndexOfAny(ClauseBreaks) < 0 && HanCount(above) >= 8) return (last - 1, 1);
        // 全市18个重点产业项目集中开工 / 总投资56.5亿元,今年计划完成投资44.5亿元: a deck of amounts, clause by clause, under a
        // headline that says a whole thing is its subtitle; a line of one amount alone is the headline's second half (below).
        if (IsAmountDeck(below) && !IsAmountDeck(above) && HanCount(above) >= 8) return (last - 1, 1);
        // 某某概念股投資指南:供應鏈名單及選股策略 / 為什麼要關注某某股?…: under a whole headline that states, a line asking a whole
        // question of its own is the text's first crosshead or the deck, not the headline's second half.
        if (above.Length >= WholeHeadlineLength && !Asks(above) && Asks(below) && HanCount(below) >= 8) return (last - 1, 1);
        // 生态梦网 -- 某某社区门户网站 / 标题: …: a line that names itself the title stands alone, whatever is above it.
        if (FieldLabel.IsMatch(below)) return (last, 1);
        // A kicker leading in with a dash stands apart from the headline under it; so does a line a column's name stands between
        // (香港01 / 經濟 / headline: a site's name, its channel, the headline).
        if (LineRules.IsDashedKicker(above) || apart.Contains(headings[last])) return (last, 1);
        var quotation = above.StartsWith('“') && above.EndsWith('”') || above.StartsWith('"') && above.EndsWith('"');
        var firstHalf = quotation || above.Length <= 6 || EndsWithSubject(above) || LineRules.EndsDangling(above) || LineRules.StartsMidSentence(below)
                        || StartsAsContinuation(below) || IsAmountTail(below) && HanCount(above) >= 8;
        return firstHalf ? (last - 1, 2) : (last, 1);
    }

    /// <summary>The title's first lines when the lines above the picked ones begin the same document's title, broken by the
    /// page's width (某某股份有限公司 / 关于与某管委会签订 / 项目投资协议书的公告): at most three lines in all.</summary>
    private static (int First, int Count) WithDocumentTitleAbove(List<PageLine> headings, int first, int count)
    {
        var furniture = PageFurniture.Default;
        if (count == 1 && first >= 1 && furniture.ContinuesDocumentTitle(headings[first - 1].Folded, headings[first].Folded)) (first, count) = (first - 1, 2);
        if (count == 2 && first >= 1 && furniture.ContinuesDocumentTitle(headings[first - 1].Folded, headings[first].Folded, headings[first + 1].Folded))
            (first, count) = (first - 1, 3);
        return (first, count);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(名称|标题|標題|题名|題名|文章标题|信息名称)\s*[:：]\s*")]
    private static partial System.Text.RegularExpressions.Regex FieldLabel { get; }
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[X×✕✖]$")]
    private static partial System.Text.RegularExpressions.Regex CloseButton { get; }

    /// <summary>The headline as a page's field prints it (名称: 某开发区重抓项目建设, often over the same headline again),
    /// without the label, the repeat, or a close button after it (… X).</summary>
    internal static string WithoutFieldLabel(string title)
    {
        var t = CloseButton.Replace(title, "");
        var label = FieldLabel.Match(t);
        if (!label.Success || t.Length - label.Length < 4) return t;
        t = t[label.Length..];
        var half = t.Length / 2;
        return t.Length % 2 == 0 && t[..half] == t[half..] ? t[..half] : t;
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^\s*(?:[《〈<](?<name>[^》〉>\s]{2,6})[》〉>]|(?<name>[^:：\s]{2,7})[:：])\s*")]
    private static partial System.Text.RegularExpressions.Regex ColumnTag { get; }

    /// <summary>Han characters a headline holds at least after a column's tag for the tag to come off it.</summary>
    private const int MinHeadlineHanAfterColumnTag = 6;

    /// <summary>The length of a column's or channel's name tagged before a headline (《科技》, 〈時評〉, 某某新聞:), 0 when the
    /// headline opens with none: the name is a column's (…新闻, …时评) or a site's channel (科技, 财经), which a subject
    /// before its colon (某高新区:, 专家解读:) is not.</summary>
    internal static int ColumnTagLength(string title)
    {
        var m = ColumnTag.Match(title);
        if (!m.Success) return 0;
        var name = m.Groups["name"].Value;
        if (!LineRules.LooksLikeSectionName(name) && !PageFurniture.Default.IsChannelName(name)) return 0;
        return HanCount(title[m.Length..]) >= MinHeadlineHanAfterColumnTag ? m.Length : 0;
    }

    private static readonly char[] ClauseBreaks = { ';', '；' };

    private static int HanCount(string t) => t.Count(c => c >= '\u4e00' && c <= '\u9fff');

    /// <summary>A heading line that cannot be an article's title: fewer than four Han characters (a name or a stamp), a site's
    /// or paper's name (某某日报 under the headline over its source line), an account's name printed twice, a numbered part of a
    /// report (一、…, （二）…, 3. …), or a filing's row of codes.</summary>
    private static bool CarriesNoHeadline(string t) =>
        HanCount(t) < 4 || LineRules.IsNumberedPoint(t) || PageFurniture.Default.IsSiteLabel(t) || IsNamePrintedTwice(t) || SecuritiesCodeRow.IsMatch(t)
        || TemplateFieldRow.IsMatch(t);

    /// <summary>A page template's field under the headline, its label, colon and a space before a short value (家乡区县: 重庆市铜梁县):
    /// a headline naming its subject before a colon runs on without the space (深圳:前三季度GDP增长5%).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}:\s+[^\s:,。;!?]{1,16}$")]
    private static partial System.Text.RegularExpressions.Regex TemplateFieldRow { get; }

    /// <summary>A filing's row of codes under its headline (证券代码:300538 证券简称:某某股份 公告编号:2021-072).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(证券代码|股票代码)\s*[:：]\s*\d{6}")]
    private static partial System.Text.RegularExpressions.Regex SecuritiesCodeRow { get; }

    /// <summary>One name printed twice on a line (某某发布 某某发布): a post's account, as its page prints it beside its logo.</summary>
    private static bool IsNamePrintedTwice(string t)
    {
        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[0] == parts[1];
    }

    /// <summary>Two short lines over a web page's date-and-source line (郑洛新自创区建设提速 / 四家研发平台揭牌): a web
    /// page prints one headline field, broken over two lines by the page's width, with no kicker above it.</summary>
    private static bool IsWebTwoLineHeadline(List<PageLine> headings)
    {
        if (headings.Count != 2) return false;
        var (above, below) = (headings[0].Folded.Trim(), headings[1].Folded.Trim());
        // A kicker ending with a figure (GDP增长13.6%) stands apart from the headline under it.
        if (EndsWithPercentage().IsMatch(above)) return false;
        return !LineRules.IsDashedKicker(above) && above.Length <= 16 && below.Length <= 16 && above.Length + below.Length <= 28;
    }

    /// <summary>A few Han characters alone (香港数码港, 科技) under a line that says a whole thing (fourteen characters
    /// or more, not a dashed kicker, not cut mid-clause): a label printed under the headline. A headline's second
    /// half reads on from its first; a short main title under a long kicker says something with a verb or a figure.</summary>
    private static bool IsLabelUnder(string above, string below)
    {
        var (a, b) = (above.Trim(), below.Trim());
        if (!TwoToSixHan().IsMatch(b)) return false;
        // 某某油墨中国区研发中心签约落户 / 某某油墨: the words the headline opens with, printed again as its tag.
        if (a.Replace(" ", "").Length >= 14 && a.StartsWith(b, StringComparison.Ordinal)) return true;
        if (!EndsAsName(b)) return false;
        if (a.Replace(" ", "").Length < 14 || LineRules.IsDashedKicker(a) || LineRules.EndsDangling(a) || EndsWithSubject(a)) return false;
        return !StartsAsContinuation(b) && !LineRules.StartsMidSentence(b) && !LineRules.LooksLikeSectionName(a);
    }

    /// <summary>Ends as a place's, a park's or a channel's name does (深圳科学城, 香港数码港, 本地财经), not as a statement
    /// (研发中心揭牌).</summary>
    private static bool EndsAsName(string t) =>
        PlaceOrSectionAtEnd().IsMatch(t)
        || LineRules.LooksLikeSectionName(t);

    /// <summary>A few Han characters naming no place (商务安防, 政府信息公开) over a headline that stands alone: a web
    /// site's category label. A place or zone above (郑洛新自创区) may be the headline's first half.</summary>
    private static bool IsCategoryLabel(string above, string below) =>
        TwoToSixHan().IsMatch(above.Trim())
        && !PlaceWordAtEnd().IsMatch(above.Trim())
        && below.Trim().Length >= 12 && !StartsAsContinuation(below.Trim()) && !LineRules.StartsMidSentence(below);

    /// <summary>The line ends, after a comma, with a place standing alone as a subject (量子企业集聚，合肥高新区):
    /// its verb is on the next line, so the two are one headline.</summary>
    private static bool EndsWithSubject(string line) =>
        CommaThenZoneAtEnd().IsMatch(line);

    /// <summary>An amount of money as a headline prints it, perhaps labelled (总投资超80亿元, 签约金额达12.5亿元).</summary>
    private const string AmountPattern =
        @"(总投资额?|投资总额|总金额|签约总额|签约金额|投资额|总额|合计|累计|共计)?(超过|超|逾|近|约|达|高达)?\s*\d+(\.\d+)?\s*(多|余)?\s*[万亿]*\s*(元|美元|港元|欧元|日元)";

    [System.Text.RegularExpressions.GeneratedRegex("^" + AmountPattern + "$")]
    private static partial System.Text.RegularExpressions.Regex AmountTail { get; }
    [System.Text.RegularExpressions.GeneratedRegex(AmountPattern)]
    private static partial System.Text.RegularExpressions.Regex Amount { get; }
    [System.Text.RegularExpressions.GeneratedRegex(@"^(总投资额?|投资总额|总金额|签约总额|签约金额)")]
    private static partial System.Text.RegularExpressions.Regex AmountDeckOpening { get; }

    /// <summary>Two clauses or more, the first opening with a labelled amount and every one holding an amount of money
    /// (总投资56.5亿元,今年计划完成投资44.5亿元): a deck of figures, which says nothing of what happened.</summary>
    private static bool IsAmountDeck(string line)
    {
        var clauses = line.Split(AmountDeckBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return clauses.Length >= 2 && AmountDeckOpening.IsMatch(clauses[0]) && clauses.All(c => Amount.IsMatch(c.Replace(" ", "")));
    }

    private static readonly char[] AmountDeckBreaks = { ',', '，', ';', '；', '、', ' ' };

    /// <summary>An amount alone under a whole headline (…重点项目集中开工 / 总投资101.76亿元): the headline's second half,
    /// which says nothing without the line above (over a headline, 总投资超80亿元 is its kicker).</summary>
    private static bool IsAmountTail(string line) => AmountTail.IsMatch(line.Replace(" ", ""));

    /// <summary>A line that cannot open a headline of its own: it goes on from the line above. 又/再 open one as adverbs
    /// (再添6家中小企业投资31亿元…) once the line says a whole thing by itself.</summary>
    internal static bool StartsAsContinuation(string line) =>
        ContinuationWords.Any(w => line.StartsWith(w, StringComparison.Ordinal))
        || line.Length < WholeHeadlineLength && (line.StartsWith('又') || line.StartsWith('再'));

    private static bool Asks(string line) => line.AsSpan().IndexOfAny('?', '？') >= 0;

    private static readonly string[] ContinuationWords = { "如何", "为何", "怎样", "为什么", "何以", "是", "的", "让", "把", "被", "和", "与", "及", "也" };

    /// <summary>A headline line this long says a whole thing: no line above is needed to read it.</summary>
    private const int WholeHeadlineLength = 20;

    private static string Append(string? existing, string text) => existing == null ? text.Trim() : existing + " " + text.Trim();

    /// <summary>The article's record; its id is given by whoever numbers the page's articles (<see cref="PageSplitter.Number"/>).</summary>
    public ArticleRecord ToRecord(SourceDocument source, string? page, int? pageNumber) => new()
    {
        Source = source.Source,
        Url = source.Url,
        Title = Title,
        Kicker = Kicker,
        Subtitle = Subtitle,
        Series = Series,
        Section = Section,
        Authors = Authors.GroupBy(a => (a.Name, a.Role)).Select(g => g.First()).ToList(),
        Page = page,
        PageNumber = pageNumber,
        Fragment = IsFragment,
        Body = string.Join("\n", Rejoin(Paragraphs)),
        Captions = Captions.ToList(),
        PullQuotes = PullQuotes.ToList(),
    };

    /// <summary>Paragraph lines in order, with sentences a column break cut in two joined again.</summary>
    internal static IEnumerable<string> Rejoin(IEnumerable<Paragraph> paragraphs)
    {
        string? pending = null;
        foreach (var p in paragraphs)
        {
            if (p.IsSubheading || p.IsNote)
            {
                if (pending != null) yield return pending;
                pending = null;
                yield return p.Text;
                continue;
            }
            if (pending != null && BelongsTogether(pending, p.Text))
            {
                pending = TextNormalizer.JoinBroken(pending, p.Text);
                continue;
            }
            if (pending != null) yield return pending;
            pending = p.Text;
        }
        if (pending != null) yield return pending;
    }

    /// <summary>The first line stops mid-sentence and the second carries on: it ends without sentence
    /// punctuation and is a full column line, ends mid-clause, or the second starts mid-sentence.</summary>
    internal static bool BelongsTogether(string head, string tail)
    {
        var h = TextNormalizer.Fold(head);
        var t = TextNormalizer.Fold(tail);
        if (TextNormalizer.EndsSentence(h)) return false;
        return LineRules.StartsMidSentence(t) || LineRules.JoinsAcrossBreak(h, t) || LineRules.EndsDangling(h) || h.Length >= 20;
    }

    [GeneratedRegex(@"[,，]\s*[\p{IsCJKUnifiedIdeographs}]{2,10}(高新区|开发区|经开区|园区|新区|示范区|科学城|科技城|自贸区)$")]
    private static partial Regex CommaThenZoneAtEnd();

    [GeneratedRegex(@"\d\s*[%％]$")]
    private static partial Regex EndsWithPercentage();

    [GeneratedRegex(@"([区市省县州园城镇乡村岛港湾谷]|财经|科技|产业|经济|要闻|国内|国际|本地|社会|民生|教育|文旅|汽车|房产)$")]
    private static partial Regex PlaceOrSectionAtEnd();

    [GeneratedRegex(@"[区市省县州园城镇乡村岛港湾]$")]
    private static partial Regex PlaceWordAtEnd();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,6}$")]
    private static partial Regex TwoToSixHan();
}

internal sealed record Paragraph(string Text, bool IsSubheading, bool IsNote)
{
    /// <summary>Each paragraph together with the sub-headings printed above it: what moves as one.</summary>
    public static List<List<Paragraph>> Units(List<Paragraph> paragraphs)
    {
        var units = new List<List<Paragraph>>();
        var open = new List<Paragraph>();
        foreach (var p in paragraphs)
        {
            open.Add(p);
            if (p.IsSubheading) continue;
            units.Add(open);
            open = new List<Paragraph>();
        }
        if (open.Count > 0) units.Add(open);
        return units;
    }
}
