using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>What one line of a saved web page is when it is page furniture rather than text.</summary>
internal enum FurnitureKind
{
    None,
    /// <summary>Navigation crumbs: 首页 > 新闻中心 > 园区动态.</summary>
    Crumb,
    /// <summary>Share, print, font-size and close buttons: 【字体：大 中 小】【打印】【关闭】.</summary>
    Widget,
    /// <summary>A summary over the text (摘要：…): text, but never a headline.</summary>
    Summary,
    /// <summary>An image's file name (IMG_2024.jpg).</summary>
    Image,
    /// <summary>The start of the links after the article (上一篇：…, 相关新闻).</summary>
    Tail,
    /// <summary>Follow-us, report and copyright prompts.</summary>
    Prompt,
    /// <summary>Another page's link title, cut short by the site (…首届方向班开...).</summary>
    Teaser,
    /// <summary>What the page's code left in its text: HTML tags alone (• &lt;li id="x"&gt;&lt;/li&gt;) or one lower-case
    /// Latin word on its line (an ad slot's or script's name), which no news text prints alone.</summary>
    Markup,
}

/// <summary>
/// Recognises the furniture of web pages saved as text from the word lists of Resources/page-furniture.txt
/// (crumb heads and separators, widget words, summary labels, image extensions, tail markers, prompts). Shared by
/// page texts (<see cref="PageSplitter"/>) and HTML pages, so a crumb or a share row is never a headline or an article.
/// </summary>
internal sealed partial class PageFurniture
{
    public const string FileName = "page-furniture.txt";

    private static readonly Lazy<PageFurniture> LazyDefault = new(() => new PageFurniture(ResourceFile.Load(FileName)));

    /// <summary>Furniture is short: a paragraph that mentions 打印 or 首页 is text.</summary>
    private const int MaxLength = 80;

    private readonly string[] _crumbHeads;
    private readonly char[] _crumbHeadSeparators;
    private readonly Regex _crumbLabel;
    private readonly char[] _menuSeparators;
    private readonly Regex _crumbSeparator;
    private readonly Regex _summary;
    private readonly Regex _image;
    private readonly Regex _cameraFile;
    private readonly Regex _tail;
    private readonly Regex _tailHead;
    private readonly Regex _counter;
    private readonly Regex _trailingFields;
    private readonly Regex _fieldLabel;
    private readonly string[] _teaserEnds;
    private readonly string[] _editionWords;
    private readonly string[] _siteNameEnds;
    private readonly string[] _channelLabelEnds;
    private readonly HashSet<string> _channelNames;
    private readonly Regex _headlineRole;
    private readonly HashSet<string> _subtitleRoles;
    private readonly Regex _hypeLabel;
    private readonly Regex _trailingHypeLabel;
    private readonly Regex _colourScheme;
    /// <summary>The prompts, searched for in one pass over the line (a line is asked of some sixty words, case aside).</summary>
    private readonly SearchValues<string> _prompts;
    private readonly HashSet<string> _promptWords;
    private readonly Regex _documentFileName;
    private readonly string[] _widgetWords;
    private readonly Dictionary<char, string[]> _widgetWordsByFirstChar;
    private readonly int _menuMinSpacedItems;
    private readonly char[] _keywordBarSeparators;
    private readonly int _keywordBarMinItems;
    private readonly int _keywordBarMaxItem;
    private readonly string[] _keywordBarSpamWords;
    private readonly int _keywordBarSpamMinItems;
    private readonly string[] _menuBylineWords;
    private readonly Regex _linkLine;
    private readonly Regex _attendanceDeck;
    private readonly string[] _consentWords;
    private readonly string[] _issuerNameEnds;
    private readonly string[] _issuerNameSuffixes;
    private readonly string[] _documentTitleOpenings;
    private readonly string[] _documentTitleEnds;
    private readonly string[] _consentAddressees;
    private readonly Regex _browserAdvice;
    private readonly string[] _browserWords;
    private readonly string[] _spamTagWords;
    private readonly string[] _ageGateWords;

    /// <summary>A privacy notice runs longer than other furniture, but not to a paragraph's length.</summary>
    private const int MaxConsentLength = 160;

    internal PageFurniture(ResourceFile rules)
    {
        Rules = rules;
        _crumbHeads = rules.Setting("crumb-heads");
        _crumbHeadSeparators = rules.Setting("crumb-head-separators").Select(s => s[0]).ToArray();
        // The patterns built from the rules are interpreted, not RegexOptions.Compiled: emitting and compiling them cost about
        // 1 CPU-second at every start (the tail markers' alone half of it), more than interpreting them costs over a run
        // of several MB (docs/performance.md, round 11). The crumb separators' alternation stays compiled: a few ms to
        // compile, and interpreted it is some 30 times slower on the many short lines it is asked of.
        _crumbLabel = new Regex(@"^[^:：>»]{0,10}(" + string.Join("|", rules.Setting("crumb-labels").Select(Regex.Escape)) + @")\s*[:：]\s*");
        _menuSeparators = rules.Setting("menu-separators").Select(s => s[0]).ToArray();
        _crumbSeparator = new Regex(string.Join("|", rules.Setting("crumb-separators").OrderByDescending(s => s.Length).Select(Regex.Escape)), RegexOptions.Compiled);
        _summary = new Regex(@"^[【\[(（]?\s*(" + string.Join("|", rules.Setting("summary-labels").Select(Regex.Escape)) + @")\s*[】\])）]?\s*[:：]");
        _image = new Regex(@"^[\w\-.()（）]{1,80}\.(" + string.Join("|", rules.Setting("image-extensions").Select(Regex.Escape)) + @")$", RegexOptions.IgnoreCase);
        _cameraFile = new Regex(@"^_?(" + string.Join("|", rules.Setting("camera-file-prefixes").Select(Regex.Escape)) + @")[_\-]?\d{3,}([_\-]\d+)*([_\-\s]?("
            + string.Join("|", rules.Setting("copy-marks").Select(Regex.Escape)) + @"|\(\d+\)))*$", RegexOptions.IgnoreCase);
        // 相关新闻 更多>>: a marker, perhaps its link to the full list, then a colon, an arrow or the end.
        var more = string.Join("|", rules.Setting("tail-more").OrderByDescending(m => m.Length).Select(Regex.Escape));
        var tailMarkers = string.Join("|", rules.Setting("tail-markers").Select(m => Regex.Escape(m.TrimEnd(':', '：'))));
        _tail = new Regex(@"^(>>|»|>)?\s*[【\[]?\s*(" + tailMarkers + @")\s*[】\]]?\s*(" + more + @")?\s*([:：>》]|$)");
        // 下一篇山海相连…: a link to the next or another page glued to its marker, which the marker alone does not end.
        _tailHead = new Regex(@"^(>>|»|>)?\s*[【\[]?\s*(" + tailMarkers + ")");
        _counter = new Regex(@"^(" + string.Join("|", rules.Setting("counters").OrderByDescending(c => c.Length).Select(Regex.Escape)) + @")\s*[:：]?\s*\d+\s*次?$"
            + @"|^\d[\d,]*\s*(" + string.Join("|", rules.Setting("counters-after").OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")$");
        var counters = string.Join("|", rules.Setting("counters").OrderByDescending(c => c.Length).Select(Regex.Escape));
        var fieldLabels = string.Join("|", rules.Setting("headline-field-labels").OrderByDescending(c => c.Length).Select(Regex.Escape));
        // 标题 来源：某某日报 2024-03-02 阅读：1268 — fields after the headline, each after a space, to the line's end.
        _fieldLabel = new Regex(@"(" + fieldLabels + "|" + counters + @")\s*[:：]");
        _trailingFields = new Regex(@"(\s+(" + DatePattern + @"|\d{1,2}:\d{2}(:\d{2})?|(" + fieldLabels + @")\s*[:：]\s*[^\s:：。，,]{1,20}|(" + counters
            + @")\s*[:：]?\s*\d+\s*次?))+\s*$");
        _prompts = SearchValues.Create(rules.Setting("prompts"), StringComparison.OrdinalIgnoreCase);
        _promptWords = new HashSet<string>(rules.Setting("prompts"), StringComparer.OrdinalIgnoreCase);
        // 【title】uploader.pdf or title.docx: the title, perhaps in brackets with the uploader's name after them, then the extension.
        var extensions = string.Join("|", rules.Setting("document-extensions").Select(Regex.Escape));
        _documentFileName = new Regex(@"^(【(?<title>[^【】]{4,80})】[^【】.]{0,12}|(?<title>[^【】]{4,80}?))\.(" + extensions + @")$", RegexOptions.IgnoreCase);
        _consentWords = rules.Setting("consent-words");
        _issuerNameEnds = rules.Setting("issuer-name-ends");
        _issuerNameSuffixes = rules.Setting("issuer-name-suffixes").OrderByDescending(w => w.Length).ToArray();
        _documentTitleOpenings = rules.Setting("document-title-openings");
        _documentTitleEnds = rules.Setting("document-title-ends");
        _consentAddressees = rules.Setting("consent-addressees");
        _browserWords = rules.Setting("browser-words");
        // The advice, then within a clause the browser or screen it names (建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器).
        _browserAdvice = new Regex("(" + string.Join("|", rules.Setting("browser-advice-words").OrderByDescending(w => w.Length).Select(Regex.Escape))
            + ")[^。；;]{0,40}?(" + string.Join("|", _browserWords.Select(Regex.Escape)) + ")");
        _spamTagWords = rules.Setting("spam-tag-words");
        _ageGateWords = rules.Setting("age-gate-words");
        _menuMinSpacedItems = int.Parse(rules.Setting("menu-min-spaced-items")[0]);
        _keywordBarSeparators = rules.Setting("keyword-bar-separators").Select(s => s[0]).ToArray();
        _keywordBarMinItems = int.Parse(rules.Setting("keyword-bar-min-items")[0]);
        _keywordBarMaxItem = int.Parse(rules.Setting("keyword-bar-max-item")[0]);
        _keywordBarSpamWords = rules.Setting("keyword-bar-spam-words");
        _keywordBarSpamMinItems = int.Parse(rules.Setting("keyword-bar-spam-min-items")[0]);
        _menuBylineWords = rules.Setting("menu-byline-words");
        // The verb and at most four characters of its object: a longer line is a sentence (前往高新区考察的代表团…).
        _linkLine = new Regex(@"^(" + string.Join("|", rules.Setting("link-verbs").OrderByDescending(v => v.Length).Select(Regex.Escape)) + @")\p{IsCJKUnifiedIdeographs}{1,4}$");
        // Who, then the attendance verb, perhaps a second act after 并 (某某出席并致辞, 市长某某出席并宣布开工); no mark between.
        var attendance = string.Join("|", rules.Setting("attendance-verbs").OrderByDescending(v => v.Length).Select(Regex.Escape));
        _attendanceDeck = new Regex(@"^[^\s，,。；;：:！!？?“”""]{2,14}?(" + attendance + @")([并並]\p{IsCJKUnifiedIdeographs}{2,6})?$");
        _teaserEnds = rules.Setting("teaser-ends");
        _editionWords = rules.Setting("edition-words");
        _siteNameEnds = rules.Setting("site-name-ends");
        _channelLabelEnds = rules.Setting("channel-label-ends");
        _channelNames = new HashSet<string>(rules.Setting("channel-names"), StringComparer.Ordinal);
        var roles = rules.Setting("headline-roles").Concat(rules.Setting("subtitle-roles")).OrderByDescending(r => r.Length).Select(Regex.Escape);
        _headlineRole = new Regex(@"\s*[(（](?<role>" + string.Join("|", roles) + @")[)）]\s*$");
        _subtitleRoles = new HashSet<string>(rules.Setting("subtitle-roles"), StringComparer.Ordinal);
        var colours = string.Join("", rules.Setting("colour-scheme-colours"));
        _colourScheme = new Regex(@"^([" + colours + @"]底[" + colours + @"]字([" + colours + @"]链接)?|页面原始配色|原始配色)$");
        var hypeLabel = "(" + string.Join("|", rules.Setting("hype-label-heads").OrderByDescending(h => h.Length).Select(Regex.Escape)) + @")\p{IsCJKUnifiedIdeographs}?("
            + string.Join("|", rules.Setting("hype-label-tails").OrderByDescending(h => h.Length).Select(Regex.Escape)) + ")";
        _hypeLabel = new Regex(@"^\s*" + hypeLabel + @"\s*[!！:：丨|｜]\s*");
        _trailingHypeLabel = new Regex(@"\s+" + hypeLabel + @"\s*$");
        // Longest first, so 打印本页 goes before 打印.
        _widgetWords = rules.Entries.OrderByDescending(w => w.Length).ToArray();
        _widgetWordsByFirstChar = _widgetWords.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static PageFurniture Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <summary>What the line is; <see cref="FurnitureKind.None"/> for text. Reads the folded line.</summary>
    public FurnitureKind Classify(string folded)
    {
        // A page's head lines are asked about by marking the furniture, by the headline candidates (twice) and again by
        // the figure stage's widget-line test: a short line's verdict is kept, on this thread, for the lines asked next.
        return ShortLineAnswers<FurnitureKind>.Get(this, folded, static (rules, line) => rules.Judge(line));
    }

    private FurnitureKind Judge(string folded)
    {
        // 財(cái)經(jīng) > 滾動(dòng)新聞 > 正文, 字號(hào):: a page printing reading aids prints them in its furniture too.
        var t = PinyinReadings.Without(folded).Trim();
        if (t.Length == 0) return FurnitureKind.None;
        if (_summary.IsMatch(t)) return FurnitureKind.Summary;
        // Only the teaser's link title: its excerpt, a sentence cut short, stays the page's text (names, figures, dates).
        if (t.Length <= 40 && EndsCutShort(t) && !t.AsSpan().ContainsAny(',', '，', '。'))
            return FurnitureKind.Teaser;
        if (t.Length <= MaxConsentLength && t.Contains("同意", StringComparison.Ordinal) && _consentWords.Any(w => t.Contains(w, StringComparison.Ordinal))
            && _consentAddressees.Any(w => t.Contains(w, StringComparison.Ordinal)))
            return FurnitureKind.Prompt;
        if (t.Length <= MaxConsentLength && IsEditionOffer(t)) return FurnitureKind.Prompt;
        if (t.Length <= MaxConsentLength && (IsBrowserAdvice(t) || _ageGateWords.Any(w => t.Contains(w, StringComparison.Ordinal)))) return FurnitureKind.Prompt;
        if (t.Length > MaxLength) return FurnitureKind.None;
        if (LeftoverMarkup.IsMatch(t) || IconAltText.IsMatch(t) || CodeWord.IsMatch(t) && !_widgetWords.Contains(t)) return FurnitureKind.Markup;
        if (_image.IsMatch(t) || _cameraFile.IsMatch(t)) return FurnitureKind.Image;
        // 首页 alone, its steps on the next line (>> 新区新闻 >> 图片新闻): the crumb's head.
        if (IsCrumb(t) || IsChannelLabel(t) || _crumbHeads.Contains(t)) return FurnitureKind.Crumb;
        if (_tail.IsMatch(t)) return FurnitureKind.Tail;
        if (IsWidgetRow(t) || _counter.IsMatch(t) || PlayerTimer.IsMatch(t) || t.Length <= MaxColourSchemeLength && _colourScheme.IsMatch(t)
            || QuoteFieldRow.IsMatch(t) || IsReadingTime(t) || PagerRow.IsMatch(t)) return FurnitureKind.Widget;
        if (_linkLine.IsMatch(t)) return FurnitureKind.Prompt;
        // A prompt ends no sentence of text; one printed alone may close with its full stop (沒有找到結果。).
        if (!t.Contains('。') && t.AsSpan().ContainsAny(_prompts) || t.StartsWith("免责声明", StringComparison.Ordinal)
            || _promptWords.Contains(t.TrimEnd('。', '.', '!', '！')))
            return FurnitureKind.Prompt;
        return FurnitureKind.None;
    }

    /// <summary>The line ends as the site cuts a link's title or excerpt short (…首批成员单位包括...): another page's teaser.
    /// Reads the folded line.</summary>
    public bool EndsCutShort(string folded)
    {
        var t = folded.TrimEnd();
        return _teaserEnds.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The line opens with a marker of the links after an article (上一篇, 下一篇, 相关新闻), perhaps with the link's
    /// title glued on (下一篇山海相连 荔黔同行): another page's title, never this page's headline. Reads the folded line.</summary>
    public bool OpensWithTailMarker(string folded) => _tailHead.IsMatch(folded.TrimStart());

    /// <summary>A site's keyword bar (its saved &lt;title&gt; or SEO keywords: 鲍鱼av在线,国产一级片大全,久久精品…): at least
    /// the set number of items strung on one mark, each a few words with a letter, and no sentence mark on the line — a
    /// headline strings two or three parts, a lead runs on in clauses that end with a full stop; three or four items make one
    /// when two of them hold an adult or gambling site's keywords. Reads the folded line.</summary>
    public bool IsKeywordBar(string folded)
    {
        var t = folded.Trim();
        if (t.Length == 0 || LineRules.HasSentencePunctuation(t)) return false;
        foreach (var mark in _keywordBarSeparators)
        {
            var count = t.AsSpan().Count(mark) + 1;
            if (count < _keywordBarSpamMinItems) continue;
            var items = t.Split(mark).Select(i => i.Trim()).ToList();
            if (!items.All(i => i.Length >= 2 && i.Length <= _keywordBarMaxItem && i.Any(char.IsLetter))) continue;
            // Fewer items make a keyword bar when the adult or gambling site's own words name it.
            if (count >= _keywordBarMinItems || items.Count(i => _keywordBarSpamWords.Any(w => i.Contains(w, StringComparison.Ordinal))) >= 2) return true;
        }
        return false;
    }

    /// <summary>A stock quote's box printed as a row of fields, each a short label, a colon and a number, three or more and
    /// nothing else (昨收盘:0.000今开盘:0.000最高价:0.000, 市盈率:12.5 收益率:0.8%): the site's ticker, never text.</summary>
    [GeneratedRegex(@"^(\s*[^\s:：\d][^:：]{0,9}[:：]\s*[-+]?\d[\d.,]*%?){3,}$")]
    private static partial Regex QuoteFieldRow { get; }

    /// <summary>A post's length and reading time printed over it (本篇文章370字,读完约1分钟; 全文约2380字 阅读需6分钟; 阅读时间约3分钟):
    /// counts, never text.</summary>
    [GeneratedRegex(@"^((本文|本篇文章|本篇|全文|文章)\s*(共|约|約|共计|共計)?\s*[\d,]+\s*字\s*[,，、;；]?\s*)?((预计|預計)?\s*(阅读|閱讀|读完|讀完)(全文)?\s*(时间|時間|时长|時長|需要|需|约需|約需)?\s*[:：]?\s*(约|約|大约|大約)?\s*\d+\s*(分钟|分鐘|min))?$")]
    private static partial Regex ReadingTime { get; }

    private static bool IsReadingTime(string t) =>
        (t.Contains('字') || t.Contains("分钟", StringComparison.Ordinal) || t.Contains("分鐘", StringComparison.Ordinal) || t.Contains("min", StringComparison.Ordinal))
        && ReadingTime.IsMatch(t);

    /// <summary>A media player's timer (00:00 / 02:15, or 00:00 alone before it starts).</summary>
    [GeneratedRegex(@"^(\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|00:00)$")]
    private static partial Regex PlayerTimer { get; }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}]{2}")]
    private static partial Regex Kana { get; }

    /// <summary>A site's advice on the browser or screen to view it with (為達最佳瀏覽效果，建議使用 Chrome…的瀏覽器。).</summary>
    private bool IsBrowserAdvice(string t) =>
        _browserWords.Any(w => t.Contains(w, StringComparison.Ordinal)) && _browserAdvice.IsMatch(t);

    /// <summary>A site's offer of its edition in another language, printed in that language (Would you like to go to our
    /// English website?, 日本語版に移動しますか): no Han text of the page's own, or Japanese kana, and an edition word.</summary>
    private bool IsEditionOffer(string t) =>
        (!t.Any(ChineseScript.IsHan) || Kana.IsMatch(t)) && _editionWords.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^([•·]\s*)?(<[^<>]+>\s*)+$|^[""']+$|^[•·]$")]
    private static partial Regex LeftoverMarkup { get; }
    [GeneratedRegex(@"^[a-z][a-z0-9_]{1,15}$")]
    private static partial Regex CodeWord { get; }
    /// <summary>An icon's or logo's alt text left by a saved page (search icon, menu-icon, example logo).</summary>
    [GeneratedRegex(@"^([a-z][a-z0-9_]*[ \-]){1,2}(icon|logo)$")]
    private static partial Regex IconAltText { get; }

    /// <summary>A headline, then a site's name strung on with one of the marks (标题_某某网, 标题 - 某某日报, 标题——某某网, and a
    /// spaced en dash as blog sites string it, 标题 – 某某头条).</summary>
    [GeneratedRegex(TitleTailHead + "|[–—]+" + TitleTailRest)]
    private static partial Regex TitleTail { get; }
    /// <summary>The same, without the long dashes a printed headline leads into its second part with (…再延伸——园区…):
    /// a page text's line is a &lt;title&gt; only by the marks a site strings its name on with.</summary>
    [GeneratedRegex(TitleTailHead + TitleTailRest)]
    private static partial Regex TitleTailOfText { get; }

    /// <summary><see cref="TitleTail"/> around its long dashes: the headline and the short marks, then the other marks and the name.</summary>
    private const string TitleTailHead = @"^(?<head>.{4,}?)\s*(?:[_|｜]+";
    private const string TitleTailRest = @"|-{1,2}|\s[-–]\s)\s*(?<tail>[^_|｜–—\-]{2,24})$";
    [GeneratedRegex(@"^(www\.)?[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.(com|cn|net|org|hk|tw|mo|gov|edu)(\.[a-z]{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainName { get; }
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9 .&'\-]{1,23}$")]
    private static partial Regex LatinName { get; }

    /// <summary>A page's &lt;title&gt; or og:title without the site's name after the headline (标题_某某网, 标题-某某日报,
    /// 标题 | Example News, 标题-example.com.cn), however many names the site strings on; a headline's own dash
    /// (2024-2026年…, 产业链再延伸—园区引进…) stays, since what follows it is no site's name.</summary>
    public string WithoutSiteName(string title) => WithoutSiteName(title, TitleTail);

    /// <summary>A page text's line as a saved &lt;title&gt; prints it (标题_某某网, 标题-经济频道-某某新闻网): the headline
    /// without the site's names; the line itself when it holds none. Long dashes stay (a printed kicker's).</summary>
    public string WithoutSiteNameInText(string line) => WithoutSiteName(line, TitleTailOfText);

    /// <summary>The marks <see cref="TitleTail"/> strings a site's name on with, with or without long dashes.</summary>
    private static readonly SearchValues<char> TitleMarks = SearchValues.Create("_|｜-–—");

    private string WithoutSiteName(string title, Regex tail)
    {
        var t = title.Trim();
        // The pattern needs a mark: most lines hold none and are not run through it (its lazy head is tried at every length).
        if (!t.AsSpan().ContainsAny(TitleMarks)) return t;
        while (tail.Match(t) is { Success: true } m && (IsSiteName(m.Groups["tail"].Value.Trim()) || PageNumberTail.IsMatch(m.Groups["tail"].Value.Trim())))
            t = m.Groups["head"].Value.Trim();
        return t;
    }

    /// <summary>A document farm's page number strung after the title as a site's name is (建设方案_第1页 … 建设方案_第5页, one
    /// line per page image): the page's, never the title's.</summary>
    [GeneratedRegex(@"^第\s*\d{1,4}\s*[页頁]$")]
    private static partial Regex PageNumberTail { get; }

    /// <summary>A site's name: it ends as one does (…网, …日报, …在线), is a domain, or is Latin words alone (Example News).</summary>
    public bool IsSiteName(string name)
    {
        var t = name.Trim();
        if (t.Length is < 2 or > 24) return false;
        if (DomainName.IsMatch(t) || LatinName.IsMatch(t) && !t.Any(char.IsDigit)) return true;
        return t.Length <= 16 && !t.Any(char.IsDigit) && _siteNameEnds.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>A site's or paper's name printed as a line of the headline's block: a site's name (<see cref="IsSiteName"/>)
    /// too short to be a headline (a headline ending as a site's name does, …运行情况通报, is not).</summary>
    public bool IsSiteLabel(string line) => line.Trim().Count(ChineseScript.IsHan) < LineRules.StatementHan && IsSiteName(line);

    /// <summary>A long disclaimer is furniture too, whatever its length.</summary>
    public bool IsDisclaimer(string folded) => folded.TrimStart().StartsWith("免责声明", StringComparison.Ordinal);

    /// <summary>Steps of short names between separators, the first a crumb head (首页 > 快讯, 当前位置：首页 >> 快讯).</summary>
    private bool IsCrumb(string t)
    {
        if (t.Contains('。') || t.Contains('，')) return false;
        if (IsMenu(t)) return true;
        // 您的当前位置：首页 > … — a label, then the steps.
        // The label ends in a colon: a line without one (most of them) is not run through its pattern.
        var label = t.AsSpan().ContainsAny(':', '：') ? _crumbLabel.Match(t) : Match.Empty;
        if (!label.Success && IsSlashCrumb(t)) return true;
        // Without a label, a crumb needs two steps and so a separator: most lines have none, and are not split.
        if (!label.Success && !_crumbSeparator.IsMatch(t)) return false;
        var rest = label.Success ? t[label.Length..] : t;
        var steps = _crumbSeparator.Split(rest).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        // 当前位置： alone: the crumb's label, its steps printed as icons or links the saved text lost; never half a headline.
        if (steps.Count == 0) return label.Success && rest.Trim().Length == 0;
        if (steps.Count < 2 && !label.Success) return false;
        // A crumb may open with the site's own name instead of 首页 (某某网>>经济·科技), or with its separator, the home
        // step being an icon the saved text lost (> 自媒体 > 某频道 > 标题).
        var opensWithSeparator = _crumbSeparator.Match(rest.TrimStart()) is { Success: true, Index: 0 };
        var opens = label.Success ? steps.Count >= 2 || _crumbHeads.Contains(steps[0])
            : _crumbHeads.Contains(steps[0]) || steps.Count >= 2 && (IsSiteName(steps[0]) || opensWithSeparator);
        // The last step may be the page's own headline (首页 > 湖北新闻 > 光谷9个项目开工 总投资超180亿元).
        if (opens) return steps.Take(steps.Count - 1).All(s => s.Length <= 16) && steps[^1].Length <= LineRules.MaxWebHeadlineLength;
        // A crumb that leaves out its home step (财经 > 财经政策): channel names alone, each a short word, and at
        // least one separator, so a headline that merely holds a > is not one.
        return steps.Count >= 2 && _crumbSeparator.IsMatch(rest) && steps.All(s => s.Length is >= 2 and <= 6 && s.All(ChineseScript.IsHan));
    }

    /// <summary>A crumb head, then steps parted by slashes (首页 / 要闻动态 / 政务要闻): short steps, the last perhaps the headline.</summary>
    private bool IsSlashCrumb(string t)
    {
        if (t.AsSpan().IndexOfAny(_crumbHeadSeparators) < 0) return false;
        var steps = t.Split(_crumbHeadSeparators).Select(s => s.Trim()).ToList();
        return steps.Count >= 2 && _crumbHeads.Contains(steps[0]) && steps.All(s => s.Length > 0)
               && steps.Take(steps.Count - 1).All(s => s.Length <= 16) && steps[^1].Length <= LineRules.MaxWebHeadlineLength;
    }

    /// <summary>A deck line that only says who attended or spoke (某某出席并致辞, 市长某某主持), as government sites print it
    /// under the headline of a meeting or signing: the headline's subtitle, never its title.</summary>
    public bool IsAttendanceDeck(string folded) => _attendanceDeck.IsMatch(folded.Trim());

    /// <summary>Two heading lines that are one document's title broken by the page's width: the issuer's name over its
    /// 关于… title (某某股份有限公司 / 关于签署投资框架协议的公告), a name the break cut before its suffix (某某开发集团 /
    /// 股份有限公司关于召开…的公告), or the 关于… opening over the rest of the title (关于与某管委会签订 / 项目投资协议书的公告).
    /// A headline over its deck is none of these: the lower line goes on from the upper one or ends as a document does.</summary>
    public bool ContinuesDocumentTitle(string above, string below)
    {
        var (a, b) = (above.Trim(), below.Trim());
        if (a.Length < 2 || b.Length < 4 || a.Any(c => char.IsWhiteSpace(c) || char.IsPunctuation(c))) return false;
        var suffix = _issuerNameSuffixes.FirstOrDefault(w => b.StartsWith(w, StringComparison.Ordinal));
        if (suffix != null) return OpensDocumentTitle(b[suffix.Length..]) || EndsAsDocumentTitle(b);
        if (OpensDocumentTitle(b)) return EndsAsIssuer(a) && EndsAsDocumentTitle(b);
        return OpensDocumentTitle(a) && !EndsAsDocumentTitle(a) && EndsAsDocumentTitle(b);
    }

    /// <summary>Three heading lines that are one document's title: its issuer's name over the 关于… opening over the rest
    /// (某某实业股份有限公司 / 关于与某管委会签订 / 项目投资协议书的公告).</summary>
    public bool ContinuesDocumentTitle(string first, string second, string third) =>
        EndsAsIssuer(first.Trim()) && !first.Trim().Any(c => char.IsWhiteSpace(c) || char.IsPunctuation(c))
        && OpensDocumentTitle(second.Trim()) && ContinuesDocumentTitle(second, third);

    private bool EndsAsIssuer(string name) => _issuerNameEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));
    private bool OpensDocumentTitle(string line) => _documentTitleOpenings.Any(o => line.StartsWith(o, StringComparison.Ordinal));
    private bool EndsAsDocumentTitle(string line) => _documentTitleEnds.Any(e => line.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Longest colour scheme an accessibility bar offers (白底黑字蓝链接).</summary>
    private const int MaxColourSchemeLength = 8;

    /// <summary>Characters a headline holds at least after a feed's stock label for the label to come off it.</summary>
    private const int MinHeadlineAfterHypeLabel = 8;

    /// <summary>The length of a news feed's stock label glued before a headline with its mark (每日播报!…, 天天快讯：…,
    /// 环球速看料！…), 0 when the folded headline opens with none or too little follows it.</summary>
    public int HypeLabelLength(string folded)
    {
        var m = _hypeLabel.Match(folded);
        return m.Success && folded.Length - m.Length >= MinHeadlineAfterHypeLabel ? m.Length : 0;
    }

    /// <summary>A paper's headline line as its e-edition labels it with its part (…(引题), …(主题), …(副题)): the length of the
    /// label at the line's end (0 when it has none) and whether it marks a subtitle.</summary>
    public (int Length, bool Subtitle) HeadlineRoleLabel(string folded)
    {
        var m = _headlineRole.Match(folded);
        return m.Success && m.Index > 0 ? (m.Length, _subtitleRoles.Contains(m.Groups["role"].Value)) : (0, false);
    }

    /// <summary>A site's channel named alone on its line (財經, 经济, 要闻): over a headline it is the headline's section, never
    /// the first half of a two-line headline.</summary>
    public bool IsChannelName(string folded) => _channelNames.Contains(folded.Trim());

    /// <summary>The length of a feed's stock label printed after the headline past a space (…涉投资154亿元 最新快讯), 0 when the
    /// folded headline ends with none or too little stands before it.</summary>
    public int TrailingHypeLabelLength(string folded)
    {
        var m = _trailingHypeLabel.Match(folded);
        return m.Success && m.Index >= MinHeadlineAfterHypeLabel ? folded.Length - m.Index : 0;
    }

    /// <summary>Longest channel label a site prints over its headline (某某科技旗下自媒体矩阵:).</summary>
    private const int MaxChannelLabelLength = 20;

    /// <summary>A site's channel or account named with its colon over the headline (某某科技旗下自媒体矩阵:, 某某网财经频道：):
    /// a short name, no other mark, ending with a channel word.</summary>
    private bool IsChannelLabel(string t)
    {
        if (t.Length > MaxChannelLabelLength || t[^1] is not (':' or '：')) return false;
        var name = t[..^1].TrimEnd();
        return name.Length >= 3 && !name.Any(c => char.IsPunctuation(c) || char.IsWhiteSpace(c))
            && _channelLabelEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>The line is a crumb's trail (当前位置：首页 > 新闻中心, 首頁 -> 頭條): not a menu bar (园区新闻|招商信息|政策法规), which an
    /// e-paper prints over its page label and headline alike, nor a crumb's head word or a channel's label alone. Reads the
    /// folded line.</summary>
    public bool IsCrumbTrail(string folded) => PinyinReadings.Without(folded).Trim() is var t && !IsMenu(t) && IsCrumb(t);

    /// <summary>Where the page's headline starts in a crumb that ends with it (当前位置：首页 > 园区新闻 > 某开发区三季度新签约
    /// 项目28个): the index of the last step in the folded line, or -1 when the line is no such crumb.</summary>
    public int CrumbHeadlineStart(string folded)
    {
        var t = folded.TrimEnd();
        if (!IsCrumb(t.Trim())) return -1;
        var separators = _crumbSeparator.Matches(t);
        if (separators.Count == 0) return -1;
        var last = separators[^1];
        var start = last.Index + last.Length;
        while (start < t.Length && char.IsWhiteSpace(t[start])) start++;
        var step = t[start..];
        return step.Count(ChineseScript.IsHan) >= LineRules.StatementHan && LineRules.IsLongWebHeadline(step) ? start : -1;
    }

    /// <summary>Longest step of a crumb whose steps are set off by spaces alone (首页 最新文章 标题).</summary>
    private const int MaxSpacedCrumbStep = 8;

    /// <summary>Where the page's headline starts in a crumb whose steps are set off by spaces alone, its head a crumb's
    /// (首页 最新文章 某某研究——以长江经济带为例), when it ends with <paramref name="nextFolded"/>, the headline printed on the
    /// line under it: the index of that headline in the folded line, or -1 when the line is no such crumb.</summary>
    public int SpacedCrumbHeadlineStart(string folded, string nextFolded)
    {
        var (t, headline) = (folded.Trim(), nextFolded.Trim());
        if (headline.Length == 0 || t.Length <= headline.Length || !t.EndsWith(headline, StringComparison.Ordinal)) return -1;
        var steps = t[..^headline.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (steps.Length < 2 || !_crumbHeads.Contains(steps[0]) || steps.Any(s => s.Length > MaxSpacedCrumbStep || s.Any(char.IsPunctuation))) return -1;
        return folded.Length - folded.TrimStart().Length + t.Length - headline.Length;
    }

    /// <summary>Three or more short items between bars, with no sentence: a site's menu.</summary>
    private bool IsMenu(string t)
    {
        // Three items need two separators: most lines have none, and are not split.
        var first = t.AsSpan().IndexOfAny(_menuSeparators);
        if (first >= 0 && t.AsSpan(first + 1).IndexOfAny(_menuSeparators) >= 0)
        {
            // A bar may close the row, or open it (首页 | 版面导航 | 标题导航 |): no empty item.
            var items = t.Trim(_menuSeparators).Split(_menuSeparators).Select(s => s.Trim()).ToList();
            if (items.Count >= 3 && items.All(i => i.Length is >= 1 and <= 8 && !i.Contains(' ')) && !IsRankedTableRow(items)) return true;
        }
        return IsSpacedMenu(t);
    }

    /// <summary>A row of a ranking table saved as text (1 | 蘇州工業園區 | 江蘇 |, rows run together on one line too): a rank
    /// number, then right after it a name of two or more letters — a report's text, never a menu, whose items are words (首页 | 新闻) or page
    /// numbers alone (1 | 2 | 3), nor a prompt after the article.</summary>
    public bool IsRankedTableRow(string folded)
    {
        var t = folded.Trim();
        // Most lines open with no digit or hold no bar: they are not split.
        if (t.Length == 0 || !char.IsAsciiDigit(t[0]) || t.AsSpan().IndexOfAny(_menuSeparators) < 0) return false;
        var items = t.Trim(_menuSeparators).Split(_menuSeparators).Select(s => s.Trim()).ToList();
        return items.Count >= 2 && IsRankedTableRow(items);
    }

    private static bool IsRankedTableRow(List<string> items) =>
        items[0].Length > 0 && items[0].All(char.IsAsciiDigit) && items[1].Count(char.IsLetter) >= 2;

    /// <summary>Channel words between spaces (即时 热门 政治 社会 生活): five or more short items, most of them two to
    /// four Han characters, none a byline word, and no punctuation — a headline's space parts are longer.</summary>
    private bool IsSpacedMenu(string t)
    {
        if (t.AsSpan().Count(' ') + 1 < _menuMinSpacedItems) return false; // fewer items than a menu, however split
        // 」 美國 川普 半導體 台股 AI: a search page's tag chips after the query's closing quote, the quote a stray mark of the
        // search box, no word of the bar.
        t = t.Trim().TrimStart(StrayClosingQuotes).TrimStart();
        var items = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (items.Length < _menuMinSpacedItems || items.Any(i => i.Length > 8)) return false;
        if (_menuBylineWords.Any(w => t.Contains(w, StringComparison.Ordinal))) return false;
        if (t.Any(c => char.IsPunctuation(c))) return false;
        // A tag may be a short Latin word (AI, ESG) among the Han ones.
        var channelWords = items.Count(i => i.Length is >= 2 and <= 4 && (i.All(ChineseScript.IsHan) || i.All(char.IsAsciiLetterUpper)));
        return channelWords * 4 >= items.Length * 3;
    }

    private static readonly char[] StrayClosingQuotes = { '」', '』', '”' };

    /// <summary>Widget words alone, with brackets, bars, colons and spaces between.</summary>
    private bool IsWidgetRow(string t)
    {
        var rest = WithoutWidgetMarks(t);
        if (rest.Length == 0 || rest.Length > 40) return false;
        var hadWord = false;
        var i = 0;
        while (i < rest.Length)
        {
            var word = _widgetWordsByFirstChar.TryGetValue(rest[i], out var candidates)
                ? candidates.FirstOrDefault(w => string.CompareOrdinal(rest, i, w, 0, w.Length) == 0)
                : null;
            if (word == null) return false;
            // One-character words (大, 中, 小) only make a widget row beside a longer one (字体：大 中 小).
            if (word.Length > 1) hadWord = true;
            i += word.Length;
        }
        return hadWord;
    }

    private static readonly SearchValues<char> WidgetMarks = SearchValues.Create("【】[]()（）|｜:：/·•-<>«»‹›");

    /// <summary>The line without the brackets, bars, colons, slashes, dots and spaces between widget words.</summary>
    private static string WithoutWidgetMarks(string t)
    {
        var kept = new System.Text.StringBuilder(t.Length);
        foreach (var c in t)
            if (!char.IsWhiteSpace(c) && !WidgetMarks.Contains(c)) kept.Append(c);
        return kept.ToString();
    }

    /// <summary>A long report's pager (【 第1页 第2页 … 第10页 】, 上一页 1 2 3 下一页): two or more page links and nothing else.</summary>
    [GeneratedRegex(@"^(?=.*[页頁])[【\[(（]?\s*((第\s*\d{1,3}\s*[页頁]|上一[页頁]|下一[页頁]|[首尾末][页頁]|共\s*\d{1,3}\s*[页頁]|\d{1,3})\s*){2,}[】\])）]?$")]
    private static partial Regex PagerRow { get; }

    [GeneratedRegex(@"^\s*((当前版|當前版|本版)\s*[:：]\s*)?(第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?|[A-Z]\d{1,2}(版)?|\d{1,3}版)\s*$")]
    private static partial Regex PageLabelAlone { get; }

    /// <summary>A page label on a line of its own over a headline (A11, 第5版, 第A01版:, 01版), perhaps with an e-paper's label (当前版:A03版, 当前版:01版).</summary>
    public static bool IsPageLabel(string folded) => PageLabelAlone.IsMatch(folded);

    /// <summary>What the patterns' <c>\s</c> matches: the characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    [GeneratedRegex(@"^\s*(第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}(版)?)\s+")]
    private static partial Regex PageLabelPrefix { get; }
    /// <summary>A saved page's date field opening the line its headline is printed on (date 2025-11-26 某园区…, or only its
    /// month: date 2024-12 某某…): the field is the page's date (<see cref="PageDates.LabelledDate"/>), the rest a line of its own.</summary>
    [GeneratedRegex(@"^\s*date\s+(19|20)\d{2}-\d{1,2}(-\d{1,2})?\s+")]
    private static partial Regex LabelledDatePrefix { get; }
    private const string DatePattern = @"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[\-./]\d{1,2}[\-./]\d{1,2}";
    /// <summary>A date after the headline, spaced, or glued to its last character in digits and dashes (…的公告2021-09-15):
    /// a headline does not end with a date so printed.</summary>
    [GeneratedRegex(
        @"(\s+(" + DatePattern + @")|(?<=\p{IsCJKUnifiedIdeographs})\d{4}[\-./]\d{1,2}[\-./]\d{1,2})(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*$")]
    private static partial Regex TrailingDate { get; }

    /// <summary>Han characters a headline holds at least when a source or counter comes off after it: a site's or an
    /// issuer's name before its date (人民日报 2024-06-12 来源：…) is a source line, not a headline.</summary>
    private const int MinHeadlineHanBeforeFields = 8;

    /// <summary>A headline printed with its page label and date on one line (A05 某高新区… 2023年05月12日), or with the
    /// page's fields after it (…增长30% 2024-09-15 来源：某某发布, …企业12家 阅读：1268): the label's length before the
    /// headline and the glued part's length after it, both 0 when the line is no such thing. Fielded says the part
    /// after holds a source, byline or counter, not only a date — such a line reads as a source line, yet heads the page.</summary>
    public static (int Before, int After, bool Fielded) HeadlineGlue(string folded)
    {
        // A head line is asked by marking the furniture (whether to unglue it, then ungluing it) and again by each headline
        // candidate made of it: a short line's answer is kept on this thread, as Classify's verdicts are.
        return ShortLineAnswers<(int Before, int After, bool Fielded)>.Get(Default, folded, static (_, line) => FindHeadlineGlue(line));
    }

    private static (int Before, int After, bool Fielded) FindHeadlineGlue(string folded)
    {
        if ((folded.Contains("目录", StringComparison.Ordinal) || folded.Contains("目錄", StringComparison.Ordinal))
            && ContentsGlue.Match(folded) is { Success: true } contents && contents.Groups["title"].Value.Count(ChineseScript.IsHan) >= MinHeadlineHanBeforeFields)
            return (0, folded.Length - contents.Groups["contents"].Index, false);
        var (lead, trail) = Default.FurnitureGlue(folded);
        if (lead == 0 && trail == 0) return DatedGlue(folded);
        var (before, after, fielded) = DatedGlue(folded[lead..^trail]);
        return (lead + before, trail + after, fielded);
    }

    /// <summary>A headline line's widgets or prompts glued before or after it, each set off by a space (掃描二維碼訪問移動版
    /// 某园区首个项目开建 掃描二維碼訪問微信, …上市公告书 查看PDF公告PDF版下载), and an ornament closing it (…深度融合******): their
    /// lengths before and after the headline, both 0 unless a web headline's worth of Han characters stays between. A content
    /// farm's advertising tag in brackets closing the line (…项目【某某 - 官方网站·一触即发】) comes off as an ornament does.</summary>
    public (int Lead, int Trail) FurnitureGlue(string folded)
    {
        if (DocumentFileGlue(folded) is not (0, 0) and var file) return file;
        var trail = TrailingOrnament.Match(folded) is { Success: true } ornament ? ornament.Length
            : TrailingBracketTag.Match(folded) is { Success: true } tag && _spamTagWords.Any(w => tag.Value.Contains(w, StringComparison.Ordinal)) ? tag.Length : 0;
        var lead = LeadingToken.Match(folded) is { Success: true } first && IsGluedFurniture(first.Groups["token"].Value) ? first.Length : 0;
        if (TrailingToken.Match(folded[..^trail]) is { Success: true } last && last.Index >= lead && IsGluedFurniture(last.Groups["token"].Value))
            trail = folded.Length - last.Index;
        else if (trail == 0 && GluedWidgetLabel(folded) is > 0 and var label) trail = label;
        if (lead == 0 && trail == 0 || lead + trail >= folded.Length) return (0, 0);
        var headline = folded[lead..^trail].Trim();
        // What stays is a headline: no prompt or widget itself, nor a field row (发布者：… 发布时间：… 浏览量：89), nor the rest of
        // a menu (首页 企业文化 加入我们 联系我们).
        return headline.Count(ChineseScript.IsHan) >= MinHeadlineHanBeforeFields && LineRules.IsLongWebHeadline(headline)
               && Classify(headline) == FurnitureKind.None && !_fieldLabel.IsMatch(headline)
               && !_crumbHeads.Any(h => headline.StartsWith(h, StringComparison.Ordinal)) ? (lead, trail) : (0, 0);
    }

    /// <summary>A document's file name printed as its title line (【某某发展研究】祝某某.pdf, 某某建设方案.docx): the lengths of the
    /// bracket before the title and of what follows it (the bracket, an uploader's name, the extension), both 0 unless a
    /// headline's worth of Han characters is the title.</summary>
    public (int Lead, int Trail) DocumentFileGlue(string folded)
    {
        var t = folded.TrimEnd();
        if (t.Length < 6 || t.LastIndexOf('.') is var dot && (dot < 0 || t.Length - dot > 5)) return (0, 0);
        var m = _documentFileName.Match(t);
        if (!m.Success) return (0, 0);
        var title = m.Groups["title"];
        return title.Value.Count(ChineseScript.IsHan) >= MinHeadlineHanBeforeFields ? (title.Index, folded.Length - title.Index - title.Length) : (0, 0);
    }

    /// <summary>A widget's label run on after the headline with its colon, its buttons lost (…下半年開園分享到:): the label's
    /// length with the colon, 0 when the line ends otherwise.</summary>
    private int GluedWidgetLabel(string folded)
    {
        var t = folded.TrimEnd();
        if (t.Length < 2 || t[^1] is not (':' or '：')) return 0;
        var body = t[..^1].TrimEnd();
        foreach (var word in _widgetWords)
            if (word.Length < body.Length && body.EndsWith(word, StringComparison.Ordinal) && Classify(word) == FurnitureKind.Widget)
                return folded.Length - (body.Length - word.Length);
        return 0;
    }

    private bool IsGluedFurniture(string token) => Classify(token) is FurnitureKind.Prompt or FurnitureKind.Widget;

    /// <summary>A document farm's title run on into the document's table of contents (…投资战略咨询报告目录11920摘要 3…,
    /// …研究报告目錄一、…): the title, no sentence in it, then the contents word and a page number or a chapter's mark.</summary>
    [GeneratedRegex(@"^(?<title>[^，,。；;:：]{8,100}?)(?<contents>(目录|目錄)\s*(\d|[一二三四五六七八九十]、|第[一二三四五六七八九十\d]|摘要|前言|引言))")]
    private static partial Regex ContentsGlue { get; }

    [GeneratedRegex(@"[*＊#=~]{3,}\s*$")]
    private static partial Regex TrailingOrnament { get; }
    [GeneratedRegex(@"\s*【[^【】]{2,40}】\s*$")]
    private static partial Regex TrailingBracketTag { get; }
    [GeneratedRegex(@"^\s*(?<token>\S+)\s+")]
    private static partial Regex LeadingToken { get; }
    [GeneratedRegex(@"\s+(?<token>\S+)\s*$")]
    private static partial Regex TrailingToken { get; }

    /// <summary><see cref="HeadlineGlue"/> of a page label, a labelled date, a date or fields.</summary>
    private static (int Before, int After, bool Fielded) DatedGlue(string folded)
    {
        // The patterns set their part off with white space, but for a date glued to the headline's last character,
        // which ends the line in a digit: a line with neither (most of them) has none.
        if (!folded.AsSpan().ContainsAny(WhiteSpace) && (folded.Length == 0 || !char.IsAsciiDigit(folded[^1]))) return (0, 0, false);
        var prefix = PageLabelPrefix.Match(folded);
        if (!prefix.Success) prefix = LabelledDatePrefix.Match(folded);
        var before = prefix.Success ? prefix.Length : 0;
        var date = TrailingDate.Match(folded);
        var fields = Default._trailingFields.Match(folded);
        var fielded = fields.Success && fields.Index > before && (!date.Success || fields.Index < date.Index);
        var after = fielded ? folded.Length - fields.Index : date.Success && date.Index > before ? folded.Length - date.Index : 0;
        if (before == 0 && after == 0) return (0, 0, false);
        var headline = folded[before..(folded.Length - after)];
        var isHeadline = LineRules.IsHeadingLike(headline) && !LineRules.IsDateOnly(headline) && headline.Count(ChineseScript.IsHan) >= 4;
        // A field row's first field (发布者：某某 发布时间：…) is no headline either.
        if (fielded && (headline.Count(ChineseScript.IsHan) < MinHeadlineHanBeforeFields || Default.IsSiteName(headline.Trim())
                        || Default._fieldLabel.IsMatch(headline))) isHeadline = false;
        return isHeadline ? (before, after, fielded) : (0, 0, false);
    }
}
