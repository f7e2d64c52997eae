using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Weighs what a saved page says about which of several headline candidates is its headline, with evidence that
/// holds on any site's layout: the page names it elsewhere (its saved &lt;title&gt;, the last step of its crumb), it stands
/// over the page's date-and-source line, it says a whole thing (Han characters enough for a statement), and it is none of
/// the page's furniture (a widget, prompt or crumb word, a site's or channel's name, a sentence).</summary>
internal static class HeadlineEvidence
{
    /// <summary>The page's title bar or crumb prints the candidate: the strongest sign a page gives.</summary>
    private const int NamedByPage = 4;
    /// <summary>A web page prints its one headline right over its date-and-source line.</summary>
    private const int OverSourceLine = 3;
    /// <summary>Fewer Han characters than this are a label or a button (財經, 关注), never a headline.</summary>
    private const int LabelHan = 4;

    public static int Score(ArticleDraft draft, IReadOnlyCollection<string> namedHeadlines)
    {
        var title = TextNormalizer.Fold(draft.Title).Trim();
        if (title.Length == 0) return int.MinValue;
        var score = 0;
        var key = PageSplitter.Key(title);
        if (namedHeadlines.Any(n => PageSplitter.Similar(n, key))) score += NamedByPage;
        if (draft.StandsOverSourceLine) score += OverSourceLine;
        var han = title.Count(ChineseScript.IsHan);
        score += han >= LineRules.StatementHan ? 2 : han >= LabelHan ? 0 : -3;
        var furniture = PageFurniture.Default;
        if (furniture.Classify(title) != FurnitureKind.None) score -= 4;
        if (furniture.IsSiteLabel(title) || LineRules.LooksLikeSectionName(title) || LineRules.IsShortColumnName(title)) score -= 2;
        if (title.Contains('。')) score -= 2;
        return score;
    }

    /// <summary>A title of fewer Han characters than a statement's shortest label holds (管理, 76): a button's or a counter's
    /// word that took the headline's place.</summary>
    public static bool IsLabel(string title) => TextNormalizer.Fold(title).Count(ChineseScript.IsHan) < LabelHan;

    /// <summary>A headline over no text of its own: no paragraph, caption or pull quote under it.</summary>
    public static bool IsTitleOnly(ArticleDraft draft) =>
        !draft.IsFragment && draft.Title.Length > 0 && draft.Paragraphs.Count == 0 && draft.Captions.Count == 0 && draft.PullQuotes.Count == 0;

    /// <summary>Headlines over no text, one after another before the text they stand over (a channel's name and a byline over
    /// the headline, the headline over its source line and a button or an account's name under it: 收藏本文, 某某发布 / 关注),
    /// are one article's headline lines: the best-evidenced is its headline, the others go to the page's header. Title-only
    /// headlines after the page's last article are links or prompts (分享让更多人看到), no articles. Returns what left the
    /// articles, in page order.</summary>
    public static List<string> MergeTitleOnlyRuns(List<ArticleDraft> drafts, IReadOnlyCollection<string> namedHeadlines)
    {
        var demoted = new List<string>();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (!IsTitleOnly(drafts[i])) continue;
            var end = i;
            while (end < drafts.Count && IsTitleOnly(drafts[end])) end++;
            if (end == drafts.Count)
            {
                // Nothing follows: after an article these are links; a page of headlines alone keeps its first.
                var from = i > 0 && drafts[i - 1].Paragraphs.Count > 0 ? i : i + 1;
                foreach (var d in drafts.Skip(from)) demoted.AddRange(d.HeadlineParts());
                drafts.RemoveRange(from, drafts.Count - from);
                break;
            }
            var text = drafts[end];
            // The text under the run: an article's (its headline joins the run) or a piece without a headline.
            var run = drafts.GetRange(i, end - i + (text.IsFragment && text.Title.Length == 0 ? 0 : 1));
            var best = run[0];
            var bestScore = Score(best, namedHeadlines);
            foreach (var candidate in run.Skip(1))
                if (Score(candidate, namedHeadlines) is var s && s > bestScore) (best, bestScore) = (candidate, s);
            foreach (var d in run.Where(d => d != best)) demoted.AddRange(d.HeadlineParts());
            foreach (var d in drafts.GetRange(i, end - i + 1).Where(d => d != best)) best.TakeContentOf(d);
            drafts.RemoveRange(i, end - i + 1);
            drafts.Insert(i, best);
        }
        return demoted;
    }
}
