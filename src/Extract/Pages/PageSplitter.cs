using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Extract.Model;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Splits a printed page text into its articles. Lines are classified one by one
/// (<see cref="LineRules"/>, <see cref="Bylines"/>); runs of heading-like lines become an article's
/// headline only when the page confirms it (a byline or dateline follows, a series tag or section
/// name goes with it, the table of contents lists it, or the article before has ended), otherwise
/// they are sub-headings. Paragraphs the columns put out of order move to the article whose words
/// they share; text that belongs to no headline becomes a fragment record.</summary>
internal sealed partial class PageSplitter
{
    private readonly List<PageLine> _lines;
    private readonly List<string> _tocTitles = new();
    private readonly HashSet<string> _tocSections = new(StringComparer.Ordinal);
    private string? _printedDate;
    /// <summary>The page's date so far comes from a line that does not say it is the page's — a site's clock
    /// (2025年04月22日 星期二), the end of a crumb — so a labelled publication line (發布時間:2015-09-09) beats it.</summary>
    private bool _printedDateWeak;
    private string? _crumbHeadline;
    /// <summary>Keys of the headline as the page names it elsewhere — its saved &lt;title&gt;, the last step of its crumb —
    /// which tell the headline's lines from a kicker's (as a table of contents does).</summary>
    private readonly List<string> _namedHeadlines = new();
    private string? _pageName;
    /// <summary>The page showed itself a saved web page (furniture, or a source line near its top): it holds one article.</summary>
    private bool _webPage;
    private int? _pageNumber;

    private PageSplitter(List<PageLine> lines) => _lines = lines;

    public static PageLayout Split(SourceDocument source) => Split(source, chooseHeadline: true);

    /// <summary>Splits the page; without <paramref name="chooseHeadline"/> the titles are the rules' alone (what the
    /// headline model is trained and measured against, tools/headline-model).</summary>
    internal static PageLayout Split(SourceDocument source, bool chooseHeadline)
    {
        var lines = source.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select((raw, i) => new PageLine(i + 1, WithoutPermalinkMark(TextNormalizer.Clean(raw))))
            .Where(l => l.Text.Length > 0)
            .ToList();
        // The page's lines as saved, before the rules unglue or drop any: what the learned headline chooser reads.
        var savedLines = lines.Select(l => l.Text).ToList();
        var savedPageLines = lines.ToList();
        var splitter = new PageSplitter(lines);
        splitter.MarkFurniture();
        // Furniture is out of the page's reading: the header rules read the page from its first real line.
        var furniture = lines.Where(l => l.Kind == LineKind.Furniture).ToList();
        lines.RemoveAll(l => l.Kind == LineKind.Furniture);
        splitter.ReadHeader();
        splitter.Classify();
        var drafts = splitter.Assemble();
        DropRepeatedHeadlines(drafts);
        var demotedHeadlines = HeadlineEvidence.MergeTitleOnlyRuns(drafts, splitter._namedHeadlines);
        demotedHeadlines.AddRange(DropTrailingPrompts(drafts));
        demotedHeadlines.InsertRange(0, DropLeadingMenus(drafts));
        demotedHeadlines.InsertRange(0, DropLeadingMark(drafts));
        if (splitter._webPage) demotedHeadlines.InsertRange(0, DropLeadingNotice(drafts));
        SignHeadlinesUnderBylines(drafts);
        ZoneRuns.Reassign(drafts);
        Cohesion.Reassign(drafts);
        var layout = new PageLayout { WebPage = splitter._webPage };
        // A page that prints no date line may open its report with one (【…2018年04月28日讯】, 本报讯(2021-08-31)).
        splitter._printedDate ??= lines.Take(LeadDateLines).Select(l => PageDates.LeadDate(l.Folded)).FirstOrDefault(d => d != null);
        // A site's clock or a crumb's date (2023-11-05 星期日) over a text reporting a later year (2024年，经开区… →
        // 2025) is not the page's day: a page is not older than what it reports. The text's year dates it instead.
        if (splitter._printedDate is { } weak && splitter._printedDateWeak
            && PageDates.Infer(lines.Select(l => l.Folded)) is { } reported && string.CompareOrdinal(reported, weak[..4]) > 0)
            splitter._printedDate = null;
        if (splitter._printedDate != null)
        {
            layout.Published = splitter._printedDate;
            layout.PublishedInferred = false;
        }
        else if (source.Published != null)
        {
            layout.Published = source.Published;
            layout.PublishedInferred = false;
        }
        else
        {
            layout.Published = PageDates.Infer(lines.Select(l => l.Folded));
            // The page's own address printed in its text (原文:https://…/202110/….shtml) dates it, unless the text
            // reports a later year than the address holds (then the address is a link to an older page).
            var foldedText = TextNormalizer.Fold(source.Text);
            if (PageDates.FromAddresses(new[] { foldedText }) is { } addressed
                && (layout.Published == null || string.CompareOrdinal(addressed[..4], layout.Published[..4]) >= 0))
                layout.Published = addressed;
            // A wire's editor code ((編輯:某某)1111026) is the day it was filed: more exact than any year the text implies.
            if (PageDates.FromEditorCode(foldedText) is { } filed) layout.Published = filed;
            if (layout.Published is { Length: 4 or 7 } known && PageDates.DatelineDay(lines.Select(l => (l.Text, l.Folded))) is { } day
                && (known.Length == 4 || int.Parse(known[5..]) == day.Month))
                layout.Published = PageDates.WithDay(known[..4], day.Month, day.Day);
            // 03-19 18:36 under the headline: the post's stamp, its year left to the text.
            else if (layout.Published is { Length: 4 } year && PageDates.StampDay(lines.Select(l => l.Folded)) is { } stamp)
                layout.Published = PageDates.WithDay(year, stamp.Month, stamp.Day);
            layout.PublishedInferred = layout.Published != null;
        }
        // Text that holds one report and no headline is that report, not a piece left over from others.
        var kept = FoldTeaserBlocks(drafts.Where(d => !d.IsEmpty).ToList());
        // A web page holds one article: text after its fields (【来源:…】 mid-page, the lead printed again in full) is more
        // of that article, not a piece of another whose headline was lost.
        if (splitter._webPage) kept = WithFragmentsJoined(WithCrossheadsUnderHeadlineJoined(WithDeckJoined(kept)));
        kept = WithCrossheadJoined(kept);
        // A page that prints its headline only at the end of its crumb: the text under the crumb is that article.
        // So does a page that names its headline only in a field of its own (a front matter's title:, a citation block's 標題:).
        (string Title, string Field)? named = null;
        if (kept.Count > 0 && kept[0] is { IsFragment: true, Title.Length: 0 } untitled
            && (splitter._crumbHeadline != null || (named = LineRules.NamedPageTitle(savedLines)) != null))
            untitled.TakeHeadline(splitter._crumbHeadline ?? named!.Value.Title);
        // A button's or counter's word between the source line and the text (来源:… / 2023-08-31 / 76 / 管理) took the place of
        // the headline the crumb names: the crumb's headline is the title, the word goes to the page's header.
        else if (splitter._crumbHeadline != null && kept.Count > 0 && kept[0] is { IsFragment: false, Title.Length: > 0 } labelled
                 && HeadlineEvidence.IsLabel(labelled.Title))
        {
            demotedHeadlines.Add(labelled.Title);
            labelled.TakeHeadline(splitter._crumbHeadline);
        }
        if (kept.Count == 1 && kept[0].IsFragment) kept[0].IsFragment = false;
        foreach (var draft in kept) layout.Articles.Add(draft.ToRecord(source, splitter._pageName ?? source.Page, splitter._pageNumber ?? source.PageNumber));
        if (named is { Field: var field } && layout.Articles[0].Body.IndexOf(field, StringComparison.Ordinal) is >= 0 and var at)
            layout.Articles[0].Body = layout.Articles[0].Body.Remove(at, field.Length);
        // A page of a text of several pages is numbered on from the pages before it, which only the reader of the
        // whole text knows (ExtractionPipeline.ProcessAll); a text of one page is numbered here.
        if (source.PageOfText == null) Number(source, layout.Articles, 0);
        // A saved web page's one headline: the rules' unless the learned chooser ranks it low among the page's lines; the
        // title it replaces stays in the page's header.
        if (chooseHeadline && layout.Articles.Count > 0 && (layout.Articles.Count == 1 || splitter._webPage)
            && HeadlineModel.Default.Choose(Candidates(savedLines, savedPageLines, layout.Articles[0].Title), layout.Articles[0].Title) is { } chosen)
        {
            var article = layout.Articles[0];
            if (article.Title.Length > 0) demotedHeadlines.Insert(0, WithoutChosenTail(article.Title, chosen));
            article.Title = chosen;
            article.Body = WithoutOpeningLine(article.Body, chosen);
        }
        // A feed's Latin name glued before the headline that the page's credit line names as the outlet: the section's, or the
        // page header's when the page prints its section (快讯) too.
        if (layout.Articles.Count > 0 && layout.Articles[0] is { Title.Length: > 0 } titled
            && LineRules.GluedOutletLength(TextNormalizer.Fold(titled.Title), savedLines.Select(TextNormalizer.Fold)) is > 0 and var outlet)
        {
            var label = titled.Title[..outlet].Trim();
            if (titled.Section == null) titled.Section = label;
            else demotedHeadlines.Add(label);
            titled.Title = titled.Title[outlet..].Trim();
        }
        // The header is the page's, not an article's: kept once, on the first record, so nothing printed is lost.
        var header = lines.Where(l => l.Kind is LineKind.Masthead or LineKind.Issue or LineKind.Contents)
            .Concat(furniture).OrderBy(l => l.Number).Select(l => l.Text).Concat(demotedHeadlines).ToList();
        if (header.Count > 0 && layout.Articles.Count > 0) layout.Articles[0].PageHeader = header;
        return layout;
    }

    /// <summary>The line without the permalink mark a documentation site prints after each heading (聯電 (2303) 月營收報告¶):
    /// a link's sign, no word of the heading.</summary>
    private static string WithoutPermalinkMark(string line) => line.EndsWith('¶') ? line.TrimEnd('¶').TrimEnd() : line;

    /// <summary>The learned chooser's candidate lines. On a page whose rules found no headline, none the page's furniture holds
    /// in its place (a site's menu item over its crumb, an e-paper's page label among its buttons): a line the line alone
    /// does not show to be furniture, which the chooser would otherwise take for the headline the page does not print; nor
    /// a line opening as a lead's first clause (5月8日,总投资… — another page's teaser cut short after the text), nor a source
    /// line (本文来源:某某智库), which names where the text came from, never what it reports.</summary>
    private static List<HeadlineCandidate> Candidates(List<string> savedLines, List<PageLine> savedPageLines, string rulesTitle)
    {
        var candidates = HeadlineCandidates.From(savedLines, rulesTitle);
        if (rulesTitle.Length == 0)
            candidates.RemoveAll(c => c.Line >= 0 && (savedPageLines[c.Line].Kind == LineKind.Furniture
                                                      || c.Joined && c.Line + 1 < savedPageLines.Count && savedPageLines[c.Line + 1].Kind == LineKind.Furniture
                                                      || IsNeverAHeadline(c.Text)));
        return candidates;
    }

    /// <summary>A candidate's text that is no headline whatever the chooser scores: a lead's first clause, a source line, an
    /// editor's sign-off, a bare web address (folded once for the rules that read folded text).</summary>
    private static bool IsNeverAHeadline(string text)
    {
        var folded = TextNormalizer.Fold(text);
        return LineRules.OpensLeadClause(folded) || LineRules.IsSourceLine(folded) || LineRules.IsEditorSignOff(folded)
               || LineRules.IsBareAddress(text);
    }

    /// <summary>What of the replaced title the header keeps: the label the chooser cut off before the headline it kept
    /// (人报甘头条 | of 人报甘头条 | 持续领跑!…), so that the headline is not printed, and read for figures, twice.</summary>
    private static string WithoutChosenTail(string replaced, string chosen)
    {
        var folded = TextNormalizer.Fold(replaced.TrimEnd());
        var tail = TextNormalizer.Fold(chosen.Trim());
        return tail.Length > 0 && folded.Length > tail.Length && folded.EndsWith(tail, StringComparison.Ordinal)
            ? replaced.TrimEnd()[..(folded.Length - tail.Length)].Trim()
            : replaced;
    }

    /// <summary>The body without the line among its first few that is its headline (the learned chooser's title was read
    /// as text): a headline printed once is said once.</summary>
    private static string WithoutOpeningLine(string body, string headline)
    {
        const int openingLines = 3;
        var key = Key(TextNormalizer.Fold(headline));
        var lines = body.Split('\n').ToList();
        var at = lines.Take(openingLines).ToList().FindIndex(l => Similar(Key(TextNormalizer.Fold(l.Trim())), key));
        if (at < 0) return body;
        lines.RemoveAt(at);
        return string.Join("\n", lines);
    }

    /// <summary>A web page's untitled pieces after its one article (or, on a page that prints no headline, after its first
    /// piece) joined to it; a page of several titled articles (a digest) keeps its pieces as they are.</summary>
    private static List<ArticleDraft> WithFragmentsJoined(List<ArticleDraft> kept)
    {
        var titled = kept.FindAll(d => d.Title.Length > 0);
        if (kept.Count < 2 || titled.Count > 1) return kept;
        var main = titled.Count == 1 ? titled[0] : kept[0];
        var at = kept.IndexOf(main);
        foreach (var piece in kept.Skip(at + 1)) main.TakeContentOf(piece);
        return kept.Take(at + 1).ToList();
    }

    /// <summary>A page that opens with its text and no headline, then one unsigned heading over more text and nothing else titled
    /// (… / 积极融入连系全球 / …, … / 原圖:某報圖片 / …): one article whose crosshead or credit line the heading is, not a second report —
    /// a report of its own signs itself or stands over a source line, and a page of several prints more than one headline.
    /// The heading stays in the text as a subheading.</summary>
    private static List<ArticleDraft> WithCrossheadJoined(List<ArticleDraft> kept)
    {
        if (kept.Count < 2 || kept[0] is not { IsFragment: true, Title.Length: 0, Paragraphs.Count: > 0 } opening) return kept;
        if (kept[1] is not { IsFragment: false, Title.Length: > 0, Authors.Count: 0, StandsOverSourceLine: false, Paragraphs.Count: > 0 } heading
            || kept.Skip(2).Any(d => d.Title.Length > 0 || d.Authors.Count > 0)) return kept;
        opening.AddParagraph(string.Join(" ", heading.HeadlineParts()), isSubheading: true);
        foreach (var piece in kept.Skip(1)) opening.TakeContentOf(piece);
        return [opening];
    }

    /// <summary>Longest crosshead of a web report (促進汽車零部件產業, 江浙培育壮大新兴产业): a section's few words, shorter than
    /// most headlines of a report of its own.</summary>
    private const int MaxCrossheadLength = 16;

    /// <summary>A web page's headline over its text, then short unsigned headings each over more text and nothing signed or
    /// dated (合肥某区产值增44% / 【本报讯】… / 促发展汽车零部件产业 / … / 冀引进现代服务业 / …): one report whose crossheads
    /// these are, not several — a web page holds one article, and a report of its own under it signs itself (a byline, an
    /// outlet's tag or dateline), stands over a source line, or is headed as long as a headline. The headings stay in the
    /// text as subheadings.</summary>
    private static List<ArticleDraft> WithCrossheadsUnderHeadlineJoined(List<ArticleDraft> kept)
    {
        if (kept.Count < 2 || kept[0] is not { IsFragment: false, Title.Length: > 0, Paragraphs.Count: > 0 } main) return kept;
        foreach (var section in kept.Skip(1))
            if (section is not { IsFragment: false, Title.Length: > 0, Authors.Count: 0, StandsOverSourceLine: false, Paragraphs.Count: > 0 }
                || section.Kicker != null || section.Subtitle != null || section.Title.Trim().Length > MaxCrossheadLength
                || PageDates.Printed(TextNormalizer.Fold(section.Title)) != null || SignsItself(section.Paragraphs[0].Text))
                return kept;
        foreach (var section in kept.Skip(1))
        {
            main.AddParagraph(string.Join(" ", section.HeadlineParts()), isSubheading: true);
            main.TakeContentOf(section);
        }
        return [main];
    }

    /// <summary>A paragraph opening with a byline or an outlet's dateline (本报讯(记者…), 新华社北京3月1日电): a report's lead.</summary>
    private static bool SignsItself(string paragraph)
    {
        var folded = TextNormalizer.Fold(paragraph);
        return Bylines.TryParseDateline(paragraph, folded, out _, out _) || Bylines.TryParseMarkedByline(paragraph, folded, out _);
    }

    /// <summary>A web page's headline with no text under it, over a second headline and the text (停車場種電 台玻館打造智慧停車棚 /
    /// caption / 縣府與台灣速力簽備忘錄 / 〔記者…〕…): the page holds one article, whose deck the second headline is.</summary>
    private static List<ArticleDraft> WithDeckJoined(List<ArticleDraft> kept)
    {
        if (kept.Count < 2 || kept[0] is not { IsFragment: false, Title.Length: > 0, Paragraphs.Count: 0 } headline
            || kept[1] is not { IsFragment: false, Title.Length: > 0, Paragraphs.Count: > 0 } deck) return kept;
        headline.TakeAsDeck(deck);
        kept.RemoveAt(1);
        return kept;
    }

    /// <summary>Gives a page text's articles their ids, the one place that makes them: the source and each article's
    /// number in the text (1, 2, …), counted on from <paramref name="numberedBefore"/> articles of the pages before.</summary>
    internal static void Number(SourceDocument source, IList<ArticleRecord> articles, int numberedBefore)
    {
        for (var i = 0; i < articles.Count; i++) articles[i].Id = $"{source.Source}#{numberedBefore + i + 1}";
    }

    /// <summary>Most characters of text a headline may have under it and still be the same article's headline printed
    /// twice, whatever the headline: a share prompt or a post's length-and-reading-time line, never a report's lead.</summary>
    private const int MaxTextBetweenRepeatedHeadlines = 100;

    /// <summary>Fewest characters a headline holds for its repeat to make one article over any text between (a lead, a
    /// site's notice and summary, a tag page's excerpt): no two reports of a development page share a headline of this
    /// length, while a short section name (要闻) may head each story of a digest.</summary>
    private const int MinRepeatedHeadlineLength = 8;

    /// <summary>A headline printed again as the next article's headline (a forum post's subject line over the post, a page's
    /// title bar over its h1, a document site's file name over the document, a tag page's teaser over the report): one
    /// article, not two. Under a short headline only a line or two of the page's own may stand between (a share prompt, a
    /// post's reading time); under a whole headline any text may.</summary>
    private static void DropRepeatedHeadlines(List<ArticleDraft> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var (bare, next) = (drafts[i], drafts[i + 1]);
            if (bare.IsFragment || next.IsFragment) continue;
            var key = Key(TextNormalizer.Fold(bare.Title));
            var longBetween = bare.Paragraphs.Sum(p => p.Text.Length) > MaxTextBetweenRepeatedHeadlines;
            if (longBetween && key.Length < MinRepeatedHeadlineLength) continue;
            if (!Similar(key, Key(TextNormalizer.Fold(next.Title))))
            {
                // The headline printed again as the first of the next headline's lines, its decks under it: one article,
                // whose deck those lines are.
                if (key.Length < MinRepeatedHeadlineLength || !next.OpensWithRepeatOf(key)) continue;
                if (OpensWith(next.Paragraphs, bare.Paragraphs)) bare.Paragraphs.Clear();
                bare.TakeRepeatWithDecks(next, key);
                drafts.RemoveAt(i + 1);
                continue;
            }
            // What was printed between the two (a board's name, a post's number, a share prompt, a lead) stays the
            // article's, unless it is the report's own opening printed again under the second headline (a teaser's
            // excerpt): then the report says it once.
            if (!OpensWith(next.Paragraphs, bare.Paragraphs)) next.Paragraphs.InsertRange(0, bare.Paragraphs);
            next.Authors.InsertRange(0, bare.Authors.Where(a => next.Authors.All(b => b.Name != a.Name)));
            next.Captions.InsertRange(0, bare.Captions);
            next.PullQuotes.InsertRange(0, bare.PullQuotes);
            drafts.RemoveAt(i);
        }
    }

    /// <summary>Fewest characters of an excerpt that make it the report's opening printed again rather than a line that
    /// happens to open it too.</summary>
    private const int MinRepeatedExcerptLength = 20;

    /// <summary>Whether the text <paramref name="report"/> opens with is all of <paramref name="excerpt"/> (cut short with
    /// its ellipsis or not): the report's own opening printed again above it.</summary>
    private static bool OpensWith(List<Paragraph> report, List<Paragraph> excerpt)
    {
        var cut = Key(TextNormalizer.Fold(string.Concat(excerpt.Select(p => p.Text)))).TrimEnd('.', '…');
        if (cut.Length < MinRepeatedExcerptLength) return false;
        var opening = new StringBuilder();
        foreach (var p in report)
        {
            opening.Append(Key(TextNormalizer.Fold(p.Text)));
            if (opening.Length >= cut.Length) break;
        }
        return opening.ToString().StartsWith(cut, StringComparison.Ordinal);
    }

    /// <summary>The header rows of ranking tables (排行 | 开发区 | 省份 | over 1 | 苏州工业园区 | 江苏 |): a row of bars over a ranked
    /// row is the table's, the report's text, not a headline over it.</summary>
    private HashSet<PageLine> RankedTableHeaders()
    {
        var headers = new HashSet<PageLine>();
        for (var i = 0; i + 1 < _lines.Count; i++)
            if (_lines[i].Folded.AsSpan().IndexOfAny('|', '｜') >= 0 && StandsOverRankedTableRow(i)) headers.Add(_lines[i]);
        return headers;
    }

    /// <summary>Whether the line after line <paramref name="i"/> is a ranking table's row (1 | 苏州工业园区 | 江苏 |): line i is then
    /// the table's header row, whether the furniture rules or the heading rules would take it.</summary>
    private bool StandsOverRankedTableRow(int i) => i + 1 < _lines.Count && PageFurniture.Default.IsRankedTableRow(_lines[i + 1].Folded);

    /// <summary>Longest line a prompt printed after the article holds (更多精彩内容请关注：).</summary>
    private const int MaxTrailingPromptLength = 30;

    /// <summary>After the page's last article, a piece without headline or byline whose lines are all short and no sentence
    /// (更多精彩内容请关注：, a share button's words) is the page's furniture, not a report: its lines go to the header. A ranking
    /// table's rows (1 | 蘇州工業園區 | 江蘇 |) are short and no sentence too, but the report's own text.</summary>
    private static List<string> DropTrailingPrompts(List<ArticleDraft> drafts)
    {
        var dropped = new List<string>();
        while (drafts.Count >= 2 && drafts[^1] is { IsFragment: true, Title.Length: 0, Authors.Count: 0 } last
               && !drafts[^2].IsFragment && drafts[^2].Paragraphs.Count > 0
               && last.Paragraphs.All(p => p.Text.Length <= MaxTrailingPromptLength && !TextNormalizer.EndsSentence(TextNormalizer.Fold(p.Text)))
               && !last.Paragraphs.Any(p => PageFurniture.Default.IsRankedTableRow(TextNormalizer.Fold(p.Text))))
        {
            dropped.InsertRange(0, last.Paragraphs.Select(p => p.Text).Concat(last.Captions).Concat(last.PullQuotes));
            drafts.RemoveAt(drafts.Count - 1);
        }
        return dropped;
    }

    /// <summary>Before the page's first article, a piece of a site's menus — list items of a few words and short labels
    /// (媒體 / • 澳門日報 / • 華僑報 / 分類 / • 澳聞), under no headline or a label's — is the page's furniture, not a report
    /// nor that article's headline: its lines go to the header.</summary>
    private static List<string> DropLeadingMenus(List<ArticleDraft> drafts)
    {
        var dropped = new List<string>();
        while (drafts.Count >= 2 && IsMenuBlock(drafts[0]) && drafts[1] is { IsFragment: false, Title.Length: > 0 } article
               && !HeadlineEvidence.IsLabel(article.Title))
        {
            var menu = drafts[0];
            dropped.AddRange(menu.HeadlineParts().Concat(menu.Paragraphs.Select(p => p.Text)).Concat(menu.Captions).Concat(menu.PullQuotes));
            drafts.RemoveAt(0);
        }
        return dropped;
    }

    /// <summary>Longest line a page prints before its first article as a mark of its own (:::, a crumb of unknown form).</summary>
    private const int MaxLeadingMarkLength = 40;

    /// <summary>Before the page's first article, a piece of one short line that is no sentence, unsigned and under no headline
    /// (:::, 当前位置:某某网 - 公司招聘 -), or of lines holding no word at all (a quote box's empty digits): a mark or crumb of
    /// the site the furniture rules do not know, not a report of its own: the lines go to the header.</summary>
    private static List<string> DropLeadingMark(List<ArticleDraft> drafts)
    {
        if (drafts.Count < 2 || drafts[0] is not { Title.Length: 0, Authors.Count: 0, Captions.Count: 0, PullQuotes.Count: 0, Paragraphs.Count: > 0 } mark
            || drafts[1] is not { IsFragment: false, Title.Length: > 0 }) return new List<string>();
        // 00-00 00:00:00 / --.-- 0.00 (0.000%): an empty quote box's digits and marks, however many lines; no words, no report.
        if (!mark.Paragraphs.All(p => !p.Text.Any(char.IsLetter)))
        {
            var folded = TextNormalizer.Fold(mark.Paragraphs[0].Text).Trim();
            if (mark.Paragraphs.Count > 1 || folded.Length > MaxLeadingMarkLength || LineRules.HasSentencePunctuation(folded) || TextNormalizer.EndsSentence(folded))
                return new List<string>();
        }
        drafts.RemoveAt(0);
        return mark.Paragraphs.Select(p => p.Text).ToList();
    }

    /// <summary>On a web page, before the article whose headline stands over its dated source line, a short label over one
    /// unsigned paragraph of its own (中央社訊息平台 / 歡迎公司行號投遞新聞訊息!…): the site's board name and notice, printed
    /// over every article of the board, not a report — the page's report is the one its source line dates. Its lines go to
    /// the header. An excerpt cut short under a channel's label (要闻 / …首批成员单位包括...) is another page's teaser, whose
    /// names and figures stay the page's text.</summary>
    private static List<string> DropLeadingNotice(List<ArticleDraft> drafts)
    {
        if (drafts.Count < 2 || drafts[0] is not { IsFragment: false, Title.Length: > 0, Authors.Count: 0, StandsOverSourceLine: false, Paragraphs.Count: 1 } notice
            || notice.Title.Trim().Length > MaxCrossheadLength || PageFurniture.Default.EndsCutShort(TextNormalizer.Fold(notice.Paragraphs[0].Text))
            || drafts[1] is not { IsFragment: false, Title.Length: > 0, StandsOverSourceLine: true }) return new List<string>();
        drafts.RemoveAt(0);
        return notice.HeadlineParts().Concat(notice.Paragraphs.Select(p => p.Text)).Concat(notice.Captions).Concat(notice.PullQuotes).ToList();
    }

    /// <summary>Longest entry of a site's menu printed as a list item (• 業界促澳內地中亞旅遊合作: another page's link).</summary>
    private const int MaxMenuEntryLength = 20;

    /// <summary>Unsigned, under no headline or a label's, and all its lines entries of a menu: list items of a few words or
    /// labels, no sentence; at least half of them list items.</summary>
    private static bool IsMenuBlock(ArticleDraft draft)
    {
        // A title that is itself a list item (• 正報 / 新聞 read as one headline) is the menu's entry, as a label is.
        if (draft.Authors.Count > 0 || draft.Paragraphs.Count < 2
            || draft.Title.Length > 0 && !HeadlineEvidence.IsLabel(draft.Title) && ListBulletLength(TextNormalizer.Fold(draft.Title)) == 0) return false;
        var items = 0;
        foreach (var p in draft.Paragraphs)
        {
            var folded = TextNormalizer.Fold(p.Text);
            var bullet = ListBulletLength(folded);
            var entry = folded[bullet..].Trim();
            if (entry.Length > (bullet > 0 ? MaxMenuEntryLength : MaxMenuItemLength + 2) || LineRules.HasSentencePunctuation(entry) || entry.Contains(',')) return false;
            if (bullet > 0) items++;
        }
        return items * 2 >= draft.Paragraphs.Count;
    }

    /// <summary>A byline printed over the headline (文/某某 over the title, as some sites print it) opens a piece with no text
    /// of its own: its authors sign the article under it.</summary>
    private static void SignHeadlinesUnderBylines(List<ArticleDraft> drafts)
    {
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var (byline, next) = (drafts[i], drafts[i + 1]);
            if (!byline.IsEmpty || byline.Authors.Count == 0 || next.IsFragment || next.Authors.Count > 0) continue;
            next.Authors.AddRange(byline.Authors);
            byline.Authors.Clear();
        }
    }

    // ---- web page furniture ---------------------------------------------------------------------

    /// <summary>A portal prints other pages' teasers before its article: a channel's name (新闻, 财经) over excerpts cut short
    /// (…据了解,四...). Such a block is no report: its text stays the page's, as notes at the head of the article after it.</summary>
    private static List<ArticleDraft> FoldTeaserBlocks(List<ArticleDraft> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var block = drafts[i];
            var article = drafts[i + 1];
            if (article.IsFragment || !IsTeaserBlock(block) && !(i == 0 && IsTextOverWebHeadline(block, article))) continue;
            var notes = new List<Paragraph>();
            if (block.Title.Length > 0) notes.Add(new Paragraph(block.Title, false, true));
            notes.AddRange(block.Paragraphs.Select(p => p with { IsNote = true }));
            article.Paragraphs.InsertRange(0, notes);
            article.Captions.InsertRange(0, block.Captions);
            drafts.RemoveAt(i);
        }
        return drafts;
    }

    /// <summary>Paragraphs a web page prints before its one headline over its source line (the site's description, a teaser):
    /// unsigned, without a headline, a line or two — notes of the page, not a report of their own.</summary>
    private static bool IsTextOverWebHeadline(ArticleDraft block, ArticleDraft article) =>
        block is { IsFragment: true, Title.Length: 0, Authors.Count: 0, Paragraphs.Count: <= MaxParagraphsOverWebHeadline } && article.StandsOverSourceLine;

    /// <summary>Most paragraphs a page prints before its headline that are still no report of their own.</summary>
    private const int MaxParagraphsOverWebHeadline = 2;

    private static bool IsTeaserBlock(ArticleDraft draft)
    {
        if (draft.Authors.Count > 0 || draft.Paragraphs.Count == 0) return false;
        if (draft.Title.Length > 0 && !(LineRules.LooksLikeSectionName(draft.Title) || LineRules.IsShortColumnName(draft.Title))) return false;
        var text = draft.Paragraphs.Where(p => !p.IsSubheading).ToList();
        return text.Count > 0 && text.All(p => IsCutShort(p.Text))
            && draft.Paragraphs.Where(p => p.IsSubheading).All(p => LineRules.IsShortColumnName(p.Text) || LineRules.LooksLikeSectionName(p.Text));
    }

    /// <summary>How far down a page its first report's lead may open with the report's date (【…2018年04月28日讯】).</summary>
    private const int LeadDateLines = 12;

    /// <summary>How far down a saved web page its crumb may stand under the site's menu, one item a line.</summary>
    private const int MenuOverCrumbLines = 40;

    /// <summary>How far down a saved web page its headline line is printed with a page label or date glued on.</summary>
    private const int HeadlineGlueLines = 8;

    /// <summary>Marks the furniture of a web page saved as text (<see cref="PageFurniture"/>): crumbs, widgets,
    /// image file names and prompts anywhere; summaries as text that heads nothing; the links after the article
    /// (上一篇, 相关新闻 and the titles under it) once the page shows itself a web page. A headline printed with
    /// its page label and date (A05 … 2023年05月12日) keeps only the headline; the label and date are the page's.</summary>
    private void MarkFurniture()
    {
        var furniture = PageFurniture.Default;
        var webPage = false;
        var inTail = false;
        var datedList = MarkDatedList();
        var flattenedItems = HasFlattenedItems();
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (i < HeadlineGlueLines) PrintOnce(line);
            var kind = furniture.Classify(line.Folded);
            // A list item's bullet (• 您当前的位置：首页 > …): what follows it says what the line is.
            if (kind == FurnitureKind.None && ListBulletLength(line.Folded) is > 0 and var bulletLength) kind = furniture.Classify(line.Folded[bulletLength..]);
            // 掃描二維碼訪問移動版 某园区首个项目开建 掃描二維碼訪問微信: a headline with the site's prompts glued around it is the
            // headline's line (the prompts come off it below), not a prompt.
            if (kind is FurnitureKind.Prompt or FurnitureKind.Widget && i < HeadlineGlueLines && furniture.FurnitureGlue(line.Folded) is not (0, 0))
                kind = FurnitureKind.None;
            // 排行 | 开发区 | 省份 | over 1 | 苏州工业园区 | 江苏 |: a ranking table's header row, the report's text, not a menu.
            if (kind == FurnitureKind.Crumb && StandsOverRankedTableRow(i)) kind = FurnitureKind.None;
            // date 2026-01-03 …: the date field a saved web page carries, which shows the page one.
            if (PageDates.LabelledDate(line.Folded) is { } labelled)
            {
                _printedDate ??= labelled;
                webPage = true;
            }
            if (SplitDateLength(i) is > 0 and var parts)
            {
                // A web page's date printed in pieces, one a line (2019 / 02/12 / 22:39): the page's date.
                _printedDate ??= PageDates.Printed(_lines[i].Folded.Trim() + "-" + _lines[i + 1].Folded.Trim().Replace('/', '-'));
                for (var k = 0; k < parts; k++) _lines[i + k].Kind = LineKind.Furniture;
                i += parts - 1;
                continue;
            }
            if (inTail)
            {
                // The links after the article: short lines and link titles, until a real paragraph comes back.
                if (kind != FurnitureKind.None || IsLinkLine(line.Folded))
                {
                    line.Kind = LineKind.Furniture;
                    continue;
                }
                inTail = false;
            }
            switch (kind)
            {
                case FurnitureKind.Summary:
                    line.Kind = LineKind.Summary;
                    break;

                // A marker anywhere on a web page; on any page when only its links follow, to the end (相关新闻 / 更多>>).
                case FurnitureKind.Tail when webPage || OnlyLinksAfter(i):
                    line.Kind = LineKind.Furniture;
                    inTail = true;
                    break;
                case FurnitureKind.Crumb or FurnitureKind.Widget or FurnitureKind.Image or FurnitureKind.Prompt or FurnitureKind.Teaser or FurnitureKind.Markup:
                    line.Kind = LineKind.Furniture;
                    webPage = true;
                    // 食尚玩家 / 美食特搜 / … / 目前位置 > 首頁 > 線上話題 > 科技動態: a crumb over the page's text, under nothing but short
                    // lines without a sentence — the site's menu, one item a line, never the headline (printed under the crumb). A line
                    // printing a date stays, for the page's date.
                    if (kind == FurnitureKind.Crumb && i < MenuOverCrumbLines && furniture.IsCrumbTrail(line.Folded)
                        && _lines.Take(i).All(l => l.Kind == LineKind.Furniture || IsNoSentence(l.Folded)))
                        foreach (var above in _lines.Take(i).Where(l => l.Kind != LineKind.Furniture && PageDates.Printed(l.Folded) == null))
                            above.Kind = LineKind.Furniture;
                    // 首页 > 新闻中心 > 园区动态 2019-08-31: a crumb may end with the page's date.
                    if (kind == FurnitureKind.Crumb && _printedDate == null && PageDates.Printed(line.Folded) is { Length: 10 } crumbDate)
                        (_printedDate, _printedDateWeak) = (crumbDate, true);
                    // 首页 > 园区新闻 > 某开发区三季度新签约项目28个: the page's headline, should the page print it nowhere else.
                    if (kind == FurnitureKind.Crumb && _crumbHeadline == null && furniture.CrumbHeadlineStart(line.Folded) is >= 0 and var step)
                    {
                        _crumbHeadline = line.Text[step..].Trim();
                        _namedHeadlines.Add(Key(line.Folded[step..].Trim()));
                    }
                    break;
                case FurnitureKind.None when IsRepeatedLabel(i):
                    // 示意圖/TVBS twice over: an image's alt text and its caption, one label printed twice. The second copy
                    // is no text (repeated, it would read as a table of contents).
                    line.Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when furniture.IsDisclaimer(line.Folded):
                    line.Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when DashesOnly().IsMatch(line.Folded.Trim()):
                    // A web page's separator between its link lists (-, ｜): no text. (※※※ between items stays.)
                    line.Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when IsTeaserOverExcerpt(i):
                    // 上海某大居建设恢复节奏,年内还有40余幅保... over its excerpt: another page's link title, cut short.
                    line.Kind = LineKind.Furniture;
                    webPage = true;
                    break;
                case FurnitureKind.None when webPage && !line.IsListItemHeadline && IsLinkTitleOverExcerpt(i) is > 0 and var linkLines:
                    // 金湾科技城举办科技成果对接会 / 2024-03-05 / 3月4日，…30项成果现场发布...: another page's link, its date
                    // and its excerpt cut short, after the article. The excerpt stays the page's text.
                    for (var k = 0; k < linkLines; k++) _lines[i + k].Kind = LineKind.Furniture;
                    i += linkLines - 1;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && i + 1 < _lines.Count
                                             && furniture.SpacedCrumbHeadlineStart(line.Folded, _lines[i + 1].Folded) is >= 0 and var spacedStep:
                    // 首页 最新文章 标题 over 标题: a crumb set off by spaces alone, ending with the headline printed under it.
                    line.Kind = LineKind.Furniture;
                    webPage = true;
                    if (_crumbHeadline == null)
                    {
                        _crumbHeadline = line.Text[spacedStep..].Trim();
                        _namedHeadlines.Add(Key(line.Folded[spacedStep..].Trim()));
                    }
                    break;
                case FurnitureKind.None when flattenedItems && SplitFlattenedPage(i, listItem: true) is > 0 and var items:
                    // 竹科擴大用地 延伸桃竹苗產業儲備區域 (2023.11.06) 國科會攜手…: a list's item, its headline, stamp and summary on one
                    // line: the headline and the summary are lines of their own, the stamp the page's.
                    line.IsListItemHeadline = true;
                    i += items - 1;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && _lines.Take(i).All(l => l.Kind == LineKind.Furniture) && SplitFlattenedPage(i) is > 0 and var pieces:
                    // 標題 發表於 2017-01-09 08:00 分享 讚好 0 香港…: a page saved as one line, its headline, stamp, buttons and
                    // text run together: the headline and the text are lines of their own, the stamp and buttons the page's.
                    webPage = true;
                    i += pieces - 1;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && _lines.Take(i).All(l => l.Kind == LineKind.Furniture) && furniture.IsKeywordBar(line.Folded)
                                             && i + 1 < _lines.Count && IsNoSentence(_lines[i + 1].Folded):
                    // 鲍鱼av在线,国产一级片大全,久久精品… over the headline: the site's keyword bar, before any text and over a line
                    // that is no sentence (the headline, a button); never the headline, nor a lead the headline would be glued to.
                    // A page's first paragraph, its full stop lost, runs on into more text and stays.
                    line.Kind = LineKind.Furniture;
                    webPage = true;
                    break;
                case FurnitureKind.None when IsSiteNamesOnly(line.Folded):
                    // 勢傳媒|中華趨勢報, over the headline or among the menus: the site's names alone, as its title bar strings
                    // them; never a headline.
                    line.Kind = LineKind.Furniture;
                    webPage = true;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && IsLatinLabel(line.Folded):
                    // top of page, Group News over a Chinese page's headline: the site's words in another script, never its
                    // headline (every headline of the development sets holds Han characters).
                    line.Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && IsQuoteLabel(line.Folded):
                    // 某某科技(300999) / 2.35% / 24.56元: a stock quote's box over the headline, the company's name, code and
                    // prices; never the headline.
                    line.Kind = LineKind.Furniture;
                    while (i + 1 < _lines.Count && QuoteNumber.IsMatch(_lines[i + 1].Folded.Trim())) _lines[++i].Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && IsMenuItemAtTop(i):
                    // • 我的订阅 / • 财经 over the headline: the site's menu printed as a list, before any text.
                    line.Kind = LineKind.Furniture;
                    webPage = true;
                    break;
                case FurnitureKind.None when FieldBulletLength(line.Folded) is > 0 and var fieldBullet && IsPageField(line.Folded[fieldBullet..]):
                    // • 来源:某某新闻中心 / - 日期:2015-11-24 / • 信息索引号:: the page's fields printed as a list; the bullet is markup. A
                    // label without its value is furniture; the others are read as the page's source lines.
                    line.Text = line.Text[fieldBullet..].Trim();
                    line.Folded = TextNormalizer.Fold(line.Text);
                    if (FieldLabelWithoutValue.IsMatch(line.Folded)) line.Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when i < MenuOverCrumbLines && LinkListAtTop(i) is > 0 and var links:
                    // 最新新闻排行 / · 某区举办读书班并开展研讨 / · 某市发布行动方案 / …: other pages' link titles listed before the
                    // page's text, under nothing but its furniture and short labels; never the headline (printed under them), nor
                    // the article's points (printed under its headline). The list's label goes with it.
                    for (var k = 0; k < links; k++) _lines[i + k].Kind = LineKind.Furniture;
                    if (i > 0 && _lines[i - 1].Kind != LineKind.Furniture && _lines[i - 1].Folded.Trim().Length <= MaxLinkListLabelLength
                        && IsNoSentence(_lines[i - 1].Folded))
                        _lines[i - 1].Kind = LineKind.Furniture;
                    webPage = true;
                    i += links - 1;
                    break;
                case FurnitureKind.None when IsBulletRun(i):
                    // ●营收…亿元 / ●新增…个: the summary's points over the text, never a headline.
                    line.Kind = LineKind.Summary;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && ListBulletLength(line.Folded) is > 0 and var bullet:
                    // • 武汉光谷9个项目开工: the headline of a page whose crumb was a list item keeps the list's bullet; the
                    // bullet is the page's markup, not a word of the line.
                    line.Text = line.Text[bullet..].Trim();
                    line.Folded = TextNormalizer.Fold(line.Text);
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && PageFurniture.IsPageLabel(line.Folded) && i + 1 < _lines.Count
                                             && LineRules.IsHeadingLike(_lines[i + 1].Folded):
                    // A11 over the headline: the page the article ran on, not a word of its headline.
                    _pageNumber ??= LineRules.PrintedPageNumber("第" + line.Folded.Trim().TrimStart('第').TrimEnd('版').Trim() + "版");
                    line.Kind = LineKind.Furniture;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && line.Folded.IndexOfAny(TitleBarMarks) >= 0 && !line.IsSourceLine
                                             && UnglueSiteName(i) is var titleBar and > 0:
                    // 标题_某某网 / 标题-经济频道-某某新闻网: the page's saved <title>, its headline and the site's names.
                    webPage = true;
                    i += titleBar - 1;
                    break;
                case FurnitureKind.None when i < HeadlineGlueLines && furniture.HeadlineRoleLabel(line.Folded) is { Length: > 0 } role:
                    // 12個項目簽約 總部經濟近半(主題): the e-edition's label of the headline's part comes off; a subtitle's line
                    // is the headline's subtitle.
                    line.Text = TextNormalizer.Clean(line.Text[..^role.Length]);
                    line.Folded = TextNormalizer.Fold(line.Text);
                    if (role.Subtitle) line.Kind = LineKind.DashLine;
                    break;
                default:
                    if (!webPage && i < 12 && line.IsSourceLine && !line.IsIssueLine && !datedList) webPage = true;
                    if (i < HeadlineGlueLines && (PageFurniture.HeadlineGlue(line.Folded).Fielded || !line.IsIssueLine && !line.IsSourceLine)
                        && Unglue(line) is { Count: > 0 } glued)
                    {
                        _lines.InsertRange(i + 1, glued);
                        i += glued.Count;
                    }
                    break;
            }
        }
        // A list page holds several reports: none of the rules that read a web page as one article applies.
        _webPage = webPage && !datedList && !flattenedItems;
    }

    /// <summary>Fewest items a list page prints, each a headline over its summary and then its own stamp line.</summary>
    private const int MinDatedListItems = 3;

    /// <summary>Longest stamp line under a list item (盼新聞 / 2023年9月7日, 2024-03-05 来源:某某网).</summary>
    private const int MaxItemStampLength = 40;

    /// <summary>Whether the page is a list of reports, not one report with its fields: three or more short stamp lines (a
    /// date, a source) each close a block that holds a headline-shaped line over running text. One article prints its date
    /// line once, near its top; a list of links after it prints titles over dates with no text between. The headline over
    /// each item's text is marked the item's.</summary>
    private bool MarkDatedList()
    {
        var items = new List<PageLine>();
        var stamps = 0;
        PageLine? heading = null, itemHeadline = null;
        foreach (var line in _lines)
        {
            var t = line.Folded.Trim();
            if (line.IsSourceLine && t.Length <= MaxItemStampLength && !LineRules.HasSentencePunctuation(t))
            {
                stamps++;
                if (itemHeadline != null) items.Add(itemHeadline);
                heading = itemHeadline = null;
            }
            // Running text: a sentence, a line longer than a headline, or clauses that no headline's shape allows (a summary cut
            // short: …可望創造...).
            else if (LineRules.HasSentencePunctuation(t) || t.Length > LineRules.MaxWebHeadlineLength || t.Contains(',') && !LineRules.IsHeadingLike(t))
            {
                itemHeadline ??= heading;
                heading = null;
            }
            else if (itemHeadline == null && LineRules.IsHeadingLike(t)) heading = line;
        }
        if (items.Count < MinDatedListItems || items.Count * 2 < stamps) return false;
        foreach (var item in items) item.IsListItemHeadline = true;
        return true;
    }

    /// <summary>A headline, then its stamp (a labelled or bare date, perhaps its time) on the same line as more text: the
    /// first date after six characters or more. A stamp whose label has its colon may be glued to the headline
    /// (…调研指导时间:2020-04-24 4月22日上午,…).</summary>
    [GeneratedRegex(
        @"^(?<head>[^。]{6,64}?)(\s+|(?=(发布时间|发表时间|更新时间|发布日期|时间|日期)\s*[:：]))[(（]?(?<stamp>((发表于|发布于|发布时间|发表时间|更新时间|发布日期|时间|日期)\s*[:：]?\s*)?((19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}月\d{1,2}日)(\s*\d{1,2}:\d{2}(:\d{2})?)?)[)）]?(\s+|$)")]
    private static partial Regex FlattenedStamp { get; }

    /// <summary>Characters of text a flattened page runs on with after its headline's stamp, at least.</summary>
    private const int MinFlattenedText = 40;

    /// <summary>Splits a page saved as one line (標題 發表於 2017-01-09 08:00 分享 讚好 0 香港資訊…。) into its headline, its
    /// stamp with the buttons and counters after it (furniture), and its text; returns how many lines the line is now (3),
    /// 0 when it is no such line: the part before the stamp is a headline (headline-shaped, a statement's Han characters)
    /// and the part after the buttons is running text.</summary>
    private int SplitFlattenedPage(int i, bool listItem = false)
    {
        var line = _lines[i];
        if (FlattenedParts(line, listItem) is not var (stampEnd, textStart)) return 0;
        var stamp = line.Text[stampEnd..textStart].Trim();
        _printedDate ??= PageDates.Printed(TextNormalizer.Fold(stamp));
        _lines.Insert(i + 1, new PageLine(line.Number, stamp) { Kind = LineKind.Furniture });
        _lines.Insert(i + 2, new PageLine(line.Number, line.Text[textStart..].Trim()));
        line.Text = line.Text[..stampEnd].Trim();
        line.Folded = TextNormalizer.Fold(line.Text);
        return 3;
    }

    /// <summary>Where a flattened line's headline ends and its text begins (<see cref="SplitFlattenedPage"/>), or null. A
    /// list item's summary, cut short by the site, may hold clauses and no full stop.</summary>
    private static (int StampEnd, int TextStart)? FlattenedParts(PageLine line, bool listItem)
    {
        var folded = line.Folded;
        if (folded.Length <= (listItem ? LineRules.StatementHan : LineRules.MaxWebHeadlineLength) + MinFlattenedText) return null;
        var m = FlattenedStamp.Match(folded);
        if (!m.Success) return null;
        var head = m.Groups["head"].Value.Trim();
        if (head.Count(ChineseScript.IsHan) < LineRules.StatementHan || !LineRules.IsLongWebHeadline(head)) return null;
        // The buttons and counters after the stamp (分享 讚好 0, 列印): widget words and numbers, one a word.
        var textStart = m.Index + m.Length;
        while (textStart < folded.Length)
        {
            var end = folded.IndexOf(' ', textStart);
            var word = end < 0 ? folded[textStart..] : folded[textStart..end];
            if (!word.All(char.IsDigit) && PageFurniture.Default.Classify(word) != FurnitureKind.Widget) break;
            textStart = end < 0 ? folded.Length : end + 1;
        }
        var text = line.Text[textStart..].Trim();
        var foldedText = TextNormalizer.Fold(text);
        if (text.Length < MinFlattenedText || !LineRules.HasSentencePunctuation(foldedText) && !(listItem && foldedText.Contains(','))) return null;
        return (m.Groups["head"].Index + m.Groups["head"].Length, textStart);
    }

    /// <summary>Fewest lines of a list page printed each as one item's headline, stamp and summary run together.</summary>
    private const int MinFlattenedItems = 2;

    /// <summary>The page prints two or more of its lines as a headline, its stamp and its text run together
    /// (竹科擴大用地 延伸… (2023.11.06) 國科會攜手…): a list of items, each line one, wherever it stands on the page.</summary>
    private bool HasFlattenedItems() => _lines.Count(l => FlattenedParts(l, listItem: true) != null) >= MinFlattenedItems;

    /// <summary>A line short enough for a web headline (pinyin readings a copy glues on not counted) and holding no sentence
    /// mark: a headline, a label or a button.</summary>
    private static bool IsNoSentence(string folded) =>
        PinyinReadings.Without(folded).Trim().Length <= LineRules.MaxWebHeadlineLength && !LineRules.HasSentencePunctuation(folded);

    /// <summary>A headline printed twice on its one line, a space between (重庆某区委书记调研工作 重庆某区委书记调研工作: a
    /// page's title bar run into its h1): the line keeps it once. Only a whole headline (a statement's Han characters) counts.</summary>
    private static void PrintOnce(PageLine line)
    {
        var t = line.Text.Trim();
        var half = (t.Length - 1) / 2;
        if (t.Length % 2 == 0 || !char.IsWhiteSpace(t[half]) || !t.AsSpan(0, half).SequenceEqual(t.AsSpan(half + 1))) return;
        var once = t[..half].Trim();
        var folded = TextNormalizer.Fold(once);
        if (once.Count(ChineseScript.IsHan) < LineRules.StatementHan || !LineRules.IsPlacedWebHeadline(folded)) return;
        line.Text = once;
        line.Folded = folded;
    }

    /// <summary>How many lines from <paramref name="i"/> print one date in pieces: a year, then month/day, perhaps the
    /// time (2019 / 02/12 / 22:39); 0 when they do not.</summary>
    private int SplitDateLength(int i)
    {
        if (i + 1 >= _lines.Count || !YearLine.IsMatch(_lines[i].Folded.Trim()) || !MonthDayLine.IsMatch(_lines[i + 1].Folded.Trim())) return 0;
        return i + 2 < _lines.Count && TimeLine.IsMatch(_lines[i + 2].Folded.Trim()) ? 3 : 2;
    }

    // Asked of every line: made once, not looked up in the regex cache by their text at each call.
    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex YearLine { get; }
    [GeneratedRegex(@"^\d{1,2}[/\-.]\d{1,2}$")]
    private static partial Regex MonthDayLine { get; }
    [GeneratedRegex(@"^\d{1,2}:\d{2}(:\d{2})?$")]
    private static partial Regex TimeLine { get; }

    private const string Bullets = "●■▲◆◇★☆□○•";

    /// <summary>Longest line of Latin words alone that is a site's label rather than text.</summary>
    private const int MaxLatinLabelLength = 40;

    /// <summary>A few Latin words alone, no Han character, digit or sentence (top of page, Group News).</summary>
    private static bool IsLatinLabel(string folded)
    {
        var t = folded.Trim();
        return t.Length is > 0 and <= MaxLatinLabelLength && t.Any(char.IsLetter) && !t.Any(c => ChineseScript.IsHan(c) || char.IsDigit(c))
            && !LineRules.HasSentencePunctuation(t) && !t.Contains('.');
    }

    /// <summary>A page's field label with nothing after it (信息索引号:, 体裁分类:): a short label and its colon.</summary>
    [GeneratedRegex(@"^\s*\p{IsCJKUnifiedIdeographs}{2,8}\s*[:：]\s*$")]
    private static partial Regex FieldLabelWithoutValue { get; }

    /// <summary>A list item that is one of the page's fields: its source or date line, a field label alone, a counter.</summary>
    /// <summary>The bullet of a line printed as a list item, or a hyphen and its space opening it (- 來源:通威公告): a page's
    /// fields are listed either way.</summary>
    private static int FieldBulletLength(string folded)
    {
        if (ListBulletLength(folded) is > 0 and var bullet) return bullet;
        var t = folded.TrimStart();
        return t.Length >= 3 && t[0] == '-' && t[1] == ' ' ? folded.Length - t.Length + 2 : 0;
    }

    private static bool IsPageField(string item) =>
        LineRules.IsSourceLine(item) || LineRules.IsFieldLabelAlone(item) || LineRules.IsDateOnly(item) || FieldLabelWithoutValue.IsMatch(item)
        || PageFurniture.Default.Classify(item) == FurnitureKind.Widget;

    /// <summary>The line opens with a bullet that the line before or after opens with too: a list of points.</summary>
    private bool IsBulletRun(int i)
    {
        var t = _lines[i].Folded.TrimStart();
        if (t.Length < 2 || Bullets.IndexOf(t[0]) < 0) return false;
        // A neighbour already known as furniture (a crumb printed as a list item) makes no list of points.
        bool Same(int k) => k >= 0 && k < _lines.Count && _lines[k].Kind != LineKind.Furniture && _lines[k].Folded.TrimStart() is { Length: > 1 } o && o[0] == t[0];
        return Same(i - 1) || Same(i + 1);
    }

    /// <summary>Fewest list items that make a list of other pages' links (two may be a headline's points).</summary>
    private const int MinLinkListItems = 3;
    /// <summary>Fewest Han characters of a link title in such a list (a whole headline, not a menu's entry).</summary>
    private const int MinLinkTitleHan = 8;
    /// <summary>Longest label a list of links stands under (最新新闻排行, 相关阅读), and longest line above it that is a label.</summary>
    private const int MaxLinkListLabelLength = 10;

    /// <summary>How many lines from <paramref name="i"/> list other pages' links, one a line as list items (· 某市发布行动方案 …):
    /// no sentence, most of them (three or more) headline-shaped titles rather than page fields or a program's date, under nothing but the page's furniture and short
    /// labels; 0 when they do not. An article's points come under its headline, which is no such label.</summary>
    private int LinkListAtTop(int i)
    {
        int n = 0, titles = 0;
        while (i + n < _lines.Count && ListBulletLength(_lines[i + n].Folded) is > 0 and var bullet
               && _lines[i + n].Folded[bullet..].Trim() is var entry && IsLinkLine(entry) && !TextNormalizer.EndsSentence(entry))
        {
            if (entry.Count(ChineseScript.IsHan) >= MinLinkTitleHan && !IsPageField(entry)) titles++;
            n++;
        }
        if (titles < MinLinkListItems || titles * 2 < n) return 0;
        return _lines.Take(i).All(l => l.Kind == LineKind.Furniture || l.Folded.Trim().Length <= MaxLinkListLabelLength && IsNoSentence(l.Folded)) ? n : 0;
    }

    /// <summary>Longest item of a site's menu printed as a list (• 财经, • 我的订阅).</summary>
    private const int MaxMenuItemLength = 6;

    /// <summary>A list item of a few characters, no mark and no digit, before the page's first line of text: a menu's item
    /// (• 财经), not a point of the article (its points come under its headline and lead).</summary>
    private bool IsMenuItemAtTop(int i)
    {
        var bullet = ListBulletLength(_lines[i].Folded);
        if (bullet == 0) return false;
        var item = _lines[i].Folded[bullet..].Trim();
        if (item.Length is 0 or > MaxMenuItemLength || item.Any(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsDigit(c))) return false;
        return _lines.Take(i).All(l => l.Kind == LineKind.Furniture || l.Folded.Trim().Length <= MaxMenuItemLength + 2);
    }

    /// <summary>The length of an HTML list's bullet and its space opening the line (• ), 0 when it has none.</summary>
    private static int ListBulletLength(string folded)
    {
        var t = folded.TrimStart();
        if (t.Length < 3 || t[0] is not ('•' or '·') || t[1] != ' ') return 0;
        return folded.Length - t.Length + 2;
    }

    private static bool IsCutShort(string folded) => folded.TrimEnd() is var t && (t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…'));

    /// <summary>A link title cut short (…年内还有40余幅保...), though it holds a comma, over the excerpt of the same page,
    /// a longer text cut short too: a portal's teaser.</summary>
    private bool IsTeaserOverExcerpt(int i)
    {
        var t = _lines[i].Folded.Trim();
        if (t.Length > 40 || t.Contains('。') || !IsCutShort(t) || i + 1 >= _lines.Count) return false;
        var next = _lines[i + 1].Folded.Trim();
        return IsCutShort(next) && next.Length > t.Length * 2;
    }

    /// <summary>A name and its securities code alone on a line (某某科技(300999), 某某控股（00700.HK）): a quote box's label.</summary>
    private static bool IsQuoteLabel(string folded) => QuoteLabel.IsMatch(folded.Trim());

    [GeneratedRegex(@"^[^\s()（）]{2,12}[(（]\s*(\d{6}|\d{4,5})(\.[A-Za-z]{2})?\s*[)）]$")]
    private static partial Regex QuoteLabel { get; }
    [GeneratedRegex(@"^[+\-]?\d+(\.\d+)?\s*(%|元)?$")]
    private static partial Regex QuoteNumber { get; }

    /// <summary>How many lines from <paramref name="i"/> are another page's link printed after the article: a short
    /// headline-shaped line, perhaps its date alone, then its excerpt cut short (…现场发布...), longer than the title;
    /// 0 when they are not. Only after the page's text has begun (a paragraph before), so a page saved with its own lead
    /// cut short keeps its headline.</summary>
    private int IsLinkTitleOverExcerpt(int i)
    {
        var t = _lines[i].Folded.Trim();
        if (t.Length > 40 || t.Contains('。')) return 0;
        // The excerpt, cut short, right under the title or under its date alone (most lines end otherwise: checked first).
        var k = i + 1;
        if (k < _lines.Count && !IsCutShort(_lines[k].Folded)) k++;
        if (k >= _lines.Count || !IsCutShort(_lines[k].Folded) || k == i + 2 && !LineRules.IsDateOnly(_lines[i + 1].Folded)) return 0;
        var excerpt = _lines[k].Folded.Trim();
        if (excerpt.Length <= t.Length || !LineRules.IsHeadingLike(t)) return 0;
        var textBefore = _lines.Take(i).Any(l => l.Kind != LineKind.Furniture && (l.Folded.Contains('。') || l.Folded.Length > 40) && !IsCutShort(l.Folded));
        return textBefore ? k - i : 0;
    }

    /// <summary>Longest label a saved page prints twice in a row (an image's alt text over its caption).</summary>
    private const int MaxRepeatedLabelLength = 16;

    /// <summary>The line repeats the line before it and is a short label, no sentence.</summary>
    private bool IsRepeatedLabel(int i)
    {
        var t = _lines[i].Folded.Trim();
        return i > 0 && t.Length <= MaxRepeatedLabelLength && _lines[i - 1].Folded.Trim() == t && !LineRules.HasSentencePunctuation(t);
    }

    private bool OnlyLinksAfter(int i) => _lines.Skip(i + 1).All(l => IsLinkLine(l.Folded));

    /// <summary>A link title under 相关新闻 or after 上一篇: a short line that is no sentence, perhaps with its date.</summary>
    private static bool IsLinkLine(string folded)
    {
        var t = folded.Trim();
        return t.Length <= 60 && !t.Contains('。') && !t.Contains('，');
    }

    /// <summary>The marks a saved &lt;title&gt; strings the site's names on with (标题_某某网, 标题-某某日报, 标题|某某网, 标题 – 某某头条).</summary>
    private static readonly char[] TitleBarMarks = { '_', '-', '|', '｜', '–' };

    /// <summary>A line of two or more site's names strung on a title bar's marks (某某傳媒|中華某某報) and nothing else.</summary>
    private static bool IsSiteNamesOnly(string folded)
    {
        var parts = folded.Split(TitleBarMarks, StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(p => p.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.') && PageFurniture.Default.IsSiteName(p));
    }

    /// <summary>Han characters a headline keeps at least when a site's names come off its line.</summary>
    private const int MinHeadlineHanBeforeSiteName = 6;

    /// <summary>A headline line as the page's saved &lt;title&gt; prints it, the site's names strung after it (标题_某某网,
    /// 标题-经济频道-某某新闻网). When the page prints the headline again below (its h1), the line is the title bar's and
    /// no text; else the headline keeps its words and the names go to the page's header. Returns how many lines the
    /// line is now (1, or 2 with the names split off), 0 when it holds no site's name.</summary>
    private int UnglueSiteName(int i)
    {
        var line = _lines[i];
        var trimmed = line.Folded.Trim();
        var head = PageFurniture.Default.WithoutSiteNameInText(trimmed);
        if (head.Length == trimmed.Length || head.Count(ChineseScript.IsHan) < MinHeadlineHanBeforeSiteName || !LineRules.IsLongWebHeadline(head)) return 0;
        var key = Key(head);
        _namedHeadlines.Add(key);
        if (_lines.Skip(i + 1).Take(HeadlineGlueLines).Any(l => Similar(key, Key(l.Folded.Trim()))))
        {
            line.Kind = LineKind.Furniture;
            return 1;
        }
        var cut = line.Folded.Length - line.Folded.TrimStart().Length + head.Length;
        _lines.Insert(i + 1, new PageLine(line.Number, line.Text[cut..].Trim().TrimStart(TitleBarMarks).Trim()) { Kind = LineKind.Furniture });
        line.Text = line.Text[..cut].Trim();
        line.Folded = TextNormalizer.Fold(line.Text);
        return 2;
    }

    /// <summary>Takes the page label and date off a headline line; they are returned as furniture lines, so the
    /// page keeps them in its header.</summary>
    private List<PageLine> Unglue(PageLine line)
    {
        var glued = new List<PageLine>();
        var (before, after, _) = PageFurniture.HeadlineGlue(line.Folded);
        if (before == 0 && after == 0) return glued;
        if (before > 0)
        {
            // A page label (A05) is the page's number; a labelled date (date 2025-11-26) was read as the page's date already.
            if (PageDates.LabelledDate(line.Folded) == null)
                _pageNumber ??= LineRules.PrintedPageNumber("第" + line.Folded[..before].Trim().TrimStart('第').TrimEnd('版').Trim() + "版");
            glued.Add(new PageLine(line.Number, line.Text[..before].Trim()) { Kind = LineKind.Furniture });
        }
        if (after > 0)
        {
            _printedDate ??= PageDates.Printed(line.Folded[^after..]);
            glued.Add(new PageLine(line.Number, line.Text[^after..].Trim()) { Kind = LineKind.Furniture });
        }
        line.Text = line.Text[before..^after].Trim();
        line.Folded = TextNormalizer.Fold(line.Text);
        return glued;
    }

    // ---- header: masthead, issue line, table of contents -------------------------------------

    /// <summary>Takes the date a header line prints as the page's, over any read before; a site's clock line
    /// (2025年04月22日 星期二) gives a weak one.</summary>
    private void TakeHeaderDate(string folded)
    {
        if (PageDates.Printed(folded) is not { } date) return;
        var clock = PageDates.IsClockLine(folded);
        // The site's clock prints today, not the page's day: it never replaces a date read before it.
        if (clock && _printedDate != null) return;
        (_printedDate, _printedDateWeak) = (date, clock);
    }

    private void ReadHeader()
    {
        var issue = _lines.Take(8).ToList().FindIndex(l => l.IsIssueLine);
        var start = 0;
        if (issue == 1 && (LineRules.IsDateOnly(_lines[1].Folded) || _lines[1].IsSourceLine) && issue + 1 < _lines.Count
            && (!LineRules.IsHeadingLike(_lines[2].Folded) || _lines[2].IsSourceLine || LineRules.IsFieldLabelAlone(_lines[2].Folded)))
        {
            // One line, the date, then the text (or the source under the date: 2019-11-13 / 来源：…网): an article's
            // headline and its date, not a masthead. A web headline runs longer than a printed one (某某控股(00055.HK):…).
            _lines[1].Kind = LineKind.Issue;
            if (!LineRules.IsHeadingLike(_lines[0].Folded) && LineRules.IsLongWebHeadline(_lines[0].Folded)) _lines[0].Kind = LineKind.Heading;
            TakeHeaderDate(_lines[1].Folded);
        }
        else if (issue < 0 && _lines.Count > 2 && _lines[1].IsSourceLine && !_lines[0].IsSourceLine
                 && LooksLikeLoneHeadline(_lines[0].Folded))
        {
            // A post's headline and then its stamp (原创 公众号 2024年7月18日 09:30): the headline, even one
            // that ends like a sentence (重磅！…亮了).
            _lines[0].Kind = LineKind.Heading;
            _lines[1].Kind = LineKind.Issue;
            TakeHeaderDate(_lines[1].Folded);
        }
        else if (issue >= 1 && LineRules.IsDateOnly(_lines[issue].Folded) && IsWebHeadlineOverDate(_lines[issue - 1].Folded)
                 && _lines.Take(issue - 1).All(l => LineRules.IsHeadingLike(l.Folded) && l.Folded.Trim().Length <= MaxLabelOverHeadline))
        {
            // 企业新闻 / 某某公司全力推动创科发展 / 2024年02月28日 / deck lines: a channel's label, the article's headline and
            // its date, not a newsletter's masthead; the lines under the date are the headline's deck, not another headline.
            for (var i = 0; i < issue - 1; i++) _lines[i].Kind = LineKind.Section;
            _lines[issue - 1].Kind = LineKind.Heading;
            _lines[issue].Kind = LineKind.Issue;
            TakeHeaderDate(_lines[issue].Folded);
        }
        else if (issue >= 0 && _lines.Take(issue).All(l => LineRules.IsHeadingLike(l.Folded)))
        {
            for (var i = 0; i < issue; i++)
                // A document's own title above its issuer and date (…2023年国民经济和社会发展统计公报 / …统计局 /
                // 2024年3月28日) is its headline, not a masthead.
                _lines[i].Kind = LineRules.IsDocumentTitle(_lines[i].Folded) ? LineKind.Heading : LineKind.Masthead;
            _lines[issue].Kind = LineKind.Issue;
            TakeHeaderDate(_lines[issue].Folded);
            _pageName = issue > 0 && _lines[0].Kind == LineKind.Masthead ? _lines[0].Text : null;
            _pageNumber = _lines.Take(issue + 1).Select(l => LineRules.PrintedPageNumber(l.Folded)).FirstOrDefault(n => n != null);
            start = issue + 1;
            // An issue line without a date may have it on the next line, with the editor (某某办公室编 2024年5月20日).
            if (_printedDate is not { Length: 10 } && start < _lines.Count && IsDatedHeaderLine(_lines[start].Folded))
            {
                _lines[start].Kind = LineKind.Issue;
                TakeHeaderDate(_lines[start].Folded);
                start++;
            }
        }
        // The contents are the heading-like lines before the first paragraph that the page prints
        // again further down; they end with the last such line.
        var firstBody = start;
        while (firstBody < _lines.Count && LineRules.IsHeadingLike(_lines[firstBody].Folded)) firstBody++;
        var lastRepeated = -1;
        var repeated = 0;
        for (var i = start; i < firstBody; i++)
        {
            if (!ReappearsAfter(i, ContentsText(_lines[i].Folded).Title)) continue;
            lastRepeated = i;
            repeated++;
        }
        if (repeated < 2) return;
        for (var i = start; i <= lastRepeated; i++)
        {
            _lines[i].Kind = LineKind.Contents;
            var (section, title) = ContentsText(_lines[i].Folded);
            if (section != null) _tocSections.Add(Key(section));
            // 【section】 alone and a section's dashed subtitle are not headlines.
            if (title.Length == 0 || LineRules.StartsWithDash(title)) continue;
            _tocTitles.Add(Key(title));
        }
    }

    /// <summary>Longest channel label a web page prints over its headline and date (企业新闻, 园区动态).</summary>
    private const int MaxLabelOverHeadline = 8;

    /// <summary>Han characters a line over a bare date holds at least to be a web article's headline rather than a
    /// newsletter's or paper's name (某某日报 / 2024年6月2日).</summary>
    private const int MinWebHeadlineHanOverDate = 12;

    /// <summary>A line over a bare date that is an article's headline: long for a masthead, no site's or paper's name,
    /// no document's title (…统计公报 over its issuer and date is read as before).</summary>
    private static bool IsWebHeadlineOverDate(string folded)
    {
        var t = folded.Trim();
        return t.Count(ChineseScript.IsHan) >= MinWebHeadlineHanOverDate && LineRules.IsLongWebHeadline(t) && !PageFurniture.Default.IsSiteName(t)
            && !LineRules.IsDocumentTitle(t) && !LineRules.IsIssueLine(t);
    }

    /// <summary>A short line of the header printing a full date and no sentence.</summary>
    private static bool IsDatedHeaderLine(string folded) =>
        folded.Length <= 50 && !LineRules.HasSentencePunctuation(folded) && !folded.Contains(',') && PageDates.Printed(folded) is { Length: 10 };

    /// <summary>The page's first line, short and one statement, perhaps exclaimed (重磅！合肥高新区这份“成绩单”亮了).</summary>
    private static bool LooksLikeLoneHeadline(string folded)
    {
        var t = folded.Trim();
        return t.Length >= 4 && (t.Length <= LineRules.MaxHeadingLength || LineRules.IsLongWebHeadline(t))
            && !t.Contains('。') && !t.Contains(',') && !t.Contains(';');
    }

    /// <summary>A contents line: 【火炬在行动】 科技部召开… → (火炬在行动, 科技部召开…); 【创业孵化】 → (创业孵化, "").</summary>
    private static (string? Section, string Title) ContentsText(string folded)
    {
        var m = BracketedSectionAndTitle().Match(folded.Trim());
        return m.Success ? (m.Groups["s"].Value.Trim(), m.Groups["t"].Value.Trim()) : (null, folded.Trim());
    }

    private bool ReappearsAfter(int index, string text)
    {
        var key = Key(text);
        if (key.Length < 2 || index + 1 >= _lines.Count) return false;
        var line = Key(_lines[index + 1].Folded);
        for (var j = index + 1; j < _lines.Count; j++)
        {
            if (Similar(key, line)) return true;
            if (j + 1 == _lines.Count) break;
            // Two lines read as one: Key drops characters one by one, so their keys joined are the key of both.
            var next = Key(_lines[j + 1].Folded);
            if (LengthsCanBeSimilar(key.Length, line.Length + next.Length) && Similar(key, line + next)) return true;
            line = next;
        }
        return false;
    }

    // ---- one line at a time -------------------------------------------------------------------

    private void Classify()
    {
        var tableHeaders = RankedTableHeaders();
        foreach (var line in _lines)
        {
            if (line.Kind != LineKind.Body) continue;
            var f = line.Folded;
            if (LineRules.IsEditorNote(f)) line.Kind = LineKind.EditorNote;
            else if (LineRules.IsEditorSignOff(f)) line.Kind = LineKind.Issue;
            else if (Bylines.TryParseCreditLine(line.Text, f, out var credit)) (line.Kind, line.Authors) = (LineKind.Credit, credit);
            else if (Bylines.TryParseMarkedByline(line.Text, f, out var marked)) (line.Kind, line.Authors) = (LineKind.Byline, marked);
            else if (LineRules.IsSourceNote(f)) line.Kind = LineKind.Caption; // a table's source, not a headline
            else if (LineRules.IsFieldLabelAlone(f)) line.Kind = LineKind.Issue; // 作者: / 来源: with the value on the next line
            else if (line.IsSourceLine)
            {
                // A web article's date-and-source line: the page's, not the article's. A labelled one (發布時間:2015-09-09)
                // is the page's over a site's clock or a crumb read above it.
                line.Kind = LineKind.Issue;
                if (_printedDate == null || _printedDateWeak && LineRules.HasPublicationDateLabel(f)) TakeHeaderDate(f);
            }
            else if (DatedByline(line) is { } dated) (line.Kind, line.Authors) = (LineKind.Byline, dated);
            else if (LineRules.IsCreditOnlyCaption(f) || LineRules.IsCaption(f)) line.Kind = LineKind.Caption;
            else if (Bylines.TryParseBylineLine(line.Text, f, out var byline)) (line.Kind, line.Authors) = (LineKind.Byline, byline);
            else if (LineRules.IsPullQuote(f)) line.Kind = LineKind.PullQuote;
            else if (LineRules.IsSeriesTag(f)) line.Kind = LineKind.Series;
            else if (LineRules.IsBracketedSection(f) || _tocSections.Contains(Key(f))) line.Kind = LineKind.Section;
            else if (LineRules.StartsWithDash(f) && LineRules.IsHeadingLike(f)) line.Kind = LineKind.DashLine;
            else if (LineRules.IsHeadingLike(f) && !tableHeaders.Contains(line)) line.Kind = LineKind.Heading;
        }
        // A field's value printed on the line under its label (来源: / 某某日报): the page's, like the label.
        for (var i = 1; i < _lines.Count; i++)
            if (_lines[i - 1].Kind == LineKind.Issue && LineRules.IsFieldLabelAlone(_lines[i - 1].Folded) && _lines[i].Kind != LineKind.Issue
                && IsFieldValue(_lines[i].Folded) && (!LineRules.IsDateLabelAlone(_lines[i - 1].Folded) || PageDates.Printed(_lines[i].Folded) != null))
                _lines[i].Kind = LineKind.Issue;
        var firstText = _lines.FindIndex(l => l.Kind is not (LineKind.Masthead or LineKind.Issue or LineKind.Contents));
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var next = i + 1 < _lines.Count ? _lines[i + 1] : null;
            // A web page's headline runs longer than a printed one: its first line is the headline when the report's
            // lead comes under it (近日，…; 11月13日，…).
            if (i == firstText && line.Kind == LineKind.Body && next is { Kind: LineKind.Body } && LineRules.IsLongWebHeadline(line.Folded)
                && LineRules.OpensLead(next.Folded))
                line.Kind = LineKind.Heading;
            // A web page's one headline over its date-and-source line before any text, though longer than a printed headline
            // or exclaiming (【…】某某(688383.SH)拟投建…项目 总投资额不低于6亿元 / 2022-11-20 15:51:54 来源: …).
            if (line.Kind == LineKind.Body && next is { Kind: LineKind.Issue } && next.IsSourceLine
                && LineRules.IsPlacedWebHeadline(line.Folded) && _lines.Take(i).All(l => l.Kind != LineKind.Body))
                line.Kind = LineKind.Heading;
            // Reporters' names alone (赵一、钱二) between the headline and the page's date-and-source line: its byline.
            if (line.Kind == LineKind.Heading && next is { Kind: LineKind.Issue } && i > 0 && _lines[i - 1].Kind == LineKind.Heading
                && Bylines.TryParseNameList(line.Text, line.Folded, out var names))
                (line.Kind, line.Authors) = (LineKind.Byline, names);
            // A headline printed over two lines, the first ending with its colon (湘潭高新区： / 7个项目集中签约).
            if (line.Kind == LineKind.Body && next is { Kind: LineKind.Heading } && LineRules.IsHeadlineLead(line.Folded)
                && LineRules.IsHeadingLike(line.Folded.TrimEnd().TrimEnd(':') + next.Folded))
            {
                line.Text = line.Text.TrimEnd() + next.Text.Trim();
                line.Folded = TextNormalizer.Fold(line.Text);
                line.Kind = LineKind.Heading;
                _lines.RemoveAt(i + 1);
                next = i + 1 < _lines.Count ? _lines[i + 1] : null;
            }
            // A document's title broken mid-clause by the page's width under its issuer's name (某某股份有限公司 / 关于子公司投资
            // 进展情况的 / 自愿性信息披露公告): the middle line, dangling as it ends, is a line of the title.
            if (line.Kind == LineKind.Body && i > 0 && _lines[i - 1].Kind == LineKind.Heading && next is { Kind: LineKind.Heading }
                && PageFurniture.Default.ContinuesDocumentTitle(_lines[i - 1].Folded, line.Folded, next.Folded))
                line.Kind = LineKind.Heading;
            // A kicker that leads into the headline with a dash (…结果发布—— / 中西部高新区排名整体前移).
            if (line.Kind == LineKind.Body && next is { Kind: LineKind.Heading } && LineRules.IsDashedKicker(line.Folded))
                line.Kind = LineKind.Heading;
            // A headline that asks or exclaims (专家解读：高新区政策“内卷”？) shows itself by the byline under it, or, as the
            // page's first line, by the page printing it again further down (a web page's headline over and under its text).
            // So does one right under the page's first line, a short heading (a column's or guide's name, 科技股投資攻略), with
            // the text's first paragraph under it.
            if (line.Kind == LineKind.Body && LineRules.IsAskingHeadline(line.Folded)
                && (next is { Kind: LineKind.Byline, Authors.Count: > 0 } || i == firstText && PrintedAgainAfter(i)
                    || i == firstText + 1 && _lines[i - 1] is { Kind: LineKind.Heading } kicker && kicker.Folded.Trim().Length <= MaxKickerOverAskingHeadline
                       && next is { Kind: LineKind.Body } && LineRules.HasSentencePunctuation(next.Folded)))
                line.Kind = LineKind.Heading;
            // The page's first line printed again right under it (a page's title bar over its h1), however it exclaims, asks or
            // runs on (5年後出現「黃金交叉」!…台灣機會在哪?): the headline, both times; the second copy is the article's.
            if (line.Kind == LineKind.Body && i == firstText && next is { Kind: LineKind.Body } && Key(next.Folded) == Key(line.Folded)
                && LineRules.IsPlacedWebHeadline(line.Folded))
                (line.Kind, next.Kind) = (LineKind.Heading, LineKind.Heading);
            // A short line cut off by the column: the next line carries on its sentence. Unless the cut split a word (介|绍，…),
            // the line the column cut is the column's width, which the rest of its paragraph does not run far past: under a
            // headline, a deck opening with a list of names (中油、上銀、春源…) runs on much longer.
            // A notice's title (…关于印发《…》的通知) is whole, whatever its salutation under it opens with (各乡、镇人民政府,…:).
            if (line.Kind == LineKind.Heading && next is { Kind: LineKind.Body } && !IsNoticeTitle(line.Folded)
                && (LineRules.StartsMidSentence(next.Folded)
                    && (LineRules.OpensWithCutWord(next.Folded) || next.Folded.Trim().Length <= line.Folded.Trim().Length * MaxColumnRunOn)
                    || LineRules.JoinsAcrossBreak(line.Folded, next.Folded)))
                line.Kind = LineKind.Body;
            // A photo credit on its own line: the short line before it is the caption's text.
            if (line.Kind == LineKind.Caption && LineRules.IsCreditOnlyCaption(line.Folded) && i > 0
                && _lines[i - 1].Kind == LineKind.Heading && _lines[i - 1].Text.Length <= 30
                && (i < 2 || _lines[i - 2].Kind is not (LineKind.Heading or LineKind.Section or LineKind.Series)))
            {
                _lines[i - 1].Kind = LineKind.Caption;
                _lines[i - 1].Text += " " + line.Text;
                _lines[i - 1].Folded += " " + line.Folded;
                _lines.RemoveAt(i);
                i--;
            }
        }
        MarkColumnNames();
        MarkNamedItems();
    }

    /// <summary>Longest first line read as the short heading over an asking headline (a column's or guide's name).</summary>
    private const int MaxKickerOverAskingHeadline = 10;

    /// <summary>An official notice's or document's title that names what it issues (…关于…的通知, 印发《…》的通知).</summary>
    private static bool IsNoticeTitle(string folded) =>
        LineRules.IsDocumentTitle(folded) && (folded.Contains("关于", StringComparison.Ordinal) || folded.Contains('《'));

    /// <summary>How many times the length of a line cut off by the column its paragraph's next line runs at most.</summary>
    private const int MaxColumnRunOn = 3;

    /// <summary>A later line of the page prints line <paramref name="i"/> again, word for word.</summary>
    private bool PrintedAgainAfter(int i)
    {
        var key = Key(_lines[i].Folded);
        return _lines.Skip(i + 1).Any(l => Key(l.Folded) == key);
    }

    /// <summary>Longest value a page prints under a field's label (某某日报, 2017-11-28 16:53).</summary>
    private const int MaxFieldValueLength = 24;

    /// <summary>A field's value: a short line, no sentence, no comma.</summary>
    private static bool IsFieldValue(string folded)
    {
        var t = folded.Trim();
        return t.Length is > 0 and <= MaxFieldValueLength && !LineRules.HasSentencePunctuation(t) && !t.Contains(',');
    }

    [GeneratedRegex(@"^\s*((19|20)\d{2})[\-./]?(\d{2})[\-./]?(\d{2})(?!\d)\s*")]
    private static partial Regex LeadingCompactDate { get; }

    /// <summary>A byline with the day printed before it, glued or spaced (20230808文/某某, 2024-03-08 记者 某某): its authors,
    /// the day the page's date; null when the line is no such thing.</summary>
    private List<Author>? DatedByline(PageLine line)
    {
        if (line.Folded.TrimStart() is not { Length: > 8 } t || !char.IsDigit(t[0])) return null;
        var date = LeadingCompactDate.Match(line.Folded);
        if (!date.Success || date.Length >= line.Folded.Length) return null;
        var (text, folded) = (line.Text[date.Length..], line.Folded[date.Length..]);
        if (!Bylines.TryParseMarkedByline(text, folded, out var authors) && !Bylines.TryParseBylineLine(text, folded, out authors) || authors.Count == 0)
            return null;
        _printedDate ??= PageDates.Printed($"{date.Groups[1].Value}-{date.Groups[3].Value}-{date.Groups[4].Value}");
        return authors;
    }

    /// <summary>Items a digest needs at least before a name over a headline reads as each item's label.</summary>
    private const int MinNamedItems = 2;

    /// <summary>A digest of company items prints each under the company's name, then the item's headline, then a paragraph
    /// that opens with the name again (某某电子 / 拟12亿元建设新工厂 / 某某电子(002999)5日公告…). Where the page does so
    /// twice or more, each name is its item's label (a section), and each item its own article.</summary>
    private void MarkNamedItems()
    {
        var items = new List<int>();
        for (var i = 0; i + 2 < _lines.Count; i++)
        {
            var (label, headline, lead) = (_lines[i], _lines[i + 1], _lines[i + 2]);
            if (label.Kind is not (LineKind.Heading or LineKind.Section) || headline.Kind != LineKind.Heading || lead.Kind != LineKind.Body) continue;
            var name = label.Folded.Trim();
            if (name.Length is < 2 or > MaxItemLabelLength || name.Any(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c))) continue;
            if (lead.Folded.TrimStart().StartsWith(name, StringComparison.Ordinal)) items.Add(i);
        }
        if (items.Count < MinNamedItems) return;
        foreach (var i in items)
        {
            _lines[i].Kind = LineKind.Section;
            _lines[i].IsItemLabel = true;
        }
    }

    /// <summary>Longest name a digest prints over an item's headline (a company's short name).</summary>
    private const int MaxItemLabelLength = 8;

    /// <summary>Column names printed with a headline: a short line on top of a headline or of a pull quote
    /// (园区 / 1.2万家, 区域经济 / 长株潭高新区…), and a name before a slash (观察站/…), which is split off.
    /// Neither is part of the title.</summary>
    private void MarkColumnNames()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.Kind != LineKind.Heading) continue;
            var prefix = LineRules.ColumnPrefixLength(line.Folded);
            if (prefix > 0)
            {
                var column = new PageLine(line.Number, line.Text[..prefix].Trim().TrimEnd('/', '|', '｜', '丨').Trim()) { Kind = LineKind.Section };
                line.Text = line.Text[prefix..].Trim();
                line.Folded = TextNormalizer.Fold(line.Text);
                _lines.Insert(i, column);
                i++;
                continue;
            }
            var series = LineRules.SeriesSuffixStart(line.Folded);
            if (series > 0)
            {
                // …正在加速落地丨地方国企向新行②: the series after the headline is its section, as the one before it is.
                _lines.Insert(i, new PageLine(line.Number, line.Text[series..].Trim().TrimStart('|', '｜', '丨', '│').Trim()) { Kind = LineKind.Section });
                line.Text = line.Text[..series].Trim();
                line.Folded = TextNormalizer.Fold(line.Text);
                i++;
                continue;
            }
            var previous = i > 0 ? _lines[i - 1] : null;
            var next = i + 1 < _lines.Count ? _lines[i + 1] : null;
            if (!LineRules.IsShortColumnName(line.Folded) || next == null) continue;
            if (previous is { } p && IsHeadingKind(p.Kind)) continue;
            var opensSomething = next.Kind == LineKind.PullQuote
                || next.Kind == LineKind.Caption && !LineRules.IsCreditOnlyCaption(next.Folded)
                || next.Kind == LineKind.Heading && !ArticleDraft.StartsAsContinuation(next.Folded.Trim());
            if (!opensSomething) continue;
            line.Kind = LineKind.Section;
            line.IsColumnByShape = true;
        }
    }

    // ---- lines → articles ---------------------------------------------------------------------

    private static bool IsHeadingKind(LineKind k) => k is LineKind.Heading or LineKind.Section or LineKind.Series or LineKind.DashLine;

    private List<ArticleDraft> Assemble()
    {
        var drafts = new List<ArticleDraft>();
        ArticleDraft? current = null;
        var waitingCaptions = new List<string>();
        var waitingPullQuotes = new List<string>();
        var waitingNotes = new List<string>();
        var previousEndedArticle = true; // the page start counts as the end of an article
        var waitingColumn = new List<string>(); // a column name printed apart from its headline (园区 above a pull quote)
        var waitingSummaries = new List<string>(); // summaries printed before the page's first headline

        ArticleDraft Fragment()
        {
            if (current is { IsFragment: true, Closed: false }) return current;
            current = new ArticleDraft { IsFragment = true };
            // Summaries that waited for a headline which never came are the notes of this text.
            foreach (var summary in waitingSummaries) current.AddParagraph(summary, isNote: true);
            waitingSummaries.Clear();
            drafts.Add(current);
            return current;
        }

        var i = 0;
        while (i < _lines.Count)
        {
            var line = _lines[i];
            if (line.Kind is LineKind.Masthead or LineKind.Issue or LineKind.Contents)
            {
                i++;
                continue;
            }
            if (line.Kind == LineKind.Summary)
            {
                // Printed over the page's first headline (原标题:… over the headline), a summary is that article's note.
                if (current == null) waitingSummaries.Add(line.Text);
                else (current is { Closed: false } ? current : Fragment()).AddParagraph(line.Text, isNote: true);
                i++;
                continue;
            }
            if (IsHeadingKind(line.Kind))
            {
                var end = i;
                while (end < _lines.Count && IsHeadingKind(_lines[end].Kind)) end++;
                var group = _lines.GetRange(i, end - i);
                var after = end;
                var captions = new List<PageLine>();
                while (after < _lines.Count && _lines[after].Kind is LineKind.Caption or LineKind.PullQuote) captions.Add(_lines[after++]);
                var bylines = new List<PageLine>();
                while (after < _lines.Count && _lines[after].Kind == LineKind.Byline) bylines.Add(_lines[after++]);
                var leadHasDateline = after < _lines.Count && _lines[after].Kind == LineKind.Body
                    && Bylines.TryParseDateline(_lines[after].Text, _lines[after].Folded, out _, out _);
                var leadNamesNewZone = after < _lines.Count && _lines[after].Kind == LineKind.Body
                    && IntroducesAnotherZone(group, _lines[after], current);
                // A web page's headline stands right over its date-and-source line (2024-03-08 10:21 来源：…).
                var overSourceLine = after < _lines.Count && _lines[after].Kind == LineKind.Issue && _lines[after].IsSourceLine;
                // Lines whose paragraph refers back to the text above (当天，…; 此外，…) head a part of that text, even
                // when it is a piece without a headline: a new report never opens on 当天.
                var continuesText = current is { Closed: false, Paragraphs.Count: > 0 } && bylines.Count == 0 && after < _lines.Count
                    && _lines[after].Kind == LineKind.Body && LineRules.OpensWithBackReference(_lines[after].Folded);
                if (IsHeadline(group, bylines.Count > 0 || leadHasDateline || leadNamesNewZone || overSourceLine && IsWebHeadlineOverSource(group, _lines[after])
                                      || group.Any(l => l.IsListItemHeadline),
                        previousEndedArticle && !continuesText || current == null || IsDigestItem(group, after, current)))
                {
                    current = ArticleDraft.FromHeadline(group, _tocTitles.Count > 0 ? _tocTitles : _namedHeadlines, _tocSections, overSourceLine);
                    if (waitingColumn.Count > 0) current.AddColumnIfNone(string.Join(" ", waitingColumn));
                    waitingColumn.Clear();
                    foreach (var b in bylines) current.Authors.AddRange(b.Authors);
                    current.Captions.AddRange(waitingCaptions);
                    current.PullQuotes.AddRange(waitingPullQuotes);
                    foreach (var note in waitingSummaries.Concat(waitingNotes)) current.AddParagraph(note, isNote: true);
                    waitingSummaries.Clear();
                    waitingCaptions.Clear();
                    waitingPullQuotes.Clear();
                    waitingNotes.Clear();
                    drafts.Add(current);
                    previousEndedArticle = false;
                    foreach (var c in captions) AddAside(current, c);
                    i = after;
                    continue;
                }
                // A column name alone between articles: it heads the next headline, not a sub-heading.
                if (group.All(l => l.Kind == LineKind.Section) && (current == null || previousEndedArticle || current.Closed))
                {
                    waitingColumn.AddRange(group.Select(l => l.Text.Trim().Trim('【', '】', '■', '□', '◆', '◇', '●').Trim()));
                    i = end;
                    continue;
                }
                // Not a headline: sub-headings of the article running on. A text shown to run on past its sub-headings
                // is one report from here: its later sub-headings are its own too.
                if (continuesText) previousEndedArticle = false;
                foreach (var h in group)
                {
                    var target = current is { Closed: false } ? current : Fragment();
                    target.AddParagraph(h.Text, isSubheading: true);
                }
                i = end;
                continue;
            }
            switch (line.Kind)
            {
                case LineKind.Caption:
                case LineKind.PullQuote:
                    if (line.Kind == LineKind.PullQuote && i + 1 < _lines.Count && _lines[i + 1].Kind == LineKind.Body
                        && Explains(line.Folded, _lines[i + 1].Folded))
                    {
                        line.Text += " " + _lines[i + 1].Text;
                        i++;
                    }
                    if (current == null)
                    {
                        (line.Kind == LineKind.Caption ? waitingCaptions : waitingPullQuotes).Add(line.Text);
                    }
                    else AddAside(current, line);
                    break;
                case LineKind.EditorNote:
                    waitingNotes.Add(line.Text);
                    break;
                case LineKind.Byline:
                    // An outlet's tag alone (本报讯) names no one: it cannot tell one report from another.
                    if (line.Authors.Count == 0) break;
                    if (current is { Closed: false } && current.Paragraphs.Count == 0) current.Authors.AddRange(line.Authors);
                    else if (current is { Closed: false } && Bylines.IsBracketed(line.Folded))
                    {
                        // A byline in brackets under the last paragraph ((记者 王小明)) signs the article above and ends it.
                        current.Authors.AddRange(line.Authors);
                        current.Closed = true;
                        previousEndedArticle = true;
                    }
                    else if (current == null || !current.Authors.Any(a => line.Authors.Any(b => b.Name == a.Name)))
                    {
                        // A reporter this article does not name: the text after it is another article's.
                        current = new ArticleDraft { IsFragment = true };
                        current.Authors.AddRange(line.Authors);
                        drafts.Add(current);
                    }
                    break;
                case LineKind.Credit:
                    (current ?? Fragment()).Authors.AddRange(line.Authors);
                    if (current != null) current.Closed = true;
                    previousEndedArticle = true;
                    break;
                default:
                    // The editor's note runs on until the headline it introduces.
                    if (waitingNotes.Count > 0) waitingNotes.Add(line.Text);
                    else AddBody(line, ref current, drafts, Fragment, ref previousEndedArticle);
                    break;
            }
            i++;
        }
        // Asides and notes printed after the last article still belong to the page.
        if (waitingSummaries.Count > 0) Fragment();
        if (waitingCaptions.Count + waitingPullQuotes.Count + waitingNotes.Count + waitingColumn.Count > 0)
        {
            var target = drafts.LastOrDefault() ?? Fragment();
            foreach (var column in waitingColumn) target.AddParagraph(column, isSubheading: true);
            target.Captions.AddRange(waitingCaptions);
            target.PullQuotes.AddRange(waitingPullQuotes);
            foreach (var n in waitingNotes) target.AddParagraph(n, isNote: true);
        }
        return drafts;
    }

    private static void AddBody(PageLine line, ref ArticleDraft? current, List<ArticleDraft> drafts, Func<ArticleDraft> fragment, ref bool previousEndedArticle)
    {
        var text = line.Text;
        var folded = line.Folded;
        if (Bylines.TryParseDateline(text, folded, out var authors, out var length))
        {
            if (current is { Closed: false, Paragraphs.Count: 0 })
            {
                current.Authors.AddRange(authors);
                current.IsWireCopy = IsAgencyDateline(folded, length);
            }
            else if (current is { Closed: false, IsFragment: false, IsWireCopy: true } && IsAgencyDateline(folded, length))
            {
                // Wire copy: one headline over several agency datelines (新华社长沙3月14日电…) is one roundup.
                var roundup = current;
                roundup.Authors.AddRange(authors.Where(a => roundup.Authors.All(b => b.Name != a.Name)));
                roundup.AddParagraph(text);
                return;
            }
            else
            {
                // A lead with its own dateline inside another article: a different report.
                current = new ArticleDraft { IsFragment = true };
                current.Authors.AddRange(authors);
                drafts.Add(current);
            }
            var bodyStart = Bylines.BodyStart(folded, length);
            text = text[bodyStart..];
            folded = folded[bodyStart..];
        }
        var target = current is { Closed: false } ? current : fragment();
        current = target;
        if (Bylines.TryParseTrailingCredit(text, folded, out var credit, out var bodyLength))
        {
            target.AddParagraph(text[..bodyLength]);
            target.Authors.AddRange(credit);
            target.Closed = !target.IsFragment;
            previousEndedArticle = true;
            return;
        }
        target.AddParagraph(text);
    }

    /// <summary>A dateline an agency files with its place and day (新华社长沙3月14日电), as a wire roundup repeats
    /// for each of its items; not a paper's own tag (本报讯), which opens a report of the paper's own.</summary>
    private static bool IsAgencyDateline(string folded, int length) => Bylines.HasAgencyDay(folded, length);

    private static void AddAside(ArticleDraft draft, PageLine line)
    {
        if (line.Kind == LineKind.Caption) draft.Captions.Add(line.Text);
        else draft.PullQuotes.Add(line.Text);
    }

    /// <summary>A heading that names a zone the article running on is not about, followed by a
    /// paragraph that names it too: the start of another report, not a sub-heading.</summary>
    private static bool IntroducesAnotherZone(List<PageLine> group, PageLine lead, ArticleDraft? current)
    {
        if (current == null || current.IsFragment) return false;
        var named = group.Where(l => l.Kind == LineKind.Heading).SelectMany(l => ZoneRuns.Zones(l.Text)).ToHashSet();
        if (named.Count == 0) return false;
        var runningOn = ZoneRuns.Zones(current.Title).Concat(current.Paragraphs.Take(1).SelectMany(p => ZoneRuns.Zones(p.Text))).ToHashSet();
        if (runningOn.Count == 0 || named.Overlaps(runningOn)) return false;
        if (!ZoneRuns.Zones(lead.Text).Any(named.Contains)) return false;
        return !IsCrosshead(group, lead, current, named);
    }

    /// <summary>A short "place：point" heading (深圳高新区：首年租金全免) over a paragraph about a place the running
    /// article's text has already named, itself or by its city (广州 … 广州南沙新区): a section of that article, not
    /// another report.</summary>
    private static bool IsCrosshead(List<PageLine> group, PageLine lead, ArticleDraft current, HashSet<string> named)
    {
        if (group.Count != 1 || !LabelColonValue().IsMatch(group[0].Folded.Trim())) return false;
        // The story's paragraphs, not its headline: a headline names the places of every report under it (宁德时代带动福州、宁德…).
        var running = TextNormalizer.Fold(string.Join("\n", current.Paragraphs.Select(p => p.Text)));
        foreach (var zone in named)
        {
            var place = zone[..2];
            if (running.Contains(place, StringComparison.Ordinal)) return true;
            var at = lead.Folded.IndexOf(place, StringComparison.Ordinal);
            if (at >= 2 && lead.Folded[(at - 2)..at].All(ChineseScript.IsHan) && running.Contains(lead.Folded[(at - 2)..at], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A digest's next item: the article running on is one unsigned paragraph under its headline, and this
    /// headline too stands over a single paragraph before the next heading (or the page's end) — a row of one-paragraph
    /// reports, not a report with sub-headings, which signs itself or runs on for several paragraphs.</summary>
    private bool IsDigestItem(List<PageLine> group, int after, ArticleDraft? current)
    {
        if (current is not { IsFragment: false, Closed: false } || current.Authors.Count > 0 || current.Title.Length == 0) return false;
        if (current.Paragraphs.Count != 1 || current.Paragraphs[0].IsSubheading || current.Paragraphs[0].IsNote) return false;
        if (group.Count != 1 || group[0].Kind != LineKind.Heading || group[0].Folded.Trim().Length < 10) return false;
        if (after >= _lines.Count || _lines[after].Kind != LineKind.Body || !TextNormalizer.EndsSentence(_lines[after].Folded)) return false;
        return after + 1 >= _lines.Count || IsHeadingKind(_lines[after + 1].Kind);
    }

    /// <summary>One headline line over a web page's dated source line (发布时间:2019/09/16 新闻 浏览:904), not a channel's
    /// name nor an issuer (…管理委员会 over the date a notice ends with): the page's article starts here, whatever the page
    /// printed above it (a portal's teasers).</summary>
    private static bool IsWebHeadlineOverSource(List<PageLine> group, PageLine source) =>
        group.Count == 1 && group[0].Kind == LineKind.Heading && group[0].Folded.Trim().Length >= 8 && !LineRules.LooksLikeSectionName(group[0].Folded)
        && !LineRules.IsIssuerLine(group[0].Folded) && PageDates.Printed(source.Folded) != null;

    /// <summary>The sentence under a pull quote repeats its number.</summary>
    private static bool Explains(string pullQuote, string sentence)
    {
        var number = FirstNumber().Match(pullQuote).Value;
        return number.Length > 0 && sentence.Length <= 120 && sentence.Contains(number, StringComparison.Ordinal);
    }

    private bool IsHeadline(List<PageLine> group, bool followedByAuthors, bool afterArticleEnd)
    {
        var headings = group.Where(l => l.Kind == LineKind.Heading).ToList();
        if (headings.Count == 0) return false;
        if (headings.All(h => LineRules.IsNumberedPoint(h.Folded))) return false;
        // Only who issued it (某某管理委员会 over the date a notice ends with): a signature, not a headline.
        if (headings.All(h => LineRules.IsIssuerLine(h.Folded))) return false;
        if (followedByAuthors) return true;
        if (group.Any(l => l.Kind is LineKind.Series || l.Kind == LineKind.Section && (!l.IsColumnByShape || l.IsItemLabel || LineRules.LooksLikeSectionName(l.Folded)))) return true;
        if (group.Any(l => l.Kind == LineKind.Heading && LineRules.LooksLikeSectionName(l.Folded)) && headings.Count >= 2) return true;
        if (_tocTitles.Count > 0 && MatchesContents(headings)) return true;
        return afterArticleEnd && _tocTitles.Count == 0;
    }

    private bool MatchesContents(List<PageLine> headings)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            var one = Key(headings[i].Folded);
            if (_tocTitles.Any(t => Similar(t, one))) return true;
            if (i + 1 < headings.Count)
            {
                var two = Key(headings[i].Folded + headings[i + 1].Folded);
                if (_tocTitles.Any(t => Similar(t, two))) return true;
            }
        }
        return false;
    }

    // ---- text comparison ----------------------------------------------------------------------

    /// <summary>What two printings of a headline share: no spaces, no quotes or brackets.</summary>
    internal static string Key(string folded)
    {
        var kept = folded.Length <= 512 ? stackalloc char[folded.Length] : new char[folded.Length];
        var count = 0;
        foreach (var c in folded)
            if (!char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’' or '【' or '】' or '《' or '》')) kept[count++] = c;
        return count == folded.Length ? folded : new string(kept[..count]);
    }

    /// <summary>Same text up to a fifth of it edited (a contents entry may word its headline a little differently).</summary>
    internal static bool Similar(string a, string b)
    {
        if (!LengthsCanBeSimilar(a.Length, b.Length)) return false;
        if (a == b) return true;
        var allowed = Math.Max(a.Length, b.Length) / 5.0;
        // Most pairs asked about are different lines: the chars they do not share already need more edits than allowed.
        return EditDistance.LowerBound(a, b) <= allowed && EditDistance.Between(a, b) <= allowed;
    }

    /// <summary>Whether texts of these lengths can be <see cref="Similar"/>: asked before two lines are joined to compare.</summary>
    private static bool LengthsCanBeSimilar(int a, int b) => a > 0 && b > 0 && Math.Abs(a - b) <= Math.Max(a, b) / 5;


    [GeneratedRegex(@"^【(?<s>[^】]+)】\s*(?<t>.*)$")]
    private static partial Regex BracketedSectionAndTitle();

    [GeneratedRegex(@"^[-—–|]{1,3}$")]
    private static partial Regex DashesOnly();

    [GeneratedRegex(@"\d[\d.]*")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^[^:]{2,8}:[^:]{2,14}$")]
    private static partial Regex LabelColonValue();
}
