using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Html;

/// <summary>
/// Main-content extraction for pages of unknown layout. Boilerplate (nav, header, footer, aside,
/// scripts, and elements whose class/id say menu, share, comment …) is removed; every paragraph-like
/// element then scores its parent (fully) and grandparent (half) by its length and punctuation, the
/// way a reader's eye finds the column of running text; link-heavy containers are discounted.
/// The best-scoring container's lines are the body.
/// </summary>
internal static partial class GenericPage
{
    [GeneratedRegex(
        @"comment|footer|foot|nav|menu|sidebar|side-bar|share|breadcrumb|crumb|copyright|advert|\bad\b|banner|related|recommend|login|toolbar|social|pager|pagination|hot|rank|links",
        RegexOptions.IgnoreCase)]
    private static partial Regex Negative { get; }
    [GeneratedRegex(@"article|content|main|body|text|detail|post|entry|story|zoom|news", RegexOptions.IgnoreCase)]
    private static partial Regex Positive { get; }
    [GeneratedRegex(@"[，。、；！？,.;]")]
    private static partial Regex Sentence { get; }
    [GeneratedRegex(@"\s*(?:[_|｜–—]|\s-\s)\s*")]
    private static partial Regex TitleSeparators { get; }
    /// <summary>Lines that are page furniture wherever they stand: editor and source credits, share and print
    /// links, font-size switches, related-link headings, copyright notices, follow-us prompts.</summary>
    [GeneratedRegex(
        @"^[(（【\[]?\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|审校|校对|校對|终审|监制|值班编辑|(文章|本文|信息|新闻)?(来源|來源)|稿源|原标题|原標題|免责声明|字号|字號|字体|字體|字級|发布时间|發布時間|浏览次数|瀏覽次數|阅读次数|点击数|文章关键词)\s*[:：]"
        + @"|^(分享到|分享|打印本页|打印|关闭窗口|关闭|相关(新闻|阅读|稿件|文章|链接|报道)|相關(新聞|閱讀|文章)|延伸阅读|延伸閱讀|推荐阅读|热门推荐|我要评论|发表评论)\s*[:：]?\s*$"
        + @"|^(上一篇|下一篇|上一條|下一條|上一页|下一页)\s*[:：]?|^(\s*【[^】]{1,20}】)+\s*$|版权所有|版權所有|copyright|©",
        RegexOptions.IgnoreCase)]
    private static partial Regex Furniture { get; }
    /// <summary>Follow-us prompts: furniture only on a line that is no sentence (a report may mention 二维码).</summary>
    [GeneratedRegex(@"二维码|二維碼|公众号|公眾號|阅读原文|閱讀原文|扫码|掃碼|微信搜索|扫一扫|掃一掃")]
    private static partial Regex FollowPrompt { get; }
    /// <summary>Furniture only counts on short lines: a paragraph may begin 来源于… or quote a 编辑.</summary>
    private const int FurnitureMaxLength = 60;
    /// <summary>A report's end mark: （完）, (完), 【完】.</summary>
    [GeneratedRegex(@"\s*[(（【\[]\s*完\s*[)）】\]]\s*$")]
    private static partial Regex EndMark { get; }
    [GeneratedRegex(@"[。！？!?…”」』\.]\s*$")]
    private static partial Regex SentenceEnd { get; }
    /// <summary>Photo credits and caption openings: …摄, 受访单位供图, （资料图）, 图为….</summary>
    [GeneratedRegex(@"(摄|攝|供图|供圖|资料图片?|資料圖片?|图片来源[:：].*|圖片來源[:：].*|视觉中国|新华社发|檔案照片)\s*[)）]?\s*$|^图为|^圖為")]
    private static partial Regex PhotoCredit { get; }
    [GeneratedRegex(@"(^|[\s_-])center($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex CentreClass { get; }
    [GeneratedRegex(@"caption|descr|pic_?note|img_?note|pictext|pic_?txt|photo_?text|tuzhu|imgtext", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionHint { get; }
    /// <summary>A labelled publication time: 发布时间：2024-01-22, 发表于 2023年3月1日, 日期：….</summary>
    [GeneratedRegex(@"(发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|发表于|發表於|更新时间|时间|時間|日期|Published)\s*[:：]?\s*(?<date>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledDate { get; }
    [GeneratedRegex(@"((?:19|20)\d{2})\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")]
    private static partial Regex SpacedDate { get; }
    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<date>[^""]+)""")]
    private static partial Regex JsonLdDate { get; }
    /// <summary>A provincial paper's dated dateline (湖南日报12月27日讯（记者甲 通讯员乙）), which the page-text
    /// dateline reader (dateless 讯, dated 电) does not cover; the date stays in the body like an agency's.</summary>
    [GeneratedRegex(@"^\s*[\p{IsCJKUnifiedIdeographs}]{2,8}(\d{1,2}月)?\d{1,2}日讯\s*[(（](?<who>[^()（）]{2,40})[)）]")]
    private static partial Regex DatedNewsDateline { get; }
    /// <summary>A reporter's lead-in after the outlet tag, as Hong Kong and Taiwan papers print it:
    /// 【大公报讯】记者黄山报道：…, 记者王小明／台北报导：… (matched on folded text).</summary>
    [GeneratedRegex(
        @"^(?<tag>\s*[【\[(]\s*[\p{IsCJKUnifiedIdeographs}]{2,10}[】\])]\s*)?(?<role>本报记者|记者|特派记者|通讯员)\s*(?<who>[\p{IsCJKUnifiedIdeographs}、 ]{2,16}?)\s*(/\s*[\p{IsCJKUnifiedIdeographs}]{2,6})?(报道|报导)\s*[:：]\s*")]
    private static partial Regex ReportedBy { get; }
    [GeneratedRegex(@"(?:^|\s)(作者|記者|记者)\s*[:：]\s*(?<who>[\p{IsCJKUnifiedIdeographs}]{2,4}(?:[ 、][\p{IsCJKUnifiedIdeographs}]{2,4})*)")]
    private static partial Regex LabelledAuthor { get; }

    private static readonly string[] Removed = { "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "template", "svg", "select", "button" };

    public static ParsedHtmlArticle Read(IDocument document, string source, string? url)
    {
        // Title, date and page label first: they often live in the header we are about to remove.
        var title = FindTitle(document);
        var published = FindDate(document) ?? HtmlArticleParser.DateFromUrl(url) ?? DateUnderHeadline(document);
        var label = document.Body?.QuerySelectorAll("*").Where(e => e.Children.Length == 0)
            .Select(e => ArticlePageHeader.ParsePageLabel(e.TextContent)).FirstOrDefault(l => l != null);
        var authors = new List<Author>();
        var bylineElement = document.QuerySelector("[class*=author], [class*=byline], [id*=author]");
        if (bylineElement != null) authors = BylineParser.Parse(bylineElement.TextContent);
        if (authors.Count == 0) authors = LabelledAuthors(document);

        foreach (var e in document.QuerySelectorAll(string.Join(",", Removed)).ToList()) e.Remove();
        foreach (var e in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (e.LocalName is "body" or "html" or "article" or "main") continue;
            var hint = (e.ClassName ?? "") + " " + e.Id;
            if (Negative.IsMatch(hint) && !Positive.IsMatch(hint)) e.Remove();
        }

        var best = BestContainer(document);
        // Captions may sit beside the text column (a lead picture above it), so look for them in the
        // block that holds both the headline and the text.
        var scope = best == null ? null : ArticleScope(document, best);
        var captionElements = scope == null ? new List<IElement>() : CaptionElements(scope);
        var captions = captionElements.Select(e => HtmlText.Clean(string.Join(" ", HtmlText.Lines(e))))
            .Where(c => c.Length > 0 && !IsFurniture(c)).Distinct().ToList();
        var skipped = captionElements.ToHashSet();
        var lines = best != null ? HtmlText.Lines(best, e => skipped.Contains(e) || IsLinkCluster(e)) : new List<string>();
        lines = lines.Where(l => !IsFurniture(l) && l != title && !captions.Contains(l)).ToList();
        var closing = new List<Author>();
        TrimTail(lines, closing);

        // A byline at the top of the text ("本报记者 张三", "每经记者 张三") is the authors, not the body.
        for (var i = 0; i < Math.Min(3, lines.Count); i++)
        {
            if (!IsBylineLine(lines[i], out var found)) continue;
            if (authors.Count == 0) authors = found;
            lines.RemoveAt(i);
            break;
        }
        if (lines.Count > 0 && ReportedBy.Match(TextNormalizer.Fold(lines[0])) is { Success: true } reported
            && BylineParser.Parse(reported.Groups["role"].Value + " " + lines[0].Substring(reported.Groups["who"].Index, reported.Groups["who"].Length)) is { Count: > 0 } leadIn)
        {
            authors = leadIn.Concat(authors.Where(a => leadIn.All(r => r.Name != a.Name))).ToList();
            var tag = reported.Groups["tag"];
            lines[0] = lines[0].Substring(tag.Index, tag.Length) + lines[0][reported.Length..];
        }
        // A dateline opening the text (科技日报讯（记者甲 通讯员乙）) names the reporters with their roles:
        // it is the fuller list when the page's author box gives only a name.
        if (lines.Count > 0 && Bylines.TryParseDateline(lines[0], TextNormalizer.Fold(lines[0]), out var dateline, out _) && dateline.Count > 0)
            authors = dateline.Concat(authors.Where(a => dateline.All(d => d.Name != a.Name))).ToList();
        else if (lines.Count > 0 && DatedNewsDateline.Match(lines[0]) is { Success: true } dated
                 && BylineParser.Parse(dated.Groups["who"].Value) is { Count: > 0 } reporters && reporters.All(r => r.Role.Length > 0))
            authors = reporters.Concat(authors.Where(a => reporters.All(d => d.Name != a.Name))).ToList();

        authors.AddRange(closing.Where(c => authors.All(a => a.Name != c.Name)));

        var doc = new SourceDocument
        {
            Source = source,
            Url = url,
            Kind = DocumentKind.Article,
            Title = title,
            Authors = authors,
            Page = label?.Name,
            PageNumber = label?.Number,
            Published = published,
            Captions = captions,
            Text = string.Join("\n", lines),
        };
        return new ParsedHtmlArticle(doc, HtmlArticleParser.ImagesOf(best, captionElements, url), HtmlArticleParser.GenericTemplate);
    }

    /// <summary>Furniture lines: the page-text furniture lists (crumbs, widgets, image file names, prompts — not the
    /// summary, which is text) and the patterns above.</summary>
    private static bool IsFurniture(string line) =>
        line.Length <= FurnitureMaxLength && (Furniture.IsMatch(line) || (FollowPrompt.IsMatch(line) && !line.Contains('。')))
        || PageFurniture.Default.Classify(TextNormalizer.Fold(line)) is FurnitureKind.Crumb or FurnitureKind.Widget or FurnitureKind.Image or FurnitureKind.Prompt;

    /// <summary>Drops the report's end mark and the short lines without a sentence end that trail the text
    /// (a source line, "点击阅读原文", an account's slogan, a closing byline); a real last paragraph ends a
    /// sentence.</summary>
    private static void TrimTail(List<string> lines, List<Author> authors)
    {
        while (lines.Count > 0)
        {
            var last = EndMark.Replace(lines[^1], "");
            if (last.Length == 0 || (last.Length < 40 && !SentenceEnd.IsMatch(last)))
            {
                // A closing byline, （本报记者 甲）, names the reporters before it goes.
                if (IsBylineLine(last.Trim().TrimStart('(', '（', '【', '[').TrimEnd(')', '）', '】', ']'), out var found))
                    authors.AddRange(found.Where(f => authors.All(a => a.Name != f.Name)));
                lines.RemoveAt(lines.Count - 1);
                continue;
            }
            lines[^1] = last;
            break;
        }
    }

    /// <summary>A short line with no sentence punctuation whose words are roles and names.</summary>
    private static bool IsBylineLine(string line, out List<Author> authors)
    {
        authors = new List<Author>();
        if (line.Length > 40 || line.IndexOfAny(new[] { '。', '，', '；', '！', '？' }) >= 0) return false;
        if (Bylines.TryParseBylineLine(line, TextNormalizer.Fold(line), out authors) && authors.Count > 0) return true;
        if (Bylines.TryParseMarkedByline(line, TextNormalizer.Fold(line), out authors)) return true;
        authors = BylineParser.Parse(line);
        return authors.Count > 0 && authors.All(a => a.Role.Length > 0);
    }

    private static List<Author> LabelledAuthors(IDocument document)
    {
        foreach (var e in document.QuerySelectorAll("span, td, div, p, em, li"))
        {
            if (e.Children.Length > 3) continue;
            var text = HtmlText.Clean(e.TextContent);
            if (text.Length > 120) continue;
            var m = LabelledAuthor.Match(text);
            if (m.Success)
                return BylineParser.Parse(m.Groups["who"].Value)
                    .Select(a => new Author { Name = a.Name, Role = a.Role.Length > 0 ? a.Role : TextNormalizer.Fold(m.Groups[1].Value) }).ToList();
        }
        return new List<Author>();
    }

    /// <summary>The smallest ancestor of the text block that also holds the page's headline.</summary>
    private static IElement ArticleScope(IDocument document, IElement best)
    {
        var headline = document.QuerySelector("h1");
        if (headline == null) return best;
        for (var e = best; e != null && e.LocalName != "body"; e = e.ParentElement)
            if (e.Contains(headline)) return e;
        return best;
    }

    /// <summary>Caption blocks: a figcaption or an element named as a caption, or a short block right after
    /// a picture that reads like a caption (a photo credit, 图为…, or centred under it).</summary>
    private static List<IElement> CaptionElements(IElement scope)
    {
        var found = new List<IElement>();
        foreach (var e in scope.QuerySelectorAll("*"))
        {
            if (found.Any(f => f.Contains(e))) continue;
            var text = HtmlText.Clean(e.TextContent);
            if (text.Length == 0 || text.Length > 150) continue;
            var hint = (e.ClassName ?? "") + " " + e.Id;
            if (e.QuerySelector("img") != null)
            {
                // A picture and its caption in one block (<p><img><br>车间一角。（资料图）</p>).
                if (e.LocalName is "p" or "figure" or "div" or "td" && e.QuerySelector("p, div, table, ul") == null
                    && (PhotoCredit.IsMatch(text) || IsCentred(e) || CaptionHint.IsMatch(hint)))
                    found.Add(e);
                continue;
            }
            if (e.LocalName == "figcaption" || CaptionHint.IsMatch(hint)) found.Add(e);
            else if (FollowsPicture(e) && (PhotoCredit.IsMatch(text) || IsCentred(e) || e.LocalName is "span" or "font" or "em" or "small"))
                found.Add(e);
        }
        return found;
    }

    private static bool FollowsPicture(IElement e)
    {
        var previous = e.PreviousElementSibling;
        if (previous == null) return false;
        if (previous.LocalName == "img") return true;
        return previous.QuerySelector("img") != null && HtmlText.Clean(previous.TextContent).Length == 0;
    }

    private static bool IsCentred(IElement e) =>
        (e.GetAttribute("style") ?? "").Replace(" ", "").Contains("text-align:center", StringComparison.OrdinalIgnoreCase)
        || CentreClass.IsMatch(e.ClassName ?? "")
        || string.Equals(e.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase);

    private static IElement? BestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var e in document.QuerySelectorAll("p, td, pre, div, section, article, li"))
        {
            // Paragraph-like: a <p>, or a leaf-ish block holding its own text.
            if (e.LocalName != "p" && e.QuerySelector("p, div, td, table, section, article, ul") != null) continue;
            var paragraphs = e.LocalName == "p" ? new List<string> { HtmlText.Clean(e.TextContent) } : HtmlText.Lines(e);
            var running = paragraphs.Where(t => t.Length >= 20).ToList();
            if (running.Count == 0) continue;
            var score = running.Sum(text => 1 + Sentence.Matches(text).Count + Math.Min(text.Length / 80.0, 4));
            // A block whose text is several <br>-separated paragraphs is itself the text column; a block of
            // one paragraph counts for its parent, like a <p>.
            if (running.Count >= 2)
            {
                scores[e] = scores.GetValueOrDefault(e) + score;
                if (e.ParentElement is { } up) scores[up] = scores.GetValueOrDefault(up) + score / 2;
                continue;
            }
            // Parent fully, grandparent half, great-grandparent a third: paragraphs wrapped one by one in
            // their own boxes (section > section > p, as editors for WeChat write) still add up in the column.
            var level = 1;
            for (var up = e.ParentElement; up != null && level <= 3; up = up.ParentElement, level++)
                scores[up] = scores.GetValueOrDefault(up) + score / level;
        }
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, raw) in scores)
        {
            var hint = (element.ClassName ?? "") + " " + element.Id;
            var score = raw * (1 - LinkDensity(element));
            if (Positive.IsMatch(hint)) score *= 1.25;
            if (Negative.IsMatch(hint)) score *= 0.5;
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        return best ?? document.Body;
    }

    private static double LinkDensity(IElement e)
    {
        var total = HtmlText.Clean(e.TextContent).Length;
        if (total == 0) return 1;
        var linked = e.QuerySelectorAll("a").Sum(a => HtmlText.Clean(a.TextContent).Length);
        return Math.Min(1, (double)linked / total);
    }

    private static bool IsLinkCluster(IElement e) =>
        e.LocalName is "ul" or "ol" or "div" or "table" or "p" && HtmlText.Clean(e.TextContent).Length < 300 && e.QuerySelector("a") != null && LinkDensity(e) > 0.5;

    private static string? FindTitle(IDocument document)
    {
        var furniture = PageFurniture.Default;
        // The site's name the title strings after the headline (标题-中国某某网) is no headline, nor an h1 holding it alone (a logo).
        var h1s = document.QuerySelectorAll("h1").Select(HtmlText.WebHeadline).Where(t => t.Length >= 4 && !furniture.IsSiteName(t)).ToList();
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") is { } o ? furniture.WithoutSiteName(HtmlText.Clean(o)) : "";
        var pageTitle = furniture.WithoutSiteName(HtmlText.Clean(document.Title));
        bool Named(string h) => pageTitle.Contains(h, StringComparison.Ordinal) || og.Contains(h, StringComparison.Ordinal);
        // The h1 the <title> or og:title repeats is the headline; a lone h1 holding the site's name (a logo)
        // loses to a heading or title-named element that repeats more of them.
        // Of those the titles repeat, the longest: the site's name is repeated too.
        var headings = document.QuerySelectorAll("h2, h3, [class*=title], [id*=title]")
            .Where(e => e.LocalName != "title" && e.QuerySelector("h1, h2, div, p, ul, li") == null)
            .Select(HtmlText.WebHeadline).Where(t => t.Length >= 6);
        if (h1s.FirstOrDefault(h => h.Length >= 8 && Named(h)) is { } headline) return headline;
        var named = h1s.Concat(headings).Where(Named).OrderByDescending(t => t.Length).FirstOrDefault();
        if (named != null) return named;
        if (h1s.Count >= 1) return h1s[0];
        if (og.Length > 0) return og;
        var h2 = document.QuerySelector("h2");
        if (pageTitle.Length == 0) return h2 != null ? HtmlText.WebHeadline(h2) : null;
        // "标题 - 栏目 - 网站": the longest segment is the headline.
        return TitleSeparators.Split(pageTitle).OrderByDescending(s => s.Length).First();
    }

    private static string? FindDate(IDocument document)
    {
        string[] metas =
        {
            "meta[property='article:published_time']", "meta[name='publishdate']", "meta[name='PubDate']", "meta[name='pubdate']",
            "meta[name='publish_date']", "meta[itemprop='datePublished']", "meta[name='date']", "meta[name='dc.date']",
        };
        foreach (var selector in metas)
            if (ArticlePageHeader.FindDate(document.QuerySelector(selector)?.GetAttribute("content")) is { } d) return d;
        if (ArticlePageHeader.FindDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")) is { } t) return t;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            if (JsonLdDate.Match(script.TextContent) is { Success: true } j && ArticlePageHeader.FindDate(j.Groups["date"].Value) is { } ld) return ld;
        // A date line near the headline: labelled (发布时间：…), or in an element named for dates.
        foreach (var e in document.Body?.QuerySelectorAll("*").Where(e => e.Children.Length <= 8) ?? Enumerable.Empty<IElement>())
        {
            var text = HtmlText.Clean(e.TextContent);
            if (text.Length <= 200 && LabelledDate.Match(text) is { Success: true } m && ArticlePageHeader.FindDate(m.Groups["date"].Value) is { } labelled) return labelled;
        }
        foreach (var e in document.QuerySelectorAll("[class*=date], [class*=time], [id*=date], [id*=time], [class*=info], [class*=source]"))
            if (DateIn(e.TextContent) is { } d) return d;
        return null;
    }

    /// <summary>The first date printed in a short element just after the headline, where article pages
    /// put their date line whatever they call it.</summary>
    private static string? DateUnderHeadline(IDocument document)
    {
        var headline = document.QuerySelector("h1");
        if (headline == null) return null;
        var seen = 0;
        var after = false;
        foreach (var e in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            if (e == headline) after = true;
            if (!after || e.Children.Length > 0 || headline.Contains(e)) continue;
            if (++seen > 40) break;
            var text = HtmlText.Clean(e.TextContent);
            if (text.Length <= 60 && DateIn(text) is { } d) return d;
        }
        return null;
    }

    /// <summary>A date as page headers print it, including one spread over spans (2023 03/18).</summary>
    private static string? DateIn(string text)
    {
        text = HtmlText.Clean(text);
        if (ArticlePageHeader.FindDate(text) is { } d) return d;
        var m = SpacedDate.Match(text);
        return m.Success ? ArticlePageHeader.FindDate($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}") : null;
    }
}
