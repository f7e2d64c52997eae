using Pipeline.Extract.Text;
using System.Globalization;
using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Pages;

/// <summary>A linear scorer of a page's headline candidates (<see cref="HeadlineCandidates"/>): a conditional logit whose
/// weights are learnt from the development sets' gold titles by <c>tools/headline-model</c> and shipped as
/// <c>Resources/headline-model.txt</c> (one <c>feature weight</c> line per feature).</summary>
internal sealed class HeadlineModel
{
    private const string ResourceName = "headline-model.txt";
    private static readonly Lazy<HeadlineModel> LazyDefault = new(() =>
    {
        using var reader = ResourceFile.Open(ResourceName);
        return Parse(ResourceName, reader);
    });

    public HeadlineModel(double[] weights)
    {
        if (weights.Length != HeadlineCandidates.FeatureNames.Length)
            throw new ArgumentException($"{weights.Length} weights for {HeadlineCandidates.FeatureNames.Length} features");
        Weights = weights;
    }

    public static HeadlineModel Default => LazyDefault.Value;

    public double[] Weights { get; }

    public double Score(HeadlineCandidate candidate)
    {
        var s = 0.0;
        for (var i = 0; i < Weights.Length; i++) s += Weights[i] * candidate.Features[i];
        return s;
    }

    /// <summary>The candidates best first (ties keep page order).</summary>
    public List<(HeadlineCandidate Candidate, double Score)> Rank(IEnumerable<HeadlineCandidate> candidates) =>
        candidates.Select(c => (c, Score(c))).OrderByDescending(p => p.Item2).ToList();

    /// <summary>The rules keep their title when this model ranks it among its first this many candidates: chosen on
    /// leave-one-set-out (256 of 269 development titles, against 254 for the rules and 249 for the model alone) before the
    /// fresh sample was scored (docs/extraction.md). PageSplitter asks it for a saved web page's one headline, and
    /// <see cref="MayOverride"/> keeps the rules' title where one of their own line classes claims the model's line.</summary>
    public const int RulesKeptWithin = 3;

    /// <summary>... and scores it within this much of its best.</summary>
    public const double RulesKeptMargin = 1.5;

    /// <summary>When the rules find no headline, the model's best line is taken only when it scores at least this: a page that
    /// prints no headline (a photo's caption page, a report opening with 本报讯) has lines that merely rank first — a photo
    /// credit (`海南日报全媒体记者 陈元才 摄`), a bracketed byline, a teaser. Set between the development pages' lowest right best
    /// line (-0.22) and their highest best line on a page printing no headline (-0.73; `tools/headline-model -- untitled`).</summary>
    public const double UntitledBelow = -0.5;

    /// <summary>The title a candidate gives: the rules' own (cleaned) title when it is theirs, else the line's.</summary>
    public static string TitleOf(HeadlineCandidate candidate, string rulesTitle) =>
        candidate.Line < 0 || candidate.Features[RulesFeature] > 0 ? rulesTitle : HeadlineCandidates.Title(candidate);

    private static readonly int RulesFeature = Array.IndexOf(HeadlineCandidates.FeatureNames, "rules");

    /// <summary>The title of a saved page whose rules chose <paramref name="rulesTitle"/>: theirs when this model ranks it
    /// among its first <paramref name="rulesKeptWithin"/> candidates, else the model's best; null when that is the rules'.</summary>
    public string? Choose(IReadOnlyList<string> lines, string rulesTitle, int rulesKeptWithin = RulesKeptWithin) =>
        Choose(HeadlineCandidates.From(lines, rulesTitle), rulesTitle, rulesKeptWithin);

    public string? Choose(List<HeadlineCandidate> candidates, string rulesTitle, int rulesKeptWithin = RulesKeptWithin,
        double rulesKeptMargin = RulesKeptMargin)
    {
        if (candidates.Count == 0) return null;
        var ranked = Rank(candidates);
        if (rulesTitle.Length == 0 && ranked[0].Score < UntitledBelow) return null;
        var rulesAt = rulesTitle.Length == 0 ? -1 : ranked.FindIndex(p => TitleOf(p.Candidate, rulesTitle) == rulesTitle);
        if (rulesAt >= 0 && rulesAt < rulesKeptWithin && ranked[0].Score - ranked[rulesAt].Score < rulesKeptMargin
            && !IsSectionName(rulesTitle)) return null;
        var best = TitleOf(ranked[0].Candidate, rulesTitle);
        var rulesLine = rulesAt >= 0 ? ranked[rulesAt].Candidate.Line : -1;
        // 构建创新创业平台 加快产业集聚升级 / 构建创新创业平台 / 加快产业集聚升级: the page's title bar prints whole the two
        // lines the rules read as a kicker over their headline, so the two are one headline.
        if (TitleBarJoins(candidates, ranked[0].Candidate, rulesLine)) return best;
        // A line right above or below the rules' headline is its kicker or deck, which the rules have read already.
        if (rulesLine >= 0 && ranked[0].Candidate.Line >= 0 && Math.Abs(ranked[0].Candidate.Line - rulesLine) == 1) return null;
        // A line after the text has begun below the rules' headline (a speaker's caption, a crosshead) is the article's, not
        // its headline; a label with its colon over notes (温馨提示:) is no headline the text follows.
        if (rulesTitle.Length > 0 && !rulesTitle.TrimEnd().EndsWith(':') && !rulesTitle.TrimEnd().EndsWith('：')
            && (ranked[0].Candidate.Features[AfterParagraphFeature] > 0
                || rulesAt >= 0 && ranked[0].Candidate.SentencesBefore > ranked[rulesAt].Candidate.SentencesBefore)) return null;
        return best == rulesTitle || !MayOverride(best, rulesTitle, ranked[0].Candidate.Features[LabelCutFeature] > 0) ? null : best;
    }

    /// <summary>The model's line stands above the rules' headline and says what that line and the one over it say joined
    /// (a page's title bar over the headline it prints again on two lines).</summary>
    private static bool TitleBarJoins(List<HeadlineCandidate> candidates, HeadlineCandidate best, int rulesLine)
    {
        if (rulesLine < 1 || best.Line < 0 || best.Joined || best.Line >= rulesLine - 1) return false;
        var key = PageSplitter.Key(TextNormalizer.Fold(best.Text));
        return candidates.Any(c => c.Joined && c.Line == rulesLine - 1 && PageSplitter.Similar(PageSplitter.Key(TextNormalizer.Fold(c.Text)), key));
    }

    /// <summary>The rules' title is a section's or channel's name (公司新闻 over 发布日期: … and the headline): kept only when
    /// the model ranks it first, since a headline says more than a column's name.</summary>
    private static bool IsSectionName(string title)
    {
        var f = TextNormalizer.Fold(title.Trim());
        return LineRules.LooksLikeSectionName(f) || LineRules.IsShortColumnName(f);
    }

    private static readonly int LabelCutFeature = Array.IndexOf(HeadlineCandidates.FeatureNames, "label_cut");
    private static readonly int AfterParagraphFeature = Array.IndexOf(HeadlineCandidates.FeatureNames, "after_paragraph");

    /// <summary>The model overrides the rules only with another line that none of the rules' own line classes claims:
    /// not a part or an extension of their title (a kicker, a glued channel name or a headline's second half the rules
    /// joined), not a sentence of the text, a byline, a bullet or a question the page asks before its text. A line whose
    /// site's, channel's or feed's label the candidates cut off (<paramref name="labelCut"/>) may replace the rules' title
    /// that kept the label glued before it (四川日报:… → …).</summary>
    private static bool MayOverride(string chosen, string rulesTitle, bool labelCut)
    {
        var line = TextNormalizer.Fold(chosen.Trim());
        var rules = TextNormalizer.Fold(rulesTitle.Trim());
        if (line.Length == 0) return false;
        var unlabelled = labelCut && rules.EndsWith(line, StringComparison.Ordinal);
        if (rules.Length > 0 && !unlabelled && (rules.Contains(line, StringComparison.Ordinal) || line.Contains(rules, StringComparison.Ordinal))) return false;
        if ("。，；：.,;:".Contains(line[^1]) || line.IndexOf('。') >= 0) return false;
        if (rules.Length == 0 && line[^1] is '?' or '？') return false;
        if ("●■◆▲•·★☆▶►".Contains(line[0])) return false;
        if (Bylines.TryParseBylineLine(chosen, line, out _) || Bylines.TryParseMarkedByline(chosen, line, out _)
            || Bylines.IsPhotoCredit(chosen.Trim(), line)) return false;
        return true;
    }

    /// <summary>Reads <c>feature weight</c> lines; every feature must be given once, and no other.</summary>
    public static HeadlineModel Parse(string name, TextReader reader)
    {
        var weights = new double?[HeadlineCandidates.FeatureNames.Length];
        foreach (var (number, line) in ResourceFile.Lines(reader))
        {
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var at = cells.Length == 2 ? Array.IndexOf(HeadlineCandidates.FeatureNames, cells[0]) : -1;
            if (at < 0 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || weights[at] != null)
                throw new InvalidDataException($"{name}:{number}: expected one 'feature weight' line per known feature: {line}");
            weights[at] = w;
        }
        var missing = HeadlineCandidates.FeatureNames.Where((_, i) => weights[i] == null).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{name}: no weight for {string.Join(", ", missing)}");
        return new HeadlineModel(weights.Select(w => w!.Value).ToArray());
    }

    public string Format(string header) =>
        header + string.Concat(HeadlineCandidates.FeatureNames.Select((n, i) =>
            $"{n} {Weights[i].ToString("0.######", CultureInfo.InvariantCulture)}\n"));
}
