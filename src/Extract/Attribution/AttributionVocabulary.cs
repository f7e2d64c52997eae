using Pipeline.Extract.Resources;
namespace Pipeline.Extract.Attribution;

/// <summary>The data files the attribution stage reads (src/Extract/Resources), loaded once.</summary>
internal sealed class AttributionVocabulary
{
    private static readonly Lazy<AttributionVocabulary> LazyDefault = new(() => new AttributionVocabulary(
        ResourceFile.Load("indicators.txt"), ResourceFile.Load("change-cues.txt"), ResourceFile.Load("target-cues.txt"),
        ResourceFile.Load("period-cues.txt"), ResourceFile.Load("subject-cues.txt")));

    public static AttributionVocabulary Default => LazyDefault.Value;

    public AttributionVocabulary(ResourceFile indicators, ResourceFile change, ResourceFile target, ResourceFile period, ResourceFile subject)
    {
        Indicators = new IndicatorVocabulary(indicators);
        ChangeFile = change;
        TargetFile = target;
        PeriodFile = period;
        SubjectFile = subject;
        ChangeWords = Longest(change["change"]);
        LinkWords = Longest(change["link"]);
        LevelAfter = change["level-after"].ToArray();
        MetricAfter = change["metric-after"].ToArray();
        PointUnits = change["points"].ToArray();
        MultipleUnits = change["multiple"].ToArray();
        ShareVerbs = change["share-verb"].ToHashSet(StringComparer.Ordinal);
        NotShareAfter = change["not-share-after"].ToHashSet(StringComparer.Ordinal);
        Respectively = change["respectively"].ToArray();
        RateNouns = change["rate-noun"].ToArray();
        ComparedAbove = Longest(change["compared-above"]);
        ShareNouns = Longest(change["share-noun"]);
        TargetCues = Longest(target["cue"]);
        TargetCuesBeforeVerb = Longest(target["cue-before-verb"]);
        NotTargetCues = Longest(target["not"]);
        WillManners = target["manner"].ToHashSet(StringComparer.Ordinal);
        ClauseAims = target["clause-aim"].ToHashSet(StringComparer.Ordinal);
        DateLeads = Longest(target["date-lead"]);
        RelativeYears = Pairs(period, "relative-year").Select(p => (p.Word, int.Parse(p.Values[0]))).OrderByDescending(p => p.Word.Length).ToArray();
        ShortYearNotBefore = Longest(period["short-year-not-before"]);
        Plans = Pairs(period, "plan").Select(p => (p.Word, int.Parse(p.Values[0]), int.Parse(p.Values[1]))).ToArray();
        PlanEnds = Longest(period["plan-end"]);
        PlanStarts = Longest(period["plan-start"]);
        FiscalYears = Longest(period["fiscal-year"]);
        FiscalYearPrefixes = Longest(period["fiscal-year-prefix"]);
        FiscalParts = Pairs(period, "fiscal-part").Select(p => (p.Word, int.Parse(p.Values[0]), int.Parse(p.Values[1])))
            .OrderByDescending(p => p.Word.Length).ToArray();
        Since = period["since"].ToArray();
        From = period["from"].ToArray();
        FromEnds = period["from-end"].ToArray();
        RangeTo = Longest(period["range-to"]);
        EventDateLeads = Longest(period["event-date-lead"]);
        PerPeriod = period["per-period"].ToArray();
        SamePeriod = period["same-period"].ToHashSet(StringComparer.Ordinal);
        EventVerbs = Longest(period["event-verb"]);
        EventNouns = Longest(period["event-noun"]);
        EventDays = Longest(period["event-day"]);
        AsOf = Longest(period["as-of"]);
        Now = Longest(period["now"]);
        Recent = Longest(period["recent"]);
        PastYearReviewMonths = period["past-year-review-months"].Select(int.Parse).ToHashSet();
        PointEnds = period["point-end"].ToArray();
        Cumulative = Longest(period["cumulative"]);
        CumulativeRates = Longest(period["cumulative-rate"]);
        YearOnYear = Longest(period["year-on-year"]);
        CumulativeStocks = Longest(period["cumulative-stock"]);
        StockVerbs = Longest(period["stock-verb"]);
        Breakdowns = Longest(period["breakdown"]);
        PartsAlone = Longest(period["part-alone"]);
        ListTitles = Longest(period["list-title"]);
        RankingTitles = Longest(period["ranking-title"]);
        Annual = Longest(period["annual"]);
        MonthsEnded = Longest(period["months-ended"]);
        YearEnded = Longest(period["year-ended"]);
        HalfYearEnded = Longest(period["half-year-ended"]);
        ResultsWords = Longest(period["results"]);
        MonthUnits = Longest(period["month-unit"]);
        YearsBack = Longest(period["years-back"]);
        RankAfter = Longest(period["rank-after"]);
        RankBetween = Longest(period["rank-between"]);
        CurrentFiscalYears = Pairs(period, "current-fiscal-year").Select(p => (p.Word, int.Parse(p.Values[0]))).OrderByDescending(p => p.Word.Length).ToArray();
        ThisAndNextYears = Longest(period["this-and-next-year"]);
        ThisAndNextFiscalYears = Longest(period["this-and-next-fiscal-year"]);
        PastYear = Longest(period["past-year"]);
        NewYear = Longest(period["new-year"]);
        NewYearAheadMonths = period["new-year-ahead-months"].Select(int.Parse).ToHashSet();
        BaseAfter = period["base"].ToArray();
        OwnTimeBefore = Longest(period["own-time-before"]);
        ComparedAfter = period["compared-after"].ToArray();
        ComparedBefore = Longest(period["compared-before"]);
        ShareOfBase = Longest(period["share-of-base"]);
        ComparedWith = Longest(period["compared-with"]);
        ComparedWithEnd = Longest(period["compared-with-end"]);
        EnterpriseAnaphors = Longest(subject["enterprise-anaphor"]);
        ZoneAnaphors = Longest(subject["zone-anaphor"]);
        ActingZoneAnaphors = Longest(subject["acting-zone-anaphor"]);
        ZoneWords = Longest(subject["zone-word"]);
        ZoneNameWords = Longest(subject["zone-word"].Concat(subject["zone-kind-name"]));
        Places = subject["place"].ToHashSet(StringComparer.Ordinal);
        ListAfter = subject["list-after"].ToArray();
        ListClose = subject["list-close"].ToArray();
        GroupClose = Longest(subject["group-close"]);
        GroupTotal = Longest(subject["group-total"]);
        GroupNouns = Longest(subject["group-noun"]);
        WholeYear = Longest(period["whole-year"]);
        YearEnds = Longest(period["year-end"]);
        YearEndNotAfter = string.Concat(period["year-end-not-after"]);
        Locatives = Longest(subject["locative"]);
        LocatedBefore = Longest(subject["located-before"]);
        InstitutionsAfter = Longest(subject["institution-after"]);
        PartnersBefore = Longest(subject["partner-before"]);
        GovernmentParties = Longest(subject["government-party"]);
        SubsidiaryBefore = Longest(subject["subsidiary-before"]);
        PredicateBefore = Longest(subject["predicate-before"]);
        CleftBefore = Longest(subject["cleft-before"]);
        ClauseOpeners = Longest(subject["opener"]);
        DescribedAfter = Longest(subject["described-after"]);
        ListLeads = Longest(subject["list-lead"]);
        ExemplarOpen = Longest(subject["exemplar-open"]);
        ExemplarClose = Longest(subject["exemplar-close"]);
        Disclaimers = Longest(subject["disclaimer"]);
        ZoneNameCues = Longest(subject["zone-name-cue"]);
    }

    public IndicatorVocabulary Indicators { get; }
    public ResourceFile ChangeFile { get; }
    public ResourceFile TargetFile { get; }
    public ResourceFile PeriodFile { get; }
    public ResourceFile SubjectFile { get; }

    public string[] ChangeWords { get; }
    public string[] LinkWords { get; }
    public string[] LevelAfter { get; }
    public string[] MetricAfter { get; }
    public string[] PointUnits { get; }
    public string[] MultipleUnits { get; }
    public HashSet<string> ShareVerbs { get; }
    public HashSet<string> NotShareAfter { get; }
    public string[] Respectively { get; }
    /// <summary>Nouns naming the rate of a change (增速, 增幅), the one written when the article writes none first.</summary>
    public string[] RateNouns { get; }
    /// <summary>Words comparing a rate with another (高于全市平均4个百分点).</summary>
    public string[] ComparedAbove { get; }
    public string[] ShareNouns { get; }
    public string[] TargetCues { get; }
    public string[] TargetCuesBeforeVerb { get; }
    public string[] NotTargetCues { get; }
    /// <summary>Words saying how a planned act is done, between 将 and its verb (将全力实施, 将大手笔投资).</summary>
    public HashSet<string> WillManners { get; }
    /// <summary>Cues that name an aim (目标): one that ends its clause (以…为目标,) governs no figure after it.</summary>
    public HashSet<string> ClauseAims { get; }
    public string[] DateLeads { get; }
    public (string Word, int Offset)[] RelativeYears { get; }
    public (string Word, int First, int Last)[] Plans { get; }
    /// <summary>回复至, 相当于: before a base, what follows is a share of the base's level (回复至2019年同期的71.0%).</summary>
    public string[] ShareOfBase { get; }
    public string[] PlanEnds { get; }
    /// <summary>开局之年, 首年: after a plan's name, its first year.</summary>
    public string[] PlanStarts { get; }
    public string[] Since { get; }
    public string[] From { get; }
    public string[] FromEnds { get; }
    public string[] RangeTo { get; }

    /// <summary>已于2017年6月动土: words before a month or day that say when something happened.</summary>
    public string[] EventDateLeads { get; }
    public string[] PerPeriod { get; }
    public HashSet<string> SamePeriod { get; }
    public string[] EventVerbs { get; }
    public string[] EventNouns { get; }
    public string[] EventDays { get; }
    public string[] AsOf { get; }
    public string[] Now { get; }
    public string[] Recent { get; }
    public HashSet<int> PastYearReviewMonths { get; }
    public string[] PointEnds { get; }
    public string[] Cumulative { get; }
    /// <summary>Words right after a [cumulative] word that make it a rate over the span (累计增速), not a stock.</summary>
    public string[] CumulativeRates { get; }
    /// <summary>Words that compare a figure with the same span a year before (同比, 较去年同期): opening the clause after a
    /// [cumulative] figure, they make it a flow over the span.</summary>
    public string[] YearOnYear { get; }
    /// <summary>Words right after a [cumulative] word that say the level it reached (累计达到): a stock, compared or not.</summary>
    public string[] CumulativeStocks { get; }
    public string[] StockVerbs { get; }
    public string[] Breakdowns { get; }
    /// <summary>Words right after a month or quarter that say it alone, inside a span running over it (8月当月, 三季度单季).</summary>
    public string[] PartsAlone { get; }
    public string[] ListTitles { get; }
    /// <summary>Words that make a title a ranking's wherever they stand in it (《2022年园区高质量发展百强研究报告》).</summary>
    public string[] RankingTitles { get; }

    /// <summary>Whether a document title (the text between 《 and 》) names a ranking or list: it ends in a [list-title]
    /// word or holds a [ranking-title] word.</summary>
    public bool IsListTitle(ReadOnlySpan<char> title)
    {
        foreach (var word in ListTitles)
            if (title.EndsWith(word, StringComparison.Ordinal)) return true;
        foreach (var word in RankingTitles)
            if (title.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
    public string[] Annual { get; }
    public string[] MonthsEnded { get; }
    public string[] YearEnded { get; }
    public string[] HalfYearEnded { get; }
    public string[] ResultsWords { get; }
    public string[] MonthUnits { get; }
    public string[] YearsBack { get; }
    /// <summary>Words after a two-digit year (八零年代, 一九年级) that make it no year.</summary>
    public string[] ShortYearNotBefore { get; }
    public string[] RankAfter { get; }
    public string[] RankBetween { get; }
    public (string Word, int Offset)[] CurrentFiscalYears { get; }
    public string[] ThisAndNextYears { get; }
    public string[] ThisAndNextFiscalYears { get; }
    public string[] PastYear { get; }
    /// <summary>Words for the year starting around publication (新的一年).</summary>
    public string[] NewYear { get; }
    /// <summary>Publication months in which a [new-year] word means the next year (December).</summary>
    public HashSet<int> NewYearAheadMonths { get; }
    public string[] BaseAfter { get; }
    /// <summary>Words before a time that make a figure after it and 的 the value at that time, never a base (由去年的4.9%加快至今年的7.1%).</summary>
    public string[] OwnTimeBefore { get; }
    public string[] ComparedAfter { get; }
    public string[] ComparedBefore { get; }
    /// <summary>财年, 財政年度: after a year, a company's fiscal year of that number.</summary>
    public string[] FiscalYears { get; }
    /// <summary>FY: before a year, a fiscal year of that number.</summary>
    public string[] FiscalYearPrefixes { get; }
    /// <summary>第四季度, 下半年 after a fiscal year: the months from its start (9, 6) and how many (3, 6).</summary>
    public (string Word, int FirstMonth, int Months)[] FiscalParts { get; }
    /// <summary>与, 與: before a time that a [compared-with-end] word closes later in its clause (与2023年底相比).</summary>
    public string[] ComparedWith { get; }
    /// <summary>相比, 相較: closes what a [compared-with] word opened.</summary>
    public string[] ComparedWithEnd { get; }
    public string[] EnterpriseAnaphors { get; }
    public string[] ZoneAnaphors { get; }
    /// <summary>Zone anaphors that name the zone only where they act (园区全年新增, 园区38家), not before a noun (园区企业).</summary>
    public string[] ActingZoneAnaphors { get; }
    public string[] ZoneWords { get; }
    /// <summary>The words a zone's name ends with that name no zone alone and drop a city's 市 before them: the zone words and
    /// the full kind names (经济技术开发区).</summary>
    public string[] ZoneNameWords { get; }
    public HashSet<string> Places { get; }
    public string[] ListAfter { get; }
    public string[] ListClose { get; }
    public string[] GroupClose { get; }
    /// <summary>共, 合计: right before a count after a list, a sign the count totals the list (甲项目、乙基地共6个项目).</summary>
    public string[] GroupTotal { get; }
    /// <summary>企业, 项目: what a count totals when it counts a list of companies or projects (共6个企业项目).</summary>
    public string[] GroupNouns { get; }
    public string[] WholeYear { get; }
    /// <summary>年末, 年底: the December of the year in force when no year is written with them.</summary>
    public string[] YearEnds { get; }
    /// <summary>Characters right before a [year-end] word that give it another year, or none (上年末, 去年底, 每年年底).</summary>
    public string YearEndNotAfter { get; }
    public string[] Locatives { get; }
    public string[] LocatedBefore { get; }
    public string[] InstitutionsAfter { get; }
    public string[] PartnersBefore { get; }
    /// <summary>管委会, 政府: the other side of a [partner-before] word that makes the company after it the investor, not a partner.</summary>
    public string[] GovernmentParties { get; }
    /// <summary>子公司, 旗下: before a company in its clause, a sign it is the subsidiary a sentence is about.</summary>
    public string[] SubsidiaryBefore { get; }
    public string[] PredicateBefore { get; }
    public string[] CleftBefore { get; }
    public string[] ClauseOpeners { get; }
    public string[] DescribedAfter { get; }
    public string[] ListLeads { get; }
    /// <summary>以 … 为代表: the words around the examples of a group (subject-cues.txt).</summary>
    public string[] ExemplarOpen { get; }
    public string[] ExemplarClose { get; }
    public string[] Disclaimers { get; }
    public string[] ZoneNameCues { get; }
    /// <summary>Exchange letters and code labels, shared with the figure stage (Resources/stock-codes.txt).</summary>
    public Figures.StockCodes StockCodes { get; } = Figures.StockCodes.Default;

    /// <summary>Longest first, so that a longer cue is tried before the shorter one it contains.</summary>
    private static string[] Longest(IEnumerable<string> words) => words.OrderByDescending(w => w.Length).ToArray();

    private static IEnumerable<(string Word, string[] Values)> Pairs(ResourceFile file, string section) =>
        file[section].Select(line =>
        {
            var cells = line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length < 2) throw new InvalidDataException($"{file.Name} [{section}]: '{line}' needs tab-separated values");
            return (cells[0], cells[1..]);
        });
}
