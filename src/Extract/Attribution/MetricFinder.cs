using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// The metric of a figure: the noun phrase it quantifies, read from the words before it in its
/// clause. Words that only link the phrase to the figure (实现, 达到, 同比增长, 为, adverbs,
/// prepositions, particles) are skipped from the right; then the phrase is the run of nouns (and
/// verbal nouns, attributes, abbreviations, Latin words) before them, which may end with a verb
/// that follows a noun (二氧化碳排放, 研发投入). It stops at any other verb (拥有, 减少), a time word,
/// a pronoun, a number or 的, and leaves out a leading holder (企业, 全区, a zone or company name).
/// 实现营业收入1.2万亿元 → 营业收入; 减少二氧化碳排放约1.7万吨 → 二氧化碳排放.
/// A count or amount written right before a noun phrase counts that phrase instead (<see cref="FindAfter"/>):
/// 建设16家新型研发机构 → 新型研发机构.
/// </summary>
internal static class MetricFinder
{
    private const int MaxLength = 12;

    /// <summary>The word lists, from Resources/metric-words.txt.</summary>
    private static class Words
    {
        public static readonly ResourceFile File = ResourceFile.Load("metric-words.txt");
        public static HashSet<string> Section(string name) => File[name].ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Words that relate a metric to its figure rather than name what is measured.</summary>
    private static readonly HashSet<string> LinkWords = Words.Section("link");

    /// <summary>Words that say a figure is planned or expected (预计, 计划): no part of a metric at either end.</summary>
    private static readonly HashSet<string> ForecastWords = Words.Section("forecast");

    /// <summary>Verbs that take what a figure counts as their object (拥有高新技术企业5450家): never the
    /// head of a metric, even right after a noun (全区已有近百家).</summary>
    private static readonly HashSet<string> ObjectVerbs = Words.Section("object-verb");

    /// <summary>Verbs that name what is measured (占地, 就业, 投资): a metric's head though they are verbs.</summary>
    private static readonly HashSet<string> VerbMetrics = Words.Section("verb-metric");

    /// <summary>Verbs that name what a count counts when they follow it (带动2000人就业).</summary>
    private static readonly HashSet<string> CountedVerbs = Words.Section("counted-verb");

    /// <summary>Words that say whose or where the counted things are (本国, 当地): part of what a count counts when a
    /// counted noun follows them (创造729个本国就业机会).</summary>
    private static readonly HashSet<string> CountedDeterminers = Words.Section("counted-determiner");

    /// <summary>Characters of a scale written before what a count counts (千亿级产业集群, 亿元签约项目).</summary>
    private static readonly string ScaleCharacters = string.Concat(Words.Section("scale"));

    /// <summary>Nouns naming who holds a metric, not what it is (企业营业收入, 全区生产总值).</summary>
    private static readonly HashSet<string> Holders = Words.Section("holder");

    /// <summary>Places that hold a metric (全区, 全国): left out at the front, never a metric alone.</summary>
    private static readonly HashSet<string> PlaceHolders = Words.Section("place-holder");

    /// <summary>Heads too general to stand alone (金额, 量): the verb before them is part of the metric (签约金额).</summary>
    private static readonly HashSet<string> GenericHeads = Words.Section("generic-head");

    /// <summary>Words naming a plan a level is measured against (年计划, 年度目标任务), and the verbs that measure a level against
    /// one (完成).</summary>
    private static readonly string[] PlanReferences = Words.Section("plan-reference").OrderByDescending(w => w.Length).ToArray();
    private static readonly string[] PlanCompletions = Words.Section("plan-completion").ToArray();

    /// <summary>完成年计划 before 80亿元: the plan word ending at <paramref name="end"/> when a completion verb stands before it
    /// in the clause; null otherwise.</summary>
    public static string? PlanEndingAt(string text, int clauseStart, int end)
    {
        var plan = PlanReferences.FirstOrDefault(w => end - w.Length >= clauseStart && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0);
        if (plan == null) return null;
        var before = text.AsSpan(clauseStart, end - plan.Length - clauseStart);
        foreach (var verb in PlanCompletions)
            if (before.Contains(verb, StringComparison.Ordinal)) return plan;
        return null;
    }

    /// <summary>总额, 金额: a head too general to stand alone.</summary>
    public static bool IsGenericHead(string word) => GenericHeads.Contains(word);

    /// <summary>Noun-like tags (jieba posseg): nouns and names, verbal and adjectival nouns,
    /// distinguishing attributes (规上), abbreviations, Latin words (GDP).</summary>
    private static readonly HashSet<string> NounTags = new(StringComparer.Ordinal)
    {
        "n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "nw", "vn", "an", "b", "j", "eng", "l",
    };

    /// <summary>Tags of words that only link: adverbs, prepositions, particles, conjunctions, punctuation.</summary>
    /// <summary>Adverbial verbs and adjectives (逆势, 稳步) only say how a figure changed.</summary>
    private static bool IsLinkTag(string tag) =>
        tag is "d" or "vd" or "ad" or "p" or "c" or "x" or "y" or "e" or "o" || tag.StartsWith('u');

    /// <summary>Words the segmenter tags as verbs that name a measured thing (产能).</summary>
    private static readonly HashSet<string> NounVerbs = Words.Section("noun-verb");

    /// <summary>Common nouns the segmenter tags as names (城市 ns, 贡献率 nr): read as nouns (<see cref="TagOf"/>).</summary>
    private static readonly HashSet<string> CommonNouns = Words.Section("common-noun");

    /// <summary>Locatives the segmenter may tag as names (百强园区中GDP: 中 ns): read as locatives (<see cref="TagOf"/>).</summary>
    private static readonly HashSet<string> Locatives = Words.Section("locative");

    /// <summary>The tag attribution reads a word with: n for a common noun the segmenter tagged as a name (15个城市), f for a
    /// locative it tagged as one (园区中), else its own.</summary>
    public static string TagOf(string word, string tag) => CommonNouns.Contains(word) ? "n" : Locatives.Contains(word) ? "f" : tag;

    /// <summary>Nouns that say where or how an act happens (现场, 全部): they end what a count counts.</summary>
    private static readonly HashSet<string> AdverbialNouns = Words.Section("adverbial-noun");

    /// <summary>One-character links the segmenter may glue to the word before a figure (率为): ArticleText cuts them off.</summary>
    public static readonly HashSet<string> GluedLinks = Words.Section("glued-link");

    /// <summary>Whether a word is a link that may stand right before a figure (约为, 达到): never cut.</summary>
    public static bool IsLinkWord(string word) => LinkWords.Contains(word);

    /// <summary>A noun by its tag, or a word that names a measured thing whatever its tag (产能, 率).</summary>
    public static bool IsNoun(ViewWord word) =>
        (NounTags.Contains(word.Tag) || NounVerbs.Contains(word.Word) || GenericHeads.Contains(word.Word)) && word.Word != "的";

    /// <param name="words">The words of the view in order.</param>
    /// <param name="clauseStart">Where the figure's clause starts (view offset).</param>
    /// <param name="figureStart">Where the figure starts (view offset).</param>
    /// <returns>The phrase's view span, or null when the clause names nothing before the figure.</returns>
    /// <param name="skipped">Words that are no part of a metric wherever they stand (a date: 比2020年减少).</param>
    public static (int Start, int End)? Find(IReadOnlyList<ViewWord> words, int clauseStart, int figureStart, Func<ViewWord, bool>? skipped = null)
    {
        var last = LastWordBefore(words, figureStart);
        var i = last;
        while (i >= 0 && words[i].Start >= clauseStart
               && (LinkWords.Contains(words[i].Word) || ForecastWords.Contains(words[i].Word) || IsLinkTag(words[i].Tag)
                   || skipped?.Invoke(words[i]) == true)) i--;
        if (i < 0 || words[i].Start < clauseStart) return null;

        var head = i;
        // 用时不到10分钟: a verb that names what is measured, which the segmenter cut in two (用 时), is one word.
        var split = head > 0 && words[head - 1].Start >= clauseStart && words[head - 1].End == words[head].Start
                    && VerbMetrics.Contains(words[head - 1].Word + words[head].Word);
        // 调配了8辆, 建设16家: a verb that takes what is counted as its object is no metric, whatever its tag;
        // a place or a name (克拉玛依4家) says who, not what.
        var verbMetric = split || VerbMetrics.Contains(words[head].Word);
        if (!verbMetric && (ObjectVerbs.Contains(words[head].Word) || words[head].IsPlaceOrName)) return null;
        // A verb heads the phrase only after a noun (二氧化碳 排放) and when no 了 marks it as an act (银行签署了36亿元).
        if (!verbMetric && !IsNoun(words[head]) && !(IsVerbAfterNoun(words, head, clauseStart) && !ActMarkedBetween(words, head, last))) return null;
        var j = split ? head - 1 : head;
        while (j - 1 >= 0 && words[j - 1].Start >= clauseStart && IsNoun(words[j - 1])
               && words[head].End - words[j - 1].Start <= MaxLength)
            j--;
        // 签约金额, 发明专利授权量: a general head takes the verb before it, and the nouns before that.
        if (j == head && GenericHeads.Contains(words[head].Word) && j - 1 >= 0 && words[j - 1].Start >= clauseStart
            && words[j - 1].IsVerb && !LinkWords.Contains(words[j - 1].Word))
        {
            j--;
            while (j - 1 >= 0 && words[j - 1].Start >= clauseStart && IsNoun(words[j - 1])
                   && words[head].End - words[j - 1].Start <= MaxLength)
                j--;
        }
        // The holder is not the metric: 企业营业收入 → 营业收入, 杨凌示范区生产总值 → 生产总值 (the zone or
        // company has its own field).
        // 企业数占全市50%: a general head alone keeps the holder before it (企业数).
        while (j < head && !(j + 1 == head && GenericHeads.Contains(words[head].Word))
               && (Holders.Contains(words[j].Word) || PlaceHolders.Contains(words[j].Word) || ForecastWords.Contains(words[j].Word)
                   || words[j].Tag is "ns" or "nt" or "nr" || IsParkAbbreviation(words[j]))) j++;
        // 拓展全国40多个城市: a place alone says where, not what (集聚了企业3400家 counts 企业).
        if (j == head && PlaceHolders.Contains(words[head].Word)) return null;
        return (words[j].Start, words[head].End);
    }

    /// <summary>
    /// 中科0.54兆元, 其中新竹4923亿元: whether the clause before a figure names only who holds it (places, names,
    /// abbreviations such as 竹科) besides words that link; false when it names nothing at all.
    /// </summary>
    public static bool NamesOnlyHolder(IReadOnlyList<ViewWord> words, int clauseStart, int figureStart, Func<ViewWord, bool>? skipped = null) =>
        Names(words, clauseStart, figureStart, skipped) == ClauseNames.OnlyHolder;

    /// <summary>较去年同期成长, 约: whether the clause before a figure holds only words that link (or none).</summary>
    public static bool NamesNothing(IReadOnlyList<ViewWord> words, int clauseStart, int figureStart, Func<ViewWord, bool>? skipped = null) =>
        Names(words, clauseStart, figureStart, skipped) == ClauseNames.Nothing;

    private enum ClauseNames { Nothing, OnlyHolder, Other }

    private static ClauseNames Names(IReadOnlyList<ViewWord> words, int clauseStart, int figureStart, Func<ViewWord, bool>? skipped)
    {
        var named = false;
        for (var i = LastWordBefore(words, figureStart); i >= 0 && words[i].Start >= clauseStart; i--)
        {
            var word = words[i];
            // 青西地区4个, 全市3200亿元: a place word says who holds the figure, as a name does.
            if (word.IsPlaceOrName || word.Tag == "j" || PlaceHolders.Contains(word.Word)) named = true;
            else if (!(LinkWords.Contains(word.Word) || IsLinkTag(word.Tag) || skipped?.Invoke(word) == true)) return ClauseNames.Other;
        }
        return named ? ClauseNames.OnlyHolder : ClauseNames.Nothing;
    }

    /// <summary>Endings of the name of a park or an area (软件园, 保税区): before an amount or a change such a name says whose
    /// the figure is, not what it measures.</summary>
    private static readonly string[] HolderEndings = Words.Section("holder-ending").OrderByDescending(w => w.Length).ToArray();

    /// <summary>Endings of the name of an industry (光电产业, 制造业): before an amount or a change such a name says whose the
    /// measure is, and names it with the measure (<see cref="IsIndustryName"/>).</summary>
    private static readonly string[] IndustryEndings = Words.Section("industry-ending").OrderByDescending(w => w.Length).ToArray();

    /// <summary>软件园, 保税区: whether a phrase names a park or an area (a count of them counts such areas: 综合保税区增加到41个).</summary>
    // Ordinal: the culture-aware EndsWith went through ICU for every phrase (2.5 % of extraction's CPU).
    public static bool IsAreaName(string phrase) => HolderEndings.Any(e => phrase.EndsWith(e, StringComparison.Ordinal));

    /// <summary>制造业, 批发零售业, 光电产业: whether a phrase names an industry.</summary>
    public static bool IsIndustryName(string phrase) => IndustryEndings.Any(e => phrase.EndsWith(e, StringComparison.Ordinal));

    /// <summary>制造业, 光电产业, not 产业 alone: whether a phrase names one industry, which a carried measure is then said of.</summary>
    public static bool NamesOneIndustry(string phrase) => IsIndustryName(phrase) && phrase.Length >= MinIndustryNameLength;

    /// <summary>How long an industry's name is at least (制造业; 产业 and 行业 alone name none).</summary>
    private const int MinIndustryNameLength = 3;

    /// <summary>制造业销售额 → 3: how many characters at the front of a metric name an industry (the longest such front that
    /// leaves a measure after it); 0 when none does.</summary>
    public static int LeadingIndustryLength(string metric)
    {
        for (var length = metric.Length - 1; length > 0; length--)
            if (IsIndustryName(metric[..length])) return length;
        return 0;
    }

    /// <summary>Units of a count of seats among a ranked or counted set (席).</summary>
    private static readonly HashSet<string> SeatUnits = Words.Section("seat-unit");

    /// <summary>广东省占9席: whether a count's unit counts seats, which count the members of the set a count before them counted,
    /// whatever its unit (国家级高新区113家).</summary>
    public static bool IsSeatUnit(string unit) => SeatUnits.Contains(unit);

    /// <summary>园区, 全市: a place that holds a metric and is never one alone.</summary>
    public static bool IsPlaceHolder(string word) => PlaceHolders.Contains(word);

    /// <summary>竹科出口: a park's abbreviation the segmenter tags a proper noun (nz) that is a [holder-ending] whole (竹科, 中科,
    /// 南科) holds the metric after it, as a zone's name does.</summary>
    private static bool IsParkAbbreviation(ViewWord word) => word.Tag == "nz" && HolderEndings.Contains(word.Word);

    /// <summary>集团, 公司: a phrase that is a holder word alone.</summary>
    public static bool IsBareHolder(string phrase) => Holders.Contains(phrase);

    /// <summary>签署了: 了 or 过 right after the verb marks it as an act.</summary>
    private static bool ActMarkedBetween(IReadOnlyList<ViewWord> words, int head, int last) =>
        head + 1 <= last && words[head + 1].Word is "了" or "过";

    /// <summary>
    /// The noun phrase right after a figure, when one follows it with nothing between: 1300余家高新技术企业,
    /// 500辆氢燃料电池泥头车, 设立2000万元人才奖励资金, 5个重大产业化项目 (an adjective before a noun is part of the
    /// phrase), 2个千亿级产业集群 (a scale before it too), 729个本国就业机会 (a word saying whose or where), 2000人就业
    /// (a verb that names what is counted). Null when punctuation, 的, another verb or a name comes first.
    /// </summary>
    /// <param name="figureEnd">Where the figure ends (view offset).</param>
    /// <param name="count">Whether the figure is a count (家, 个): only a count's phrase may start with a place or a verb that
    /// qualifies the noun (11家中国企业, 41家创新主体); after an amount they start another clause (1200万港元作股本).</param>
    public static (int Start, int End)? FindAfter(IReadOnlyList<ViewWord> words, int firstAfter, int figureEnd, bool count = false)
    {
        // 111亿元人民币: a currency or a link word after the amount names nothing counted. (A word the segmenter joined
        // across the figure's end, 6家母基金, is cut there: ArticleText.)
        if (firstAfter >= words.Count || words[firstAfter].Start != figureEnd || LinkWords.Contains(words[firstAfter].Word)) return null;
        var j = firstAfter;
        // 大项目同比增长: a link word ends what is counted.
        bool Counted(int k) => IsNoun(words[k]) && words[k].Tag is not ("ns" or "nr" or "nrt" or "nrfg") && !ObjectVerbs.Contains(words[k].Word)
                               && !LinkWords.Contains(words[k].Word) && !AdverbialNouns.Contains(words[k].Word)
                               && !ForecastWords.Contains(words[k].Word);
        bool Joined(int k) => k == firstAfter || words[k].Start == words[k - 1].End;
        bool Within(int k) => k < words.Count && words[k].End - figureEnd <= MaxLength && Joined(k);
        // 千亿级产业集群, 亿元签约项目: a scale (numerals of magnitude, 级) is part of what follows when a noun follows it;
        // 亿元以上重点工业项目: so is a threshold word after the scale.
        var scaled = j;
        while (Within(scaled) && (words[scaled].Tag is "m" or "q" && IsScale(words[scaled].Word)
                                  || scaled > j && Thresholds.Contains(words[scaled].Word)))
            scaled++;
        if (scaled > j && Within(scaled) && Counted(scaled)) j = scaled;
        // 本国就业机会, 中国企业, 海外企业, 境内外上市公司: a word or a place (a name or a place word) saying whose or where
        // comes before the counted noun; 创新主体, 入园企业: so does a verb that qualifies it.
        else if (Within(j) && (CountedDeterminers.Contains(words[j].Word) || count && (words[j].Tag is "ns" or "s" or "nr" || QualifyingVerb(words[j])))
                 && Within(j + 1) && Counted(j + 1)) j++;
        var nouns = j;
        // An organisation-like noun (科研院所) may be what is counted; a place or a person's name may not. An adjective
        // right before such a noun is part of it (5个重大产业化项目).
        while (Within(j) && (Counted(j) || words[j].Tag == "a" && Within(j + 1) && Counted(j + 1)))
            j++;
        // 47个国家和地区, 10家高校及科研院所: nouns joined by a conjunction are one counted phrase (a count's only:
        // 98%比重与材料…相关 shares no noun); 539间内地和海外企业: so is a place word (海外, 境外) before the noun it qualifies.
        while (count && j > nouns && Within(j) && Conjunctions.Contains(words[j].Word) && Within(j + 1)
               && (Counted(j + 1) || words[j + 1].Tag is "s" or "ns" && Within(j + 2) && Counted(j + 2)))
            for (j += Counted(j + 1) ? 1 : 2; Within(j) && Counted(j); j++) { }
        // 带动2000人就业: a verb that names what a count counts, right after it.
        if (j == nouns && Within(j) && CountedVerbs.Contains(words[j].Word)) j++;
        if (j == nouns) return null;
        return (figureEnd, words[j - 1].End);
    }

    /// <summary>Conjunctions that join two counted nouns into one phrase (国家和地区); not 与, mostly a preposition (与园区签约).</summary>
    private static readonly HashSet<string> Conjunctions = Words.Section("conjunction");

    /// <summary>和, 及: whether a word joins two nouns or list items.</summary>
    public static bool IsConjunction(string word) => Conjunctions.Contains(word);

    /// <summary>How long the words between a count and the 的 of a noun phrase it counts may be (参与创新积分制的企业).</summary>
    private const int MaxModifierLength = 16;

    /// <summary>
    /// 近3000家参与创新积分制的企业, 12个投资额超过亿元的重点项目: the noun phrase after a count and a modifier that ends with 的,
    /// the modifier holding no punctuation and not opening with a link (其中10家为…的子公司 says what they are, not what is
    /// counted). Null when no such phrase follows.
    /// </summary>
    public static (int Start, int End)? FindAfterModifier(IReadOnlyList<ViewWord> words, int firstAfter, int figureEnd)
    {
        if (firstAfter >= words.Count || words[firstAfter].Start != figureEnd || LinkWords.Contains(words[firstAfter].Word)
            || words[firstAfter].Word == "的") return null;
        for (var k = firstAfter; k < words.Count && words[k].End - figureEnd <= MaxModifierLength; k++)
        {
            // The segmenter tags digits x too (年营业收入5亿元以上的企业): only punctuation ends the modifier.
            if (k > firstAfter && words[k].Start != words[k - 1].End || words[k].Tag == "x" && !char.IsLetterOrDigit(words[k].Word[0])) return null;
            if (words[k].Word == "的") return FindAfter(words, k + 1, words[k].End, count: true);
        }
        return null;
    }

    /// <summary>创新主体, 喷水织机: a verb that is no object verb, link or counted verb qualifies the noun after a count.</summary>
    private static bool QualifyingVerb(ViewWord word) =>
        word.IsVerb && !ObjectVerbs.Contains(word.Word) && !LinkWords.Contains(word.Word) && !CountedVerbs.Contains(word.Word);

    /// <summary>Heads that name the size of a thing (规模, 金额): a size whose clause names no thing sizes the thing
    /// the figure describes (设立规模达5亿元的科创母基金 → 科创母基金规模).</summary>
    private static readonly HashSet<string> SizeHeads = Words.Section("size-head");

    /// <summary>The size head a phrase ends with when no noun of two characters or more comes before it in the phrase
    /// (设立规模, 总规模, 规模); null otherwise.</summary>
    public static string? BareSizeHead(IReadOnlyList<ViewWord> words, (int Start, int End) phrase)
    {
        var last = LastWordBefore(words, phrase.End);
        if (last < 0 || words[last].End != phrase.End || !SizeHeads.Contains(words[last].Word)) return null;
        for (var k = last - 1; k >= 0 && words[k].Start >= phrase.Start; k--)
            if (IsNoun(words[k]) && words[k].Word.Length > 1) return null;
        return words[last].Word;
    }

    /// <summary>Words that make a figure written before them a threshold (10亿以上).</summary>
    private static readonly string[] Thresholds = Words.Section("threshold").ToArray();

    /// <summary>投资10亿以上项目2个: whether a figure's text ends with a threshold word, so that the noun after it is what
    /// the threshold sorts, not what the figure measures.</summary>
    public static bool IsThreshold(string figureText) => Thresholds.Any(t => figureText.EndsWith(t, StringComparison.Ordinal));

    /// <summary>Words that make the figure right after them a threshold (超千亿元, 超过500亿元).</summary>
    private static readonly string[] ThresholdLeads = Words.Section("threshold-lead").OrderByDescending(w => w.Length).ToArray();

    /// <summary>超千亿元: whether a figure's text starts with a threshold lead.</summary>
    public static bool IsThresholdLead(string figureText) => ThresholdLeads.Any(t => figureText.StartsWith(t, StringComparison.Ordinal));

    /// <summary>超过 500亿元: whether the text right before <paramref name="at"/> ends with a threshold lead.</summary>
    public static bool ThresholdLeadBefore(string text, int at) =>
        ThresholdLeads.Any(t => at >= t.Length && string.CompareOrdinal(text, at - t.Length, t, 0, t.Length) == 0);

    /// <summary>300家以上: the threshold word that starts at <paramref name="at"/>, null when none does.</summary>
    public static string? ThresholdAt(string text, int at) =>
        Thresholds.FirstOrDefault(t => at + t.Length <= text.Length && string.CompareOrdinal(text, at, t, 0, t.Length) == 0);

    private static readonly HashSet<string> Superlatives = Words.Section("superlative");
    private static readonly HashSet<string> RankedBy = Words.Section("ranked-by");

    /// <summary>
    /// 北京新晋企业最多,为19家: the phrase a clause ending with a superlative at <paramref name="clauseEnd"/> ranks (新晋企业);
    /// 投资金额以电子信息业最高: with 以, the phrase before it (投资金额). Null when the clause ends otherwise.
    /// </summary>
    public static (int Start, int End)? Ranked(IReadOnlyList<ViewWord> words, int clauseStart, int clauseEnd, Func<ViewWord, bool>? skipped = null)
    {
        var last = LastWordBefore(words, clauseEnd);
        if (last < 0 || words[last].End != clauseEnd || words[last].Start < clauseStart) return null;
        // 最多 may be cut in two (最 多).
        if (!Superlatives.Contains(words[last].Word))
        {
            if (last < 1 || words[last - 1].Start < clauseStart || !Superlatives.Contains(words[last - 1].Word + words[last].Word)) return null;
            last--;
        }
        for (var k = last - 1; k >= 0 && words[k].Start >= clauseStart; k--)
            if (RankedBy.Contains(words[k].Word)) return Find(words, clauseStart, words[k].Start, skipped);
        return Find(words, clauseStart, words[last].Start, skipped);
    }

    /// <summary>千亿, 亿元, 级: a word made of the characters of a scale only.</summary>
    private static bool IsScale(string word) => word.All(c => ScaleCharacters.Contains(c));

    /// <summary>投资6亿元建设数据中心: whether the phrase ends with a verb that names what is measured, which then measures
    /// the amount after it whatever noun follows.</summary>
    public static bool EndsWithVerbMetric(string phrase) => VerbMetrics.Any(v => phrase.EndsWith(v, StringComparison.Ordinal));

    /// <summary>排放 in 二氧化碳排放: a two-character verb that is not transitive, right after a noun.</summary>
    private static bool IsVerbAfterNoun(IReadOnlyList<ViewWord> words, int i, int clauseStart) =>
        words[i].IsVerb && words[i].Word.Length >= 2 && !ObjectVerbs.Contains(words[i].Word)
        && i > 0 && words[i - 1].Start >= clauseStart && IsNoun(words[i - 1]);

    /// <summary>Index of the last word ending at or before <paramref name="at"/>, -1 when none.</summary>
    private static int LastWordBefore(IReadOnlyList<ViewWord> words, int at)
    {
        int lo = 0, hi = words.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].End <= at) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
