using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// Figures as facts: for every figure the earlier stages found, who it is about (subject), what it measures
/// (metric and indicator), when (period), whether it is a level, a change (and of what) or a share (of what),
/// and whether it is a target. Reads the spans the earlier stages annotated (words, zones, enterprises, dates,
/// figures) and the vocabularies of src/Extract/Resources; finds nothing new in the text itself.
/// </summary>
public sealed class AttributionStage : IStage
{
    private readonly AttributionVocabulary _vocabulary;
    private readonly ChangeReader _changes;
    private readonly PeriodReader _periods;
    private readonly SubjectReader _subjects;
    private readonly TargetReader _targets;

    public AttributionStage() : this(AttributionVocabulary.Default, ZoneGazetteer.Default) { }

    internal AttributionStage(AttributionVocabulary vocabulary, ZoneGazetteer gazetteer)
    {
        _vocabulary = vocabulary;
        _changes = new ChangeReader(vocabulary);
        _periods = new PeriodReader(vocabulary);
        _subjects = new SubjectReader(vocabulary, gazetteer);
        _targets = new TargetReader(vocabulary);
    }

    public string Name => "attribution";

    public void Annotate(ArticleDocument document)
    {
        var figures = document.Get(Labels.Figure).Where(a => a.Value is FigureEntity).OrderBy(a => a.Start).ToList();
        if (figures.Count == 0) return;
        var text = ArticleText.Create(document);
        var times = _periods.Times(text, document);
        var figureStarts = figures.Select(a => text.FromSource(a.Start)).ToHashSet();
        var figureEnds = figures.Select(a => text.FromSourceEnd(a.End)).ToHashSet();
        var mentions = _subjects.Mentions(text, document, figureStarts, figureEnds, at => times.Any(t => t.Start <= at && at < t.End));
        // 是2012年的2.35倍: only a multiple or a percentage can be a figure compared with the date before it
        // (从2019年的300家增加到2021年的500家 gives each count its own year).
        var relativeStarts = figures.Where(a => a.Value is FigureEntity f && (f.Unit == "%" || _vocabulary.MultipleUnits.Contains(f.Unit)))
            .Select(a => text.FromSource(a.Start)).ToHashSet();
        var zones = mentions.Where(m => m.Subject?.Kind == SubjectKinds.Zone).ToList();
        var spans = figures.Select(a => (Start: text.FromSource(a.Start), End: text.FromSourceEnd(a.End))).ToList();
        var starts = spans.Select(s => s.Start).ToList();
        var earlier = new List<FigureFacts>();
        bool CompanyEndsWithin(int from, int to) => mentions.Any(m => m.Subject?.Kind == SubjectKinds.Enterprise && m.End >= from && m.End <= to);
        foreach (var annotation in figures)
        {
            var figure = (FigureEntity)annotation.Value!;
            var start = text.FromSource(annotation.Start);
            var end = text.FromSourceEnd(annotation.End);
            var (sentenceStart, _) = text.SentenceAround(start, end);
            var facts = new FigureFacts(figure) { ViewStart = start, ViewEnd = end, SentenceStart = sentenceStart };
            ReadWhat(text, facts, earlier, times, spans, CompanyEndsWithin);

            var time = PeriodReader.NoteAfter(times, end) ?? _periods.Respective(text, times, spans, earlier.Count, sentenceStart) ?? PeriodReader.PeriodOf(text, times, start, sentenceStart, relativeStarts);
            time = _periods.StartOfChange(text, times, time, start) ?? _periods.EndOfRange(text, time, start) ?? _periods.StockAtWindowEnd(text, time, start, end)
                   ?? _periods.AnnualOf(text, time, start) ?? time;
            if (time != null) facts.Period = new FigurePeriod { Value = time.Value, ValueEnd = time.ValueEnd };
            facts.Target = facts.Plan != null || _targets.IsTarget(text, sentenceStart, start, time, document.Published);

            var subject = _subjects.SubjectOf(text, mentions, sentenceStart, start, end, facts.MetricStart, starts);
            facts.Subject = subject?.Subject;
            facts.SubjectIsPrimaryZone = subject?.PrimaryZone == true;
            facts.SubjectZone = subject?.ZoneName;
            facts.ZoneWord = subject?.ZoneWord;
            facts.SentenceZone = zones.LastOrDefault(z => z.Start >= sentenceStart && z.End <= start)?.ZoneName;

            document.Add(new Annotation(Labels.Fact, annotation.Start, annotation.End, annotation.Text, facts));
            earlier.Add(facts);
        }
    }

    /// <summary>Metric, indicator, change and share: what the figure measures and how.</summary>
    /// <param name="earlier">The facts of the article's figures before this one, in order.</param>
    /// <param name="spans">The view spans of all the article's figures, in order.</param>
    /// <param name="companyEndsWithin">Whether a company the article names ends within a view span.</param>
    private void ReadWhat(ArticleText text, FigureFacts facts, IReadOnlyList<FigureFacts> earlier, IReadOnlyList<TimeMention> times,
        IReadOnlyList<(int Start, int End)> spans, Func<int, int, bool> companyEndsWithin)
    {
        var figure = facts.Figure;
        var previous = earlier.Count > 0 && earlier[^1].SentenceStart == facts.SentenceStart ? earlier[^1] : null;
        bool InTime(int at) => times.Any(t => t.Start <= at && at < t.End);
        bool TimeWord(ViewWord w) => InTime(w.Start);
        var clauseStart = text.ClauseStart(facts.ViewStart, facts.SentenceStart, InTime);
        var clause = text.Text[clauseStart..facts.ViewStart];
        (facts.Change, facts.ChangeKind) = _changes.Read(clause, figure);

        // 分别提高到49.7%、52.5%, 分别增长3.8%和8%: a figure listed right after another shares its metric, share and
        // change (a change after 分别 takes the level in its place).
        if (previous != null && ListedAfter(text, clauseStart, clause, previous))
        {
            var level = previous.Change ? ChangedLevel(text, facts, earlier) ?? previous : previous;
            facts.Metric = level.Metric;
            facts.MetricView = level.MetricView;
            facts.ShareOf = previous.ShareOf;
            (facts.SharePart, facts.SharePartView) = (previous.SharePart, previous.SharePartView);
            facts.Change = previous.Change;
            facts.ChangeKind = previous.Change ? _changes.KindOf(figure) : null;
        }
        // 占全市66%、全省41%: a share after 、 whose clause names only another whole is the same part's share of that whole.
        else if (previous is { SharePart: not null, ShareOf: { } listedWhole, Metric: { } shareMetric, MetricView: { } shareView }
                 && WholeListedAfter(text, clauseStart, facts.ViewStart, previous) is { } whole
                 && shareMetric.EndsWith(listedWhole + ShareNoun, StringComparison.Ordinal) && shareView.Length == shareMetric.Length)
        {
            var (printed, view) = (text.View.Original(whole.Start, whole.End), text.Text[whole.Start..whole.End]);
            var kept = shareMetric.Length - listedWhole.Length - ShareNoun.Length;
            (facts.SharePart, facts.SharePartView, facts.ShareOf) = (previous.SharePart, previous.SharePartView, printed);
            (facts.Metric, facts.MetricView) = (shareMetric[..kept] + printed + ShareNoun, shareView[..kept] + view + ShareNoun);
        }
        else if (ShareAt(text, clauseStart, facts.ViewStart, times) is { } share)
        {
            var part = MetricFinder.Find(text.Words, clauseStart, share.Verb, TimeWord);
            // 园区生产总值(GDP)占全国比重: a bracket glossing the part ends the clause before the share.
            if (part == null && GlossBefore(text.Text, clauseStart, facts.SentenceStart) is { } glossed)
                part = MetricFinder.Find(text.Words, text.ClauseStart(glossed, facts.SentenceStart, InTime), glossed, TimeWord);
            // 占本项目51%的物业产权: a share whose clause names no part is the share of the noun phrase it describes.
            part ??= DescribedNoun(text, facts);
            // The share before it in the sentence lends its part, or a level its metric; a share that named no part lends
            // nothing (占本项目51%…,占本项目49% is no part of 占本项目比重).
            var (partText, partView) = part is { } p ? (text.View.Original(p.Start, p.End), text.Text[p.Start..p.End])
                : previous == null ? (null, null)
                : previous.SharePart != null ? (previous.SharePart, previous.SharePartView)
                : previous.ShareOf == null ? (previous.Metric, previous.MetricView) : (null, null);
            // 工业产值占全市比重27.4%: the metric names the part and the whole it is a share of (工业产值占全市比重), as
            // the article says it; share_of keeps the whole alone. 企业占比达70%: one character left (比) is part of the
            // word 占比 and names no whole.
            var named = share.WholeEnd - share.WholeStart >= MinWholeLength;
            if (partText != null)
            {
                facts.SharePart = partText;
                facts.SharePartView = partView;
                facts.Metric = partText + (named ? text.View.Original(share.Verb, share.VerbEnd) + text.View.Original(share.WholeStart, share.WholeEnd) + ShareNoun : ShareWord);
                facts.MetricView = partView + (named ? text.Text[share.Verb..share.VerbEnd] + text.Text[share.WholeStart..share.WholeEnd] + ShareNoun : ShareWord);
            }
            // 中美两国占全球独角兽总数近八成: a share whose part is only who holds it is the share of the whole named.
            else if (named)
            {
                facts.Metric = text.View.Original(share.Verb, share.VerbEnd) + text.View.Original(share.WholeStart, share.WholeEnd) + ShareNoun;
                facts.MetricView = text.Text[share.Verb..share.VerbEnd] + text.Text[share.WholeStart..share.WholeEnd] + ShareNoun;
            }
            if (named) facts.ShareOf = text.View.Original(share.WholeStart, share.WholeEnd);
        }
        // 引进到位资金69.47亿元,完成年计划80亿元: an amount after a plan word that a level of its clause is completed against is
        // that plan: the level's metric and the plan (引进到位资金年计划), a target.
        else if (CompletedOfPlan(text, facts, previous))
            (facts.Metric, facts.MetricView) = (previous!.Plan + CompletionRate, previous.PlanView + CompletionRate);
        else if (PlanOfLevel(text, facts, previous, clauseStart, TimeWord) is { } plan)
        {
            (facts.Plan, facts.PlanView) = (text.View.Original(plan.Start, plan.End), text.Text[plan.Start..plan.End]);
            (facts.Metric, facts.MetricView) = (previous!.Metric + facts.Plan, previous.MetricView + facts.PlanView);
        }
        else if (figure.Kind == FigureKinds.Count && !facts.Change && CountOverThreshold(text, facts, previous) is { } over)
        {
            facts.MetricStart = over.Start;
            facts.Metric = text.View.Original(over.Start, over.End);
            facts.MetricView = text.Text[over.Start..over.End];
        }
        else
        {
            var before = MetricFinder.Find(text.Words, clauseStart, facts.ViewStart, TimeWord);
            // 园区生产总值(GDP)达到12.33万亿元: a bracket right before a clause that names nothing glosses the metric before it.
            if (before == null && GlossBefore(text.Text, clauseStart, facts.SentenceStart) is { } gloss)
                before = MetricFinder.Find(text.Words, text.ClauseStart(gloss, facts.SentenceStart, InTime), gloss, TimeWord);
            // 京东集团以10462.36亿元的营业收入: a holder alone (集团, 公司) says whose an amount is, not what it measures.
            if (figure.Kind == FigureKinds.Money && before is { } bare && MetricFinder.IsBareHolder(text.Text[bare.Start..bare.End])) before = null;
            // 全球近一半独角兽(278间): a figure alone in a bracket measures the noun phrase the bracket follows.
            if (before == null && AloneInBracket(text.Text, clauseStart, facts.ViewEnd, facts.SentenceStart) is { } open)
                before = MetricFinder.Find(text.Words, text.ClauseStart(open, facts.SentenceStart, InTime), open, TimeWord);
            // 投资5000万欧元建厂: an amount right after a verb that names what is measured is what that verb measures.
            var verbMeasured = figure.Kind == FigureKinds.Money && before is { } b && b.End <= facts.ViewStart
                               && MetricFinder.EndsWithVerbMetric(text.Text[b.Start..b.End]);
            // 投资10亿以上项目2个, 新增产值超10亿元企业有6家: a threshold measures what the phrase before it names, not the
            // noun it sorts (an amount led by 超 is one; a count so led counts: 超过500家企业).
            var figureText = text.Text[facts.ViewStart..facts.ViewEnd];
            var threshold = before is { } sorted
                            && (MetricFinder.IsThreshold(figureText)
                                || figure.Kind == FigureKinds.Money && (MetricFinder.IsThresholdLead(figureText) || MetricFinder.ThresholdLeadBefore(text.Text, facts.ViewStart)))
                            && text.Text.IndexOf('的', sorted.End, facts.ViewStart - sorted.End) < 0;
            // 可为国内增加35个就业机会: a count that changes, whose clause names nothing, counts the noun right after it too.
            var readAfter = !(verbMeasured || threshold) && (!facts.Change || figure.Kind == FigureKinds.Count && before == null);
            var span = readAfter ? MetricFinder.FindAfter(text.Words, text.FirstWordFrom(facts.ViewEnd), facts.ViewEnd, figure.Kind == FigureKinds.Count) : null;
            if (span is { } counted) span = WithoutNextMeasure(text, counted);
            // 就业人数达59275人创历年新高: one character left after a count (创, of a word cut at the figure) names nothing.
            if (span is { } remnant && remnant.End - remnant.Start < 2) span = null;
            span ??= before;
            // 近3000家参与创新积分制的企业: a count whose clause names nothing counts the noun its modifier with 的 leads to.
            if (figure.Kind == FigureKinds.Count && !facts.Change && (span is not { } named || named.End - named.Start < 2))
                span = MetricFinder.FindAfterModifier(text.Words, text.FirstWordFrom(facts.ViewEnd), facts.ViewEnd) ?? span;
            // 获得了3000万的信用贷款, 组建20余人的核心团队: a level whose clause names nothing measures the noun it describes;
            // 设立规模达2亿元的资金池: so does a size whose clause names no thing (资金池规模).
            var sizeHead = span is { } sized && !facts.Change ? MetricFinder.BareSizeHead(text.Words, sized) : null;
            var described = (span == null || sizeHead != null) && !facts.Change ? DescribedNoun(text, facts) : null;
            if (sizeHead == null) span ??= described;
            // 北京新晋企业最多,为19家: a level whose clause names nothing, after a clause ending with a superlative, measures
            // what that clause ranks.
            if (span == null && !facts.Change && clauseStart > facts.SentenceStart && text.Text[clauseStart - 1] is ',' or '，'
                && MetricFinder.NamesNothing(text.Words, clauseStart, facts.ViewStart, TimeWord))
                span = MetricFinder.Ranked(text.Words, text.ClauseStart(clauseStart - 1, facts.SentenceStart, InTime), clauseStart - 1, TimeWord);
            // 竹科0.82兆元, 光电产业成长7.25%: a park or an industry before an amount or a change says whose, not what; a count
            // of parks or areas that changes counts them (综合保税区增加到了41个).
            var holderOnly = (figure.Kind == FigureKinds.Money || facts.Change)
                             && (span is { } h ? MetricFinder.IsIndustryName(text.Text[h.Start..h.End])
                                                 || MetricFinder.IsAreaName(text.Text[h.Start..h.End]) && figure.Kind != FigureKinds.Count
                                 : MetricFinder.NamesOnlyHolder(text.Words, clauseStart, facts.ViewStart, TimeWord));
            var holder = holderOnly ? span : null;
            if (holderOnly) span = null;
            // 中国以340家位居第二: a count whose clause names only whose it is counts what the counts before it counted.
            // 其中广东省占9席: so does a count of seats that names no metric, whatever verb holds them.
            var countOfHolder = span == null && figure.Kind == FigureKinds.Count
                                && (MetricFinder.NamesOnlyHolder(text.Words, clauseStart, facts.ViewStart, TimeWord)
                                    || MetricFinder.IsSeatUnit(figure.Unit));
            if (span is { } m && m.End - m.Start >= 2)
            {
                if (m.End <= facts.ViewStart) facts.MetricStart = m.Start;
                facts.Metric = text.View.Original(m.Start, m.End);
                facts.MetricView = text.Text[m.Start..m.End];
            }
            // 生产总值157.78亿元,年均增长9%: a change that names nothing changes the level it follows; an amount that
            // names nothing measures what the amount before it in its paragraph measured (营业收入820亿元。其中,软件园310亿元).
            else if ((facts.Change ? ChangedLevel(text, facts, earlier, acrossSentences: holderOnly || clause.Trim().Length == 0)
                         : holderOnly ? SameMeasure(text, facts, earlier)
                         : countOfHolder ? LevelBefore(text, facts, earlier) ?? SameMeasure(text, facts, earlier)
                         : LevelReached(text, facts, previous, clauseStart, clause) ?? PercentOfLevel(text, facts, previous)
                           ?? LevelBefore(text, facts, earlier)) is { } level)
            {
                facts.Metric = level.Metric;
                facts.MetricView = level.MetricView;
            }
            if (sizeHead != null && described is { } thing)
            {
                facts.Metric = text.View.Original(thing.Start, thing.End) + sizeHead;
                facts.MetricView = text.Text[thing.Start..thing.End] + sizeHead;
            }
            if (facts.Metric == null && TopicMeasure(text, facts, clauseStart, holderOnly || countOfHolder, TimeWord) is { } topic)
            {
                facts.Metric = text.View.Original(topic.Start, topic.End);
                facts.MetricView = text.Text[topic.Start..topic.End];
            }
            // 合同外资额14.01亿美元;增长了1.9倍: a change whose clause names nothing and that no topic measures changes the level
            // of the sentence before.
            if (facts.Metric == null && facts.Change && MetricFinder.NamesNothing(text.Words, clauseStart, facts.ViewStart, TimeWord)
                && ChangedLevel(text, facts, earlier, acrossSentences: true) is { } sentenceBefore)
                (facts.Metric, facts.MetricView) = (sentenceBefore.Metric, sentenceBefore.MetricView);
            // 规模以上工业增加值增长5.6%,其中制造业增长6.1%: an industry says whose the carried measure is, and the metric names
            // both (制造业规模以上工业增加值), or the industry alone when nothing is carried; a park or a place says only whose
            // (竹科0.82兆元 → 营收).
            // (1)精密機械成長18.81%,(2)生物技術成長12.87%,(3)通訊產業成長1.69%: a carried "measure" that names no indicator is the
            // industry before it; the measure the paragraph named (營收) is carried instead when there is one.
            if (holder is { } industryNamed && MetricFinder.NamesOneIndustry(text.Text[industryNamed.Start..industryNamed.End]) && facts.MetricView is { } carriedName
                && _vocabulary.Indicators.KeyOf(carriedName, FigureKinds.Money, percentChange: true) == null
                && TopicMeasure(text, facts, clauseStart, namesOnlyHolder: true, TimeWord) is { } paragraphMeasure)
                (facts.Metric, facts.MetricView) = (text.View.Original(paragraphMeasure.Start, paragraphMeasure.End), text.Text[paragraphMeasure.Start..paragraphMeasure.End]);
            if (holder is { } industry && MetricFinder.NamesOneIndustry(text.Text[industry.Start..industry.End]))
                (facts.Metric, facts.MetricView) = facts is { Metric: { } carried, MetricView: { } carriedView }
                    ? IndustryMeasure(text, industry, carried, carriedView)
                    : (text.View.Original(industry.Start, industry.End), text.Text[industry.Start..industry.End]);
        }
        // 营业收入和利润分别增长10%和8%: a run of figures after 分别 measures, one by one, the items listed before it.
        if (facts.ShareOf == null && facts.SharePart == null && RespectiveItem(text, facts, spans, TimeWord) is { } item)
        {
            facts.MetricStart = item.Start;
            facts.Metric = text.View.Original(item.Start, item.End);
            facts.MetricView = text.Text[item.Start..item.End];
        }
        // 高新技术企业数、专精特新企业数分别占全市的22.3%、24.3%: shares after 分别 are, one by one, the shares of the items
        // listed before it; the part the share read (the last item) gives way to the figure's own.
        else if (facts is { SharePart: { } part, SharePartView: { } partView, Metric: { } metric, MetricView: { } metricView }
                 && metric.StartsWith(part, StringComparison.Ordinal) && metricView.StartsWith(partView, StringComparison.Ordinal)
                 && SharedAfterRespectively(text, facts) && RespectiveItem(text, facts, spans, TimeWord) is { } shared)
        {
            (facts.SharePart, facts.SharePartView) = (text.View.Original(shared.Start, shared.End), text.Text[shared.Start..shared.End]);
            facts.Metric = facts.SharePart + metric[part.Length..];
            facts.MetricView = facts.SharePartView + metricView[partView.Length..];
        }
        // 騰訊控股跌3.44%, 恒生指數跌1.93%, 收在24236.45點: market copy names no measure; the move or close of a price or an
        // index is (股價跌幅, 跌幅, 收盤), whatever the readers above carried.
        if (facts.ShareOf == null && facts.SharePart == null
            && MarketMoves.MetricOf(text, facts, clauseStart, InTime, companyEndsWithin, previous?.MarketCopy == true,
                   phrase => _vocabulary.Indicators.KeyOf(phrase, FigureKinds.Money, percentChange: true) != null) is { } market)
            (facts.Metric, facts.MetricView, facts.MarketCopy) = (market.Printed, market.View, true);
        // 规上工业产值324.8亿元,增幅17.3%: a change whose clause names only its rate is the rate of the level before it.
        if (facts.ChangeKind == "percent" && facts.MetricView is { } rate && _vocabulary.RateNouns.Contains(rate)
            && ChangedLevel(text, facts, earlier) is { Metric: not null, MetricView: { } ratedView } rated && !EndsWithRate(ratedView))
        {
            facts.Metric = rated.Metric + facts.Metric;
            facts.MetricView = ratedView + rate;
        }
        // 同比增长12.6%,高于全市平均4个百分点: a gap in percentage points to a rate compared with is between that rate and the one
        // before it, whatever the clause names (规模以上工业增加值增速高于全市平均, not 平均水平 or 全部投资增速).
        if (ComparedGap(text, facts, previous, clauseStart) is { } gap)
        {
            facts.Metric = gap.Printed;
            facts.MetricView = gap.View;
        }
        if (facts.Change) facts.Of = facts.Metric;
        if (facts.ShareOf == null)
            facts.Indicator = _vocabulary.Indicators.KeyOf(facts.MetricView, figure.Kind, facts.ChangeKind == "percent");
    }

    /// <summary>
    /// 制造业 with 规模以上工业增加值 → 制造业规模以上工业增加值: an industry's name before the measure carried to it, as printed and
    /// as the view reads it; a measure carried from another industry's figure (制造业销售额) drops that industry first.
    /// </summary>
    private static (string Printed, string View) IndustryMeasure(ArticleText text, (int Start, int End) industry, string carried, string carriedView)
    {
        var drop = MetricFinder.LeadingIndustryLength(carriedView);
        // The printed metric keeps the view's length unless a line break was folded away inside it.
        var printedDrop = carried.Length == carriedView.Length ? drop : 0;
        return (text.View.Original(industry.Start, industry.End) + carried[printedDrop..], text.Text[industry.Start..industry.End] + carriedView[drop..]);
    }

    private bool EndsWithRate(string metric) => _vocabulary.RateNouns.Any(r => metric.EndsWith(r, StringComparison.Ordinal));

    /// <summary>
    /// 同比增长12.6%,高于全市平均4个百分点; 增速高于全市平均0.8个百分点; 研发投入强度为3.5%,高于全国1.2个百分点: a figure in
    /// percentage points whose clause opens (after the rate it may name) with a [compared-above] word, right after a change in
    /// percent or a level in percent of its sentence, is the gap between that rate and the one compared with: the level's metric,
    /// the rate (增速 when the article names none, nothing after a level in percent), the comparing word and what it compares
    /// with, as printed. Null for any other figure.
    /// </summary>
    private (string Printed, string View)? ComparedGap(ArticleText text, FigureFacts facts, FigureFacts? previous, int clauseStart)
    {
        if (previous?.MetricView is not { } level || !(previous.ChangeKind == "percent" || !previous.Change && previous.Figure.Kind == FigureKinds.Percent))
            return null;
        var figure = text.Text[facts.ViewStart..facts.ViewEnd];
        if (!_vocabulary.PointUnits.Any(u => figure.EndsWith(u, StringComparison.Ordinal))) return null;
        var rate = _vocabulary.RateNouns.FirstOrDefault(r => text.Follows(clauseStart, r));
        var compared = clauseStart + (rate?.Length ?? 0);
        if (!_vocabulary.ComparedAbove.Any(w => text.Follows(compared, w))) return null;
        var (rateView, ratePrinted) = rate != null ? (rate, text.View.Original(clauseStart, compared))
            : previous.Change && !EndsWithRate(level) ? (_vocabulary.RateNouns[0], _vocabulary.RateNouns[0]) : ("", "");
        return (previous.Metric + ratePrinted + text.View.Original(compared, facts.ViewStart), level + rateView + text.Text[compared..facts.ViewStart]);
    }

    /// <summary>
    /// 新能源汽车、生物医药、新材料等三大产业分别增长84.7%、27.8%和42.6%; 现状值和未来值分别为55.5和57.3: the item a figure
    /// stands for in a list before 分别 that names as many items (split at 、 and conjunctions, ending at 等) as the run of
    /// figures after it holds (figures joined by 、 and conjunctions alone); the item's noun phrase. Null when there is no
    /// such list, when the counts differ (财政收入…,税收收入…,同比分别增长6.1%和7.4%: the list is the levels'), or when an
    /// item names no measured thing (北京、上海分别增长5%和6%).
    /// </summary>
    private (int Start, int End)? RespectiveItem(ArticleText text, FigureFacts facts, IReadOnlyList<(int Start, int End)> spans,
        Func<ViewWord, bool> timeWord)
    {
        var index = -1;
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].Start == facts.ViewStart) { index = i; break; }
        if (index < 0) return null;
        var sentenceEnd = text.SentenceAround(facts.ViewStart, facts.ViewEnd).End;
        int first = index, last = index;
        while (first > 0 && spans[first - 1].Start >= facts.SentenceStart && JoinedInRun(text, spans[first - 1].End, spans[first].Start)) first--;
        while (last + 1 < spans.Count && spans[last + 1].End <= sentenceEnd && JoinedInRun(text, spans[last].End, spans[last + 1].Start)) last++;
        if (last == first) return null;
        // The list runs back to the clause's comma: its 、 and brackets (现状值(今年)和未来值) are inside it.
        var clauseStart = Math.Max(facts.SentenceStart, text.Text.LastIndexOfAny(ClauseMarks, spans[first].Start - 1, spans[first].Start - facts.SentenceStart) + 1);
        var at = _vocabulary.Respectively.Select(w => text.Text.LastIndexOf(w, spans[first].Start - 1, spans[first].Start - clauseStart, StringComparison.Ordinal))
            .DefaultIfEmpty(-1).Max();
        if (at <= clauseStart) return null;
        // 装备制造业、生物医药两大主导产业分别实现工业总产值775.28、112.91亿元: words after 分别 that name a metric say
        // what is measured; the items are whose.
        var afterRespectively = at + _vocabulary.Respectively.First(w => string.CompareOrdinal(text.Text, at, w, 0, w.Length) == 0).Length;
        if (MetricFinder.Find(text.Words, afterRespectively, spans[first].Start, timeWord) != null) return null;
        if (spans.Any(s => s.Start >= clauseStart && s.Start < at)) return null;
        var items = new List<(int Start, int End)>();
        int itemStart = clauseStart, depth = 0;
        for (var w = text.FirstWordFrom(clauseStart); w < text.Words.Count && text.Words[w].End <= at; w++)
        {
            var word = text.Words[w];
            depth += word.Word is "(" or "（" ? 1 : word.Word is ")" or "）" ? -1 : 0;
            if (depth != 0) continue;
            if (word.Word == "等") { items.Add((itemStart, word.Start)); itemStart = -1; break; }
            if (word.Word != "、" && !MetricFinder.IsConjunction(word.Word)) continue;
            items.Add((itemStart, word.Start));
            itemStart = word.End;
        }
        if (itemStart >= 0) items.Add((itemStart, at));
        if (items.Count != last - first + 1) return null;
        var phrases = items.Select(i => MetricFinder.Find(text.Words, i.Start, i.End, timeWord)).ToList();
        return phrases.All(p => p is { } q && q.End - q.Start >= 2) ? phrases[index - first] : null;
    }

    /// <summary>企业数、专精特新企业数分别占全市的…: whether the share's verb stands after 分别, so that each listed item has
    /// its share (not 电子信息、生物医药产业产值占规上工业总产值的比重分别为…, whose items share one part of one whole).</summary>
    private bool SharedAfterRespectively(ArticleText text, FigureFacts facts)
    {
        var at = RespectivelyBefore(text, facts);
        if (at < 0) return false;
        for (var i = text.FirstWordFrom(at); i < text.Words.Count && text.Words[i].End <= facts.ViewStart; i++)
            if (_vocabulary.ShareVerbs.Contains(text.Words[i].Word)) return true;
        return false;
    }

    /// <summary>Where the last 分别 before a figure in its sentence stands; -1 when none does (or the figure opens its text).</summary>
    private int RespectivelyBefore(ArticleText text, FigureFacts facts) =>
        facts.ViewStart == 0 ? -1
            : _vocabulary.Respectively.Select(w => text.Text.LastIndexOf(w, facts.ViewStart - 1, facts.ViewStart - facts.SentenceStart, StringComparison.Ordinal))
                .DefaultIfEmpty(-1).Max();

    /// <summary>Marks that end a clause holding a list (not 、, which separates its items).</summary>
    private static readonly char[] ClauseMarks = [',', '，', ';', '；', ':', '：'];

    /// <summary>Whether only 、 or a conjunction (and spaces) stand between two figures of a run.</summary>
    internal static bool JoinedInRun(ArticleText text, int from, int to) =>
        to > from && text.Text[from..to].Trim() is "、" or "和" or "及" or "与" or "以及";

    /// <summary>
    /// GDP超千亿元的有48个, 营业收入超千亿元的园区5个: a count right after a threshold (the figure before it in its sentence,
    /// led by 超 or ending with 以上) and 的, with only words that link between (有) or a place that is never a metric alone
    /// (园区), counts what passes the threshold: its metric runs from the threshold's metric to the 的 (or that place).
    /// Null otherwise (投资超5000万元的项目51个 counts 项目).
    /// </summary>
    private static (int Start, int End)? CountOverThreshold(ArticleText text, FigureFacts facts, FigureFacts? previous)
    {
        if (previous is not { Change: false, MetricStart: { } metricStart } || previous.ViewEnd >= facts.ViewStart) return null;
        var thresholdText = text.Text[previous.ViewStart..previous.ViewEnd];
        var between = previous.ViewEnd;
        var endsWithThreshold = MetricFinder.IsThreshold(thresholdText);
        if (!endsWithThreshold && MetricFinder.ThresholdAt(text.Text, between) is { } ending)
        {
            between += ending.Length;
            endsWithThreshold = true;
        }
        if (!(endsWithThreshold || MetricFinder.IsThresholdLead(thresholdText) || MetricFinder.ThresholdLeadBefore(text.Text, previous.ViewStart)))
            return null;
        if (!text.Follows(between, "的")) return null;
        int at = between + 1, end = at;
        for (var i = text.FirstWordFrom(at); i < text.Words.Count && text.Words[i].End <= facts.ViewStart; i++)
        {
            var word = text.Words[i];
            if (word.Start != at) return null;
            if (MetricFinder.IsPlaceHolder(word.Word) && end == word.Start) end = word.End;
            else if (!MetricFinder.IsLinkWord(word.Word)) return null;
            at = word.End;
        }
        return at == facts.ViewStart ? (metricStart, end) : null;
    }

    /// <summary>获得了3000万的信用贷款, 占本项目51%的物业产权: the noun phrase a figure describes through a word such as 的
    /// right after it; null when none follows.</summary>
    private (int Start, int End)? DescribedNoun(ArticleText text, FigureFacts facts) =>
        _vocabulary.DescribedAfter.FirstOrDefault(w => text.Follows(facts.ViewEnd, w)) is { } link
            ? MetricFinder.FindAfter(text.Words, text.FirstWordFrom(facts.ViewEnd + link.Length), facts.ViewEnd + link.Length)
            : null;

    /// <summary>
    /// 三大科学园区营收创新高,其中竹科0.82兆元; 细分产业营收…,积体电路成长34.33%: an amount or a change in percent that
    /// nothing else gave a metric, whose clause names nothing, or only whose it is, measures the indicator of money the
    /// paragraph last named before it (营收); so does one whose clause names that indicator before a verb
    /// (厂商营业额初估约1319亿元). Null when the paragraph names none.
    /// </summary>
    private (int Start, int End)? TopicMeasure(ArticleText text, FigureFacts facts, int clauseStart, bool namesOnlyHolder, Func<ViewWord, bool> skipped)
    {
        if (!(facts.Figure.Kind == FigureKinds.Money || facts.ChangeKind == "percent")) return null;
        var paragraphStart = facts.ViewStart == 0 ? 0 : text.Text.LastIndexOf('\n', facts.ViewStart - 1) + 1;
        if (_vocabulary.Indicators.LastFormIn(text.Text, paragraphStart, facts.ViewStart, FigureKinds.Money) is not { } form) return null;
        var namesNothing = namesOnlyHolder || MetricFinder.NamesNothing(text.Words, clauseStart, facts.ViewStart, skipped)
                           || MetricFinder.NamesOnlyHolder(text.Words, clauseStart, facts.ViewStart, skipped);
        return namesNothing || form.Start >= clauseStart ? form : null;
    }

    /// <summary>
    /// The level a change that names no metric is the change of: with 分别 (A 1.7万亿元, B 1.6万亿元, 分别增长3.8%和8%)
    /// the level in the same place among the levels before 分别 as the change among the changes after it; else the
    /// last figure before it in its sentence outside any bracket it is not in (进出口总额10.1万亿元(其中,出口6万亿元),
    /// 同比增长1%), else, when allowed, the last figure of the sentence before in the same paragraph (软件园310亿元。光电产业成长8%).
    /// </summary>
    /// <param name="acrossSentences">Whether the level may be in the sentence before (only when the change's own
    /// clause names nothing, or only whose it is).</param>
    private FigureFacts? ChangedLevel(ArticleText text, FigureFacts facts, IReadOnlyList<FigureFacts> earlier, bool acrossSentences = false)
    {
        var sentence = earlier.Where(f => f.SentenceStart == facts.SentenceStart).ToList();
        // A change that opens its text (a page-header line such as `-5.08%`) has nothing before it to look back on.
        var respectively = RespectivelyBefore(text, facts);
        if (respectively >= 0)
        {
            var levels = sentence.Where(f => f.ViewEnd <= respectively && !f.Change && f.Metric != null).ToList();
            var changes = sentence.Count(f => f.ViewStart > respectively && f.Change);
            var sentenceEnd = text.SentenceAround(facts.ViewStart, facts.ViewEnd).End;
            var after = ChangesAfter(text, facts.ViewEnd, sentenceEnd);
            var count = changes + 1 + after;
            if (levels.Count >= count) return levels[levels.Count - count + changes];
        }
        var depth = BracketDepth(text.Text, facts.SentenceStart, facts.ViewStart);
        // 完成全年目标的109.5%,同比增长13.3%: a growth in percent is not the growth of a percentage before it.
        var percentChange = facts.ChangeKind == "percent";
        bool Changeable(FigureFacts f) => f.Metric != null && f.Plan == null && BracketDepth(text.Text, facts.SentenceStart, f.ViewStart) <= depth
                                          && !(percentChange && !f.Change && f.Figure.Unit == "%")
                                          && BracketDepth(text.Text, f.ViewEnd, facts.ViewStart) <= 0;
        // 54个…超过1000亿元的园区,较上年增长6个: an absolute change changes a level in its own unit when the sentence has one.
        var same = (facts.ChangeKind == "absolute" ? sentence.LastOrDefault(f => Changeable(f) && !f.Change && f.Figure.Unit == facts.Figure.Unit) : null)
                   ?? sentence.LastOrDefault(Changeable);
        if (same != null) return same;
        if (!acrossSentences || sentence.Count > 0 || earlier.Count == 0) return null;
        var last = earlier[^1];
        return last.Metric != null && text.Text.IndexOf('\n', last.ViewEnd, facts.ViewStart - last.ViewEnd) < 0 ? last : null;
    }

    /// <summary>
    /// 18个项目总投资101.76亿元: the phrase after a count that runs into the metric of the figure right after it (总投资, an
    /// indicator's form of money or measure ending the phrase) ends before that metric; 农业类项目19个总投资32.3亿元: when
    /// that metric is the whole phrase, the count counts nothing after it (null).
    /// </summary>
    private (int Start, int End)? WithoutNextMeasure(ArticleText text, (int Start, int End) phrase)
    {
        var next = text.FirstWordFrom(phrase.End);
        if (next >= text.Words.Count || text.Words[next].Start != phrase.End) return phrase;
        var word = text.Words[next];
        var figureNext = word.Tag == "m" || MetricFinder.IsLinkWord(word.Word) && next + 1 < text.Words.Count && text.Words[next + 1].Tag == "m";
        if (!figureNext) return phrase;
        foreach (var kind in new[] { FigureKinds.Money, FigureKinds.Measure })
            if (_vocabulary.Indicators.LastFormIn(text.Text, phrase.Start + 1, phrase.End, kind) is { } form && form.End == phrase.End
                && text.IsWordBoundary(form.Start))
                return (phrase.Start, form.Start);
        foreach (var kind in new[] { FigureKinds.Money, FigureKinds.Measure })
            if (_vocabulary.Indicators.LastFormIn(text.Text, phrase.Start, phrase.End, kind) == phrase) return null;
        return phrase;
    }

    /// <summary>How long a bracketed gloss of a metric is at most (GDP, R&amp;D).</summary>
    private const int MaxGlossLength = 8;

    /// <summary>生产总值(GDP)达到: where the bracket opens when the clause starting at <paramref name="clauseStart"/> follows a
    /// short bracket without digits right after a word; null otherwise.</summary>
    private static int? GlossBefore(string text, int clauseStart, int sentenceStart)
    {
        if (clauseStart < 1 || text[clauseStart - 1] is not (')' or '）')) return null;
        var open = text.LastIndexOfAny(['(', '（'], clauseStart - 1, clauseStart - sentenceStart);
        if (open <= sentenceStart || clauseStart - 1 - open - 1 > MaxGlossLength || clauseStart - 1 - open < 2) return null;
        var inside = text.AsSpan(open + 1, clauseStart - 2 - open);
        return inside.ContainsAny("0123456789,，、") || !char.IsLetter(text[open - 1]) ? null : open;
    }

    /// <summary>独角兽(278间), 符合自有品牌国际行销(11家): where the bracket opens when the figure fills it alone, right after
    /// a word; null otherwise.</summary>
    private static int? AloneInBracket(string text, int clauseStart, int figureEnd, int sentenceStart)
    {
        var open = clauseStart - 1;
        if (open <= sentenceStart || text[open] is not ('(' or '（') || figureEnd >= text.Length || text[figureEnd] is not (')' or '）'))
            return null;
        return char.IsLetter(text[open - 1]) ? open : null;
    }

    /// <summary>How long the whole of a share is at least (全市).</summary>
    private const int MinWholeLength = 2;

    /// <summary>The noun that closes a share's metric (占全市比重), whatever word the article used for it.</summary>
    private const string ShareNoun = "比重";

    /// <summary>What a share whose whole is not named is (企业占比).</summary>
    private const string ShareWord = "占比";

    /// <summary>A figure right after the one before it, joined by 、 (or by 和/及 alone).</summary>
    private static bool ListedAfter(ArticleText text, int clauseStart, string clause, FigureFacts previous) =>
        clause.Length == 0 && clauseStart > 0 && text.Text[clauseStart - 1] == '、' && clauseStart - 1 == previous.ViewEnd
        || clause is "和" or "及" && clauseStart == previous.ViewEnd;

    /// <summary>The last amount or count before a figure in the same unit and paragraph, for a figure whose clause names
    /// only whose it is (软件园310亿元, 中国以340家).</summary>
    private static FigureFacts? SameMeasure(ArticleText text, FigureFacts facts, IReadOnlyList<FigureFacts> earlier)
    {
        if (facts.Figure.Kind is not (FigureKinds.Money or FigureKinds.Count)) return null;
        // 全国共有国家级高新区113家,其中广东省占9席: seats count what the count before them counted, whatever its unit.
        var seats = MetricFinder.IsSeatUnit(facts.Figure.Unit);
        var last = earlier.LastOrDefault(f => !f.Change && (f.Figure.Unit == facts.Figure.Unit || seats && f.Figure.Kind == FigureKinds.Count));
        return last?.Metric != null && last.ShareOf == null && text.Text.IndexOf('\n', last.ViewEnd, facts.ViewStart - last.ViewEnd) < 0 ? last : null;
    }

    /// <summary>
    /// 新认定瞪羚企业271家,累计达892家; 2017年独角兽企业125家,2023年上升至216家: a level whose clause names no metric
    /// measures what the last level before it in its sentence (and bracket) with the same unit measured; not a figure that
    /// only qualifies a noun (规模20亿元的基金).
    /// </summary>
    private FigureFacts? LevelBefore(ArticleText text, FigureFacts facts, IReadOnlyList<FigureFacts> earlier)
    {
        var depth = BracketDepth(text.Text, facts.SentenceStart, facts.ViewStart);
        return earlier.LastOrDefault(f => f.SentenceStart == facts.SentenceStart && f.Metric != null && f.ShareOf == null && !f.Change
                                          && f.Figure.Unit == facts.Figure.Unit && f.Figure.Unit.Length > 0
                                          && !text.FollowsAny(f.ViewEnd, _vocabulary.DescribedAfter)
                                          && BracketDepth(text.Text, facts.SentenceStart, f.ViewStart) == depth
                                          && BracketDepth(text.Text, f.ViewEnd, facts.ViewStart) == 0);
    }

    /// <summary>溢利同比减少0.91%至1.21亿港元: a level right after a change, joined only by 至 or 到, is the level its metric
    /// reached.</summary>
    private FigureFacts? LevelReached(ArticleText text, FigureFacts facts, FigureFacts? previous, int clauseStart, string clause) =>
        previous is { Change: true, Metric: not null } && previous.ViewEnd == clauseStart
        && _vocabulary.LevelAfter.Any(w => clause.StartsWith(w, StringComparison.Ordinal))
        && MetricFinder.NamesNothing(text.Words, clauseStart, facts.ViewStart)
            ? previous : null;

    /// <summary>完成全年目标任务8亿元的124%: a percent right after another figure of its clause and 的 is that much of the figure:
    /// it measures what the figure measures.</summary>
    private static FigureFacts? PercentOfLevel(ArticleText text, FigureFacts facts, FigureFacts? previous) =>
        facts.Figure.Kind == FigureKinds.Percent && previous is { Change: false, Metric: not null, ShareOf: null }
        && previous.ViewEnd + 1 == facts.ViewStart && text.Text[previous.ViewEnd] == '的'
            ? previous : null;

    /// <summary>完成年计划80亿元总额的86.84%: a percent right after a plan and 的 (a general head such as 总额 may stand
    /// between) is how much of the plan is completed (年计划完成率).</summary>
    private static bool CompletedOfPlan(ArticleText text, FigureFacts facts, FigureFacts? previous) =>
        !facts.Change && facts.Figure.Kind == FigureKinds.Percent && previous is { Plan: not null } && previous.ViewEnd < facts.ViewStart
        && text.Text[facts.ViewStart - 1] == '的'
        && (previous.ViewEnd + 1 == facts.ViewStart || MetricFinder.IsGenericHead(text.Text[previous.ViewEnd..(facts.ViewStart - 1)]));

    /// <summary>What a figure that is a percent of a plan measures, after the plan's metric (年计划完成率).</summary>
    private const string CompletionRate = "完成率";

    /// <summary>
    /// 引进到位资金69.47亿元,完成年计划80亿元; 完成年度目标任务589亿元的37.22%: the plan word (a [plan-reference] of
    /// metric-words.txt after a [plan-completion] verb of the clause) right before an amount or a count that is no change,
    /// when the figure before it in its sentence is a level with a metric; null otherwise.
    /// </summary>
    private static (int Start, int End)? PlanOfLevel(ArticleText text, FigureFacts facts, FigureFacts? previous, int clauseStart, Func<ViewWord, bool> timeWord)
    {
        if (facts.Change || facts.Figure.Kind is FigureKinds.Percent || previous is not { Change: false, Plan: null, Metric: not null, ShareOf: null }) return null;
        if (MetricFinder.Find(text.Words, clauseStart, facts.ViewStart, timeWord) is not { } phrase) return null;
        return MetricFinder.PlanEndingAt(text.Text, clauseStart, phrase.End) is { } plan ? (phrase.End - plan.Length, phrase.End) : null;
    }

    /// <summary>占全市66%、全省41%: the whole a share's clause names alone (a place, 的 after it allowed) when the clause opens with
    /// 、 right after the share before it; null otherwise.</summary>
    private static (int Start, int End)? WholeListedAfter(ArticleText text, int clauseStart, int figureStart, FigureFacts previous)
    {
        if (clauseStart < 1 || text.Text[clauseStart - 1] != '、' || clauseStart - 1 != previous.ViewEnd) return null;
        var wholeEnd = clauseStart;
        for (var i = text.FirstWordFrom(clauseStart); i < text.Words.Count && text.Words[i].End <= figureStart; i++)
        {
            var word = text.Words[i];
            if (word.Start != wholeEnd) return null;
            if (word.Word == "的" && word.End == figureStart && wholeEnd > clauseStart) return (clauseStart, wholeEnd);
            if (!(word.IsPlaceOrName || MetricFinder.IsPlaceHolder(word.Word))) return null;
            wholeEnd = word.End;
        }
        return wholeEnd > clauseStart && wholeEnd == figureStart ? (clauseStart, wholeEnd) : null;
    }

    /// <summary>How many more changes follow in a run (分别增长3.8%和8%、5%): figures joined by 和, 及, 、 only.</summary>
    private static int ChangesAfter(ArticleText text, int end, int sentenceEnd)
    {
        var count = 0;
        var at = end;
        while (at < sentenceEnd && text.Text[at] is '和' or '、' or '及')
        {
            var next = at + 1;
            var digits = next;
            while (digits < sentenceEnd && (char.IsAsciiDigit(text.Text[digits]) || text.Text[digits] == '.')) digits++;
            if (digits == next || digits >= sentenceEnd || text.Text[digits] != '%') break;
            count++;
            at = digits + 1;
        }
        return count;
    }

    /// <summary>Opening minus closing brackets in [from, to): above zero inside a bracket opened there.</summary>
    private static int BracketDepth(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to && i < text.Length; i++)
            depth += text[i] is '(' or '（' ? 1 : text[i] is ')' or '）' ? -1 : 0;
        return depth;
    }

    /// <summary>占全市比重27.4%: the share verb in the clause and the whole between it and the figure, without the
    /// words that name the share itself (比重, 的); null when the clause holds no share or names no whole. A time inside
    /// the whole (占公司07年主营业务收入的5.90%) says whose and when, not what: the whole starts after it; a time compared
    /// with (占比较上半年) is no part of a whole.</summary>
    private (int Verb, int VerbEnd, int WholeStart, int WholeEnd)? ShareAt(ArticleText text, int clauseStart, int figureStart, IReadOnlyList<TimeMention> times)
    {
        for (var i = text.FirstWordFrom(clauseStart); i < text.Words.Count && text.Words[i].End <= figureStart; i++)
        {
            if (!_vocabulary.ShareVerbs.Contains(text.Words[i].Word)) continue;
            // 股东应占溢利: attributable to, no share.
            if (i > 0 && _vocabulary.NotShareAfter.Contains(text.Words[i - 1].Word)) continue;
            var verbEnd = text.Words[i].End;
            var wholeEnd = figureStart;
            var wholeStart = times.Where(t => !t.Base && t.Start >= verbEnd && t.End < wholeEnd).Select(t => t.End).DefaultIfEmpty(verbEnd).Max();
            bool trimmed;
            do
            {
                trimmed = false;
                foreach (var w in _vocabulary.ShareNouns.Concat(_vocabulary.LinkWords))
                    if (wholeEnd - w.Length >= wholeStart && text.EndsAt(wholeEnd, w))
                    {
                        wholeEnd -= w.Length;
                        trimmed = true;
                        break;
                    }
            } while (trimmed);
            return wholeEnd > wholeStart ? (text.Words[i].Start, verbEnd, wholeStart, wholeEnd) : null;
        }
        return null;
    }

    /// <summary>A headline's or caption's figure about a zone the body names too is named as the body names the zone
    /// (9个项目落户昆山经开区 over a body that prints 昆山经济技术开发区): the side text alone knows only its own short form.</summary>
    public void NameSideSubjects(ArticleRecord record, IEnumerable<FigureEntity> sideFigures)
    {
        foreach (var figure in sideFigures)
            if (figure.Subject?.Kind == SubjectKinds.Zone && figure.Zone != null
                && record.Zones.FirstOrDefault(z => z.Name == figure.Zone && z.Mentions.Count > 0) is { } zone)
                figure.Subject = new FigureSubject { Name = SubjectReader.SubjectName(zone, _vocabulary.ZoneNameWords), Kind = SubjectKinds.Zone };
    }

    /// <summary>The primary zone as a subject is named (<see cref="SubjectReader.SubjectName"/>).</summary>
    private string PrimaryZoneName(ArticleRecord record, string primary, IReadOnlyDictionary<string, string> officialNames) =>
        record.Zones.FirstOrDefault(z => z.Name == primary) is { } zone ? SubjectReader.SubjectName(zone, _vocabulary.ZoneNameWords, officialNames)
            : SubjectReader.WithoutCityMark(primary, _vocabulary.ZoneNameWords);

    public void Project(ArticleDocument document)
    {
        if (!document.Get(Labels.Fact).Any()) return;
        // An article that names one zone only (in its headline, byline or body) but too rarely for it to be its primary
        // zone is still about that zone when a figure names no one else.
        var primary = document.Record.PrimaryZone ?? (document.Record.Zones.Count == 1 ? document.Record.Zones[0].Name : null);
        // 开发区名称:余杭经济技术开发区: the official names the page gives its zones name them wherever they are the subject.
        var officialNames = _subjects.OfficialNames(document);
        foreach (var annotation in document.Get(Labels.Fact))
        {
            if (annotation.Value is not FigureFacts facts) continue;
            var figure = facts.Figure;
            var subject = facts.Subject;
            var zone = facts.SubjectZone;
            if (subject?.Kind == SubjectKinds.Zone && zone != null && officialNames.TryGetValue(zone, out var official))
                subject = new FigureSubject { Name = official, Kind = SubjectKinds.Zone };
            if (subject == null && primary != null)
            {
                subject = new FigureSubject { Name = PrimaryZoneName(document.Record, primary, officialNames), Kind = SubjectKinds.Zone };
                zone = primary;
            }
            // 经开区规上工业增加值…: a zone the article names only by its kind is the subject as printed.
            if (subject == null && facts.ZoneWord != null) subject = new FigureSubject { Name = facts.ZoneWord, Kind = SubjectKinds.Zone };
            figure.Subject = subject;
            figure.Zone = subject?.Kind switch
            {
                SubjectKinds.Zone => zone ?? subject.Name,
                SubjectKinds.Enterprise => facts.SentenceZone,
                _ => null,
            };
            figure.Enterprise = subject?.Kind == SubjectKinds.Enterprise ? subject.Name : null;
            figure.Period = facts.Period;
            figure.Metric = facts.Metric;
            figure.Indicator = facts.Indicator;
            figure.Change = facts.Change;
            figure.ChangeKind = facts.ChangeKind;
            figure.Of = facts.Of;
            figure.ShareOf = facts.ShareOf;
            figure.Target = facts.Target;
        }
    }
}
