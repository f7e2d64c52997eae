using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Attribution;

/// <summary>A time an article states, in view offsets, with the period it gives the figures after it.</summary>
internal sealed record TimeMention(int Start, int End, string Value, string? ValueEnd)
{
    /// <summary>Said after 到 (到2025年): the time a goal is set for.</summary>
    public bool Lead { get; init; }
    /// <summary>What a figure is compared with (去年同期, 比上年), never a figure's period.</summary>
    public bool Base { get; init; }
    /// <summary>The words after it that make it a base when the figure follows right after them (是2012年的2.35倍).</summary>
    public int BaseWordEnd { get; init; } = -1;
    /// <summary>Where the words that make it a base end (去年同期 → after 同期): a figure right after them is the base's value.</summary>
    public int ComparedEnd { get; init; } = -1;
    /// <summary>Said with 同期: the same span as the period before it, in the base's year.</summary>
    public bool SamePeriod { get; init; }
    /// <summary>Part of an event's name (举行2024年第三季度集中签约活动) or a document's title: when the event is or what the
    /// document is, not what a figure covers.</summary>
    public bool InName { get; init; }
    /// <summary>Part of an event's name (举行1月份重大项目集中签约活动): the span the event's batch belongs to, the period
    /// of the event's own figures when nothing says it more narrowly.</summary>
    public bool InEvent { get; init; }
    /// <summary>Said by a [recent] word (近日, 日前): when the event the article reports happened, to the month.</summary>
    public bool Reported { get; init; }
    /// <summary>Said after an [as-of] word (截至6月30日): when a stock is counted, never an event's day.</summary>
    public bool AsOf { get; init; }
    /// <summary>A span the text writes out (前4月, 1-8月, 去年10月至今年9月), not one running to the publication date (以来; nor a
    /// span a [since] word follows, 2022年下半年以来: a 累计 after it sums it, no stock at its end).</summary>
    public bool Window { get; init; }
    /// <summary>A bare year word (今年) that says again the year of the as-of date in force before it (截至2020年3月31日,
    /// 今年全球有586家): the count is still the date's.</summary>
    public bool Restates { get; init; }
    /// <summary>A narrower time said in a sentence that opens with a [breakdown] word (其中…,1月份已完成投资1000万元): it
    /// dates that sentence's figures only; later sentences go on with the period before it.</summary>
    public bool Aside { get; init; }
    /// <summary>Where its reach ends: the bracket it stands in closes, when that bracket also holds a figure after it
    /// (僅次於111年22.3兆, 二零二四年:港幣1.12元), or the sentence of a bare year-end ends (年末全区市场主体28.7万户…;个体
    /// 工商户16.94万户。): it dates the figures before that point only; figures after it go on with the period before it.
    /// -1 otherwise.</summary>
    public int ReachEnd { get; init; } = -1;
    /// <summary>The first of two times one word names (今 of 今明两年): joined to the next as a list's items are.</summary>
    public bool NamesNextToo { get; init; }
    /// <summary>A month or part of the year without its year that the date stage put in a publication year only inferred.</summary>
    public bool YearGuessed { get; init; }
    /// <summary>A span up to now that a figure is ranked against (为今年以来单月最高增速, 创2015年以来新高): no figure's period.</summary>
    public bool RankedAgainst { get; init; }
    /// <summary>A time that fills a bracket right after a figure (113.26亿元(1-11月)): that figure's too.</summary>
    public bool NotesFigure { get; init; }
    /// <summary>No period of its own: a base, part of a name, a restated year, or a span a figure is ranked against.</summary>
    public bool Skipped => Base || InName || Restates || RankedAgainst;
}

/// <summary>
/// The period a figure covers: the last time stated before it in the article (in its sentence, else carried
/// over from earlier sentences until another is given), from the date stage's spans and from the period cues
/// of Resources/period-cues.txt (今年, 去年, 十四五), resolved against the publication date. A date followed by 以来
/// runs to the publication date; a date the figure is compared with (去年同期, 是2012年的) is no period.
/// </summary>
internal sealed class PeriodReader
{
    private readonly AttributionVocabulary _vocabulary;

    public PeriodReader(AttributionVocabulary vocabulary) => _vocabulary = vocabulary;

    public List<TimeMention> Times(ArticleText text, ArticleDocument document)
    {
        var published = document.Published;
        var times = new List<TimeMention>();
        int? fiscalYearEnd = null;
        // 昨天, 本月初: not among the record's dates, but they date the figures said of them.
        foreach (var annotation in document.Spans.Where(a => a.Label is Labels.Date or Labels.RelativeTime).OrderBy(a => a.Start))
        {
            if (annotation.Value is not DateEntity date || date.Value.Length == 0) continue;
            var start = text.FromSource(annotation.Start);
            var end = text.FromSourceEnd(annotation.End);
            var value = date.Value;
            var valueEnd = date.ValueEnd;
            // 从2014年起 said in 2011: a plan that starts then, no span back to the publication date.
            if (valueEnd == null && published != null && !IsAfter(value, published) && SinceEnd(text.Text, start, end) is { } sinceEnd)
            {
                valueEnd = Truncate(published.ToString(), date.Value.Length);
                end = sinceEnd;
            }
            // 截至2025年6月30日止六个月: a report's months ending at the date.
            else if (valueEnd == null && value.Length >= 7 && MonthsEnded(text.Text, end) is { } ended)
            {
                var last = new DateTime(int.Parse(value[..4]), int.Parse(value[5..7]), 1);
                (value, valueEnd) = ($"{last.AddMonths(1 - ended.Months):yyyy-MM}", $"{last:yyyy-MM}");
                // 截至6月30日止年度: the year ends in June; 截至去年底止中期: six months before the year's end.
                if (ended.Months is 6 or 12) fiscalYearEnd ??= last.AddMonths(12 - ended.Months).Month;
                end = ended.End;
            }
            // 截至一季度末: a stock at the last month of the span.
            else if (valueEnd != null && _vocabulary.PointEnds.FirstOrDefault(w => text.Follows(end, w)) is { } pointEnd)
            {
                value = valueEnd;
                valueEnd = null;
                end += pointEnd.Length;
            }
            var time = Describe(text, new TimeMention(start, end, value, valueEnd == value ? null : valueEnd)
                { Window = date.ValueEnd != null && valueEnd == date.ValueEnd && !text.FollowsAny(end, _vocabulary.Since), YearGuessed = document.Record.PublishedInferred && IsInPublicationYear(date, published) });
            // 截至6月30日: a stock counted at a day is that day's (the month's only when the text says 6月底).
            times.Add(time);
        }
        if (published != null)
            foreach (var (word, offset) in _vocabulary.RelativeYears)
                foreach (var at in Occurrences(text.Text, word))
                    // 去年年初以来: a word that opens with 年 right after another 年 goes on with the year said before it.
                    if (!(word[0] == '年' && at > 0 && text.Text[at - 1] == '年') && !times.Any(t => t.Start < at + word.Length && at < t.End))
                        times.Add(Describe(text, new TimeMention(at, at + word.Length, $"{published.Year + offset:D4}", null)));
        if (published != null)
            foreach (var (at, year) in ShortYears(text, published.Year))
                if (!times.Any(t => t.Start < at + ShortYearLength && at < t.End))
                    times.Add(Describe(text, new TimeMention(at, at + ShortYearLength, $"{year:D4}", null)));
        foreach (var (at, year) in RepublicYears(text, published))
            if (!times.Any(t => t.Start < at + RepublicYearLength && at < t.End))
                times.Add(Describe(text, new TimeMention(at, at + RepublicYearLength, $"{year:D4}", null)));
        if (published != null)
        {
            foreach (var word in _vocabulary.Now.Concat(_vocabulary.Recent))
                foreach (var at in Occurrences(text.Text, word))
                    if (!times.Any(t => t.Start < at + word.Length && at < t.End))
                        times.Add(Describe(text, new TimeMention(at, at + word.Length, NowMonth(times, at, published, document.Record.PublishedInferred), null)
                            { Reported = _vocabulary.Recent.Contains(word) }));
            // 展望新的一年 in February 2022: 2022; in December 2021, 2022 too.
            var newYear = published.Year + (published.Month is { } publishedMonth && _vocabulary.NewYearAheadMonths.Contains(publishedMonth) ? 1 : 0);
            foreach (var word in _vocabulary.NewYear)
                foreach (var at in Occurrences(text.Text, word))
                    if (!times.Any(t => t.Start < at + word.Length && at < t.End))
                        times.Add(Describe(text, new TimeMention(at, at + word.Length, $"{newYear:D4}", null)));
            if (published.Month is { } month)
                foreach (var word in _vocabulary.PastYear)
                    foreach (var at in Occurrences(text.Text, word))
                        if (!times.Any(t => t.Start < at + word.Length && at < t.End))
                        {
                            // 过去一年 published in June 2023: June 2022 to May 2023; in February 2023, the year 2022 under review.
                            var last = new DateTime(published.Year, month, 1).AddMonths(-1);
                            var first = last.AddMonths(-11);
                            times.Add(Describe(text, _vocabulary.PastYearReviewMonths.Contains(month)
                                ? new TimeMention(at, at + word.Length, $"{published.Year - 1:D4}", null)
                                : new TimeMention(at, at + word.Length, $"{first:yyyy-MM}", $"{last:yyyy-MM}")));
                        }
            foreach (var word in _vocabulary.YearsBack)
                foreach (var at in Occurrences(text.Text, word))
                    // 是近10年来第三低: a ranking against the years, not the years a figure covers.
                    if (YearsBefore(text.Text, at) is { } years && !times.Any(t => t.Start < at + word.Length && years.Start < t.End)
                        && !text.FollowsAny(at + word.Length, _vocabulary.RankAfter))
                        times.Add(Describe(text, new TimeMention(years.Start, at + word.Length,
                            $"{published.Year - years.Count + 1:D4}", $"{published.Year:D4}")));
        }
        foreach (var (word, first, last) in _vocabulary.Plans)
            foreach (var at in Occurrences(text.Text, word))
            {
                var after = at + word.Length;
                while (after < text.Text.Length && text.Text[after] is '”' or '"' or '」' or '’') after++;
                var end = _vocabulary.PlanEnds.FirstOrDefault(w => text.Follows(after, w));
                var start = _vocabulary.PlanStarts.FirstOrDefault(w => text.Follows(after, w));
                var since = _vocabulary.Since.FirstOrDefault(w => text.Follows(after, w));
                times.Add(Describe(text, end != null ? new TimeMention(at, after + end.Length, $"{last:D4}", null)
                    : start != null ? new TimeMention(at, after + start.Length, $"{first:D4}", null)
                    : since != null && published != null && first <= published.Year ? new TimeMention(at, after + since.Length, $"{first:D4}", $"{published.Year:D4}")
                    : new TimeMention(at, at + word.Length, $"{first:D4}", $"{last:D4}")));
            }
        foreach (var listYear in ListTitleYears(text.Text))
            if (!times.Any(t => t.Start < listYear.End && listYear.Start < t.End)) times.Add(Describe(text, listYear));
        // 省2023年度园区高质量发展考核结果,我市4个产业园区获评优秀: a ranking's year, no date, is the period of its counts.
        foreach (var (start, end, year) in Dates.DateExtractor.AnnualRankingYears(text.Text))
            if (!times.Any(t => t.Start < end && start < t.End)) times.Add(Describe(text, new TimeMention(start, end, $"{year:D4}", null)));
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
        // 今年上半年…2022年…截至6月30日: an article that counts from its publication year (今年) confirms the guessed year.
        if (!document.Spans.Any(a => a.Value is DateEntity { Relative: true }) && !_vocabulary.RelativeYears.Any(r => text.Text.Contains(r.Word, StringComparison.Ordinal)))
            MoveToYearInForce(times);
        AddFiscalYears(text, times, fiscalYearEnd);
        AddCurrentYears(text, times, fiscalYearEnd, published);
        MarkRestatedYears(text, times);
        MarkAsides(text, times);
        MarkOutlooks(text, times, document);
        MarkBracketAsides(text, times);
        MarkFigureNotes(text, times, document);
        MarkEventDates(text, times);
        MarkRankings(text, times);
        AddYearEnds(text, times, published);
        AddWholeYears(text, times, published);
        AddEventDays(text, times);
        return times;
    }

    /// <summary>
    /// 2023财年, 2022財政年度下半年, FY2024: a company's fiscal year, ending in the month a date right before one of them
    /// names (截至2023年3月31日的2023财年), else <paramref name="reportYearEnd"/> (the year-end a report's span gives), else
    /// December; a [fiscal-part] word right after it narrows it. A [fiscal-part] word said alone after a fiscal year that
    /// does not end in December (第四季度营收…) is that part of it, not of the calendar year.
    /// </summary>
    private void AddFiscalYears(ArticleText text, List<TimeMention> times, int? reportYearEnd)
    {
        var years = FiscalYearMentions(text.Text).ToList();
        if (years.Count == 0) return;
        var yearEnd = FiscalYearEndMonth(text, times, years, reportYearEnd);
        var added = new List<TimeMention>();
        foreach (var (start, end, year) in years)
        {
            var first = new DateTime(year, yearEnd, 1).AddMonths(-11);
            var part = FiscalPartAt(text, end);
            var time = part != null ? FiscalPart(start, end + part.Value.Word.Length, first, part.Value)
                : yearEnd == 12 ? new TimeMention(start, end, $"{year:D4}", null)
                : new TimeMention(start, end, $"{first:yyyy-MM}", $"{first.AddMonths(11):yyyy-MM}");
            times.RemoveAll(t => t.Start < time.End && time.Start < t.End);
            added.Add(Describe(text, time));
        }
        if (yearEnd != 12)
            for (var i = 0; i < times.Count; i++)
            {
                var t = times[i];
                var named = added.LastOrDefault(y => y.End <= t.Start);
                if (named == null || _vocabulary.FiscalParts.FirstOrDefault(p => p.Word.Length == t.End - t.Start && text.Follows(t.Start, p.Word)) is not { Word: not null } alone)
                    continue;
                var fiscalFirst = new DateTime(int.Parse((named.ValueEnd ?? named.Value)[..4]), yearEnd, 1).AddMonths(-11);
                var part = FiscalPart(t.Start, t.End, fiscalFirst, alone);
                times[i] = t with { Value = part.Value, ValueEnd = part.ValueEnd };
            }
        times.AddRange(added);
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The month a company's fiscal year ends in: the month of an as-of date right before a fiscal year the text
    /// names (截至2023年3月31日的2023财年), else <paramref name="reportYearEnd"/>, else December.</summary>
    private static int FiscalYearEndMonth(ArticleText text, List<TimeMention> times, List<(int Start, int End, int Year)> years, int? reportYearEnd) =>
        years.Select(y => AsOfMonthBefore(text.Text, times, y.Start)).FirstOrDefault(m => m != null) ?? reportYearEnd ?? 12;

    /// <summary>
    /// 今個財政年度, 本财年: the fiscal year running at publication ([current-fiscal-year], with an offset: 下个财年 is the next),
    /// ending in the month <see cref="FiscalYearEndMonth"/> gives. 今明两年 and 今明兩個財年 ([this-and-next-year],
    /// [this-and-next-fiscal-year]) name two times at once: the current year and the next, each its own mention, the first
    /// marked as joined to the second (so that 分别 hands them out in turn), both dating their own sentence only.
    /// </summary>
    private void AddCurrentYears(ArticleText text, List<TimeMention> times, int? reportYearEnd, PublicationDate? published)
    {
        if (published == null) return;
        var yearEnd = FiscalYearEndMonth(text, times, FiscalYearMentions(text.Text).ToList(), reportYearEnd);
        var added = new List<TimeMention>();
        void Add(int start, int end, (string Value, string? ValueEnd)? year, bool namesNextToo = false)
        {
            if (year is { } y && !times.Concat(added).Any(t => t.Start < end && start < t.End))
                added.Add(Describe(text, new TimeMention(start, end, y.Value, y.ValueEnd) { NamesNextToo = namesNextToo }));
        }
        foreach (var (word, offset) in _vocabulary.CurrentFiscalYears)
            foreach (var at in Occurrences(text.Text, word))
                Add(at, at + word.Length, FiscalYearRunning(published, yearEnd, offset));
        foreach (var (words, fiscal) in new[] { (_vocabulary.ThisAndNextFiscalYears, true), (_vocabulary.ThisAndNextYears, false) })
            foreach (var word in words)
                foreach (var at in Occurrences(text.Text, word))
                {
                    var (current, next) = fiscal
                        ? (FiscalYearRunning(published, yearEnd, 0), FiscalYearRunning(published, yearEnd, 1))
                        : (($"{published.Year:D4}", null), ($"{published.Year + 1:D4}", (string?)null));
                    if (current == null || next == null || times.Concat(added).Any(t => t.Start < at + word.Length && at < t.End)) continue;
                    Add(at, at + 1, current, namesNextToo: true);
                    Add(at + 1, at + word.Length, next);
                    // 將分別於今明兩個財年入賬: two years said at once date their own sentence only.
                    for (var i = added.Count - 2; i >= 0 && i < added.Count; i++) added[i] = added[i] with { Aside = true };
                }
        if (added.Count == 0) return;
        times.AddRange(added);
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The fiscal year ending in <paramref name="yearEnd"/> that runs at publication, moved by
    /// <paramref name="offset"/> years: a calendar year when it ends in December; null when the publication month a
    /// fiscal year needs is unknown.</summary>
    private static (string Value, string? ValueEnd)? FiscalYearRunning(PublicationDate published, int yearEnd, int offset)
    {
        if (yearEnd == 12) return ($"{published.Year + offset:D4}", null);
        if (published.Month is not { } month) return null;
        var last = new DateTime(published.Year, yearEnd, 1).AddYears(month > yearEnd ? 1 + offset : offset);
        return ($"{last.AddMonths(-11):yyyy-MM}", $"{last:yyyy-MM}");
    }

    /// <summary>Where each fiscal year the text names stands, and its number: 2023财年, 2022 財政年度, FY2024.</summary>
    private IEnumerable<(int Start, int End, int Year)> FiscalYearMentions(string text)
    {
        foreach (var word in _vocabulary.FiscalYears)
            foreach (var at in Occurrences(text, word))
            {
                var digits = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
                if (digits >= 4 && IsYearAt(text, digits - 4)) yield return (digits - 4, at + word.Length, int.Parse(text.AsSpan(digits - 4, 4)));
            }
        foreach (var prefix in _vocabulary.FiscalYearPrefixes)
            foreach (var at in Occurrences(text, prefix))
            {
                var digits = at + prefix.Length < text.Length && text[at + prefix.Length] == ' ' ? at + prefix.Length + 1 : at + prefix.Length;
                if ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && digits + 4 <= text.Length && IsYearAt(text, digits))
                    yield return (at, digits + 4, int.Parse(text.AsSpan(digits, 4)));
            }
    }

    /// <summary>截至2023年3月31日的2023财年: the month of an as-of date right before a fiscal year (的 or 之 between).</summary>
    private static int? AsOfMonthBefore(string text, List<TimeMention> times, int start)
    {
        var at = start;
        while (at > 0 && text[at - 1] is '的' or '之' or ' ') at--;
        var date = times.LastOrDefault(t => t.End == at && t.AsOf && t.ValueEnd == null && t.Value.Length >= 7);
        return date == null ? null : int.Parse(date.Value[5..7]);
    }

    /// <summary>The [fiscal-part] word right after <paramref name="end"/>, if any.</summary>
    private (string Word, int FirstMonth, int Months)? FiscalPartAt(ArticleText text, int end)
    {
        foreach (var part in _vocabulary.FiscalParts)
            if (text.Follows(end, part.Word)) return part;
        return null;
    }

    private static TimeMention FiscalPart(int start, int end, DateTime fiscalFirst, (string Word, int FirstMonth, int Months) part) =>
        new(start, end, $"{fiscalFirst.AddMonths(part.FirstMonth):yyyy-MM}", $"{fiscalFirst.AddMonths(part.FirstMonth + part.Months - 1):yyyy-MM}");

    /// <summary>《2022年度瞪羚企业名单》, 《2023全球独角兽榜》, 《2022年园区高质量发展百强研究报告》: the year a ranking's or
    /// list's title (one ending in a [list-title] word or holding a [ranking-title] word) names, which the date stage leaves to the title; the first year of four digits in it.</summary>
    private IEnumerable<TimeMention> ListTitleYears(string text)
    {
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0) yield break;
            var title = text.Substring(open + 1, close - open - 1);
            if (title.IndexOfAny(['\n', '《']) >= 0 || !_vocabulary.IsListTitle(title)) continue;
            for (var at = open + 1; at + 4 <= close; at++)
            {
                if (!IsYearAt(text, at)) continue;
                var end = at + 4 < close && text[at + 4] == '年' ? at + 5 : at + 4;
                yield return new TimeMention(at, end, text.Substring(at, 4), null);
                break;
            }
        }
    }

    /// <summary>Four digits of a plausible year (1900–2099) at <paramref name="at"/> that stand alone (no digit before or after).</summary>
    private static bool IsYearAt(string text, int at) =>
        (at == 0 || !char.IsAsciiDigit(text[at - 1])) && (at + 4 >= text.Length || !char.IsAsciiDigit(text[at + 4]))
        && int.TryParse(text.AsSpan(at, 4), System.Globalization.NumberStyles.None, null, out var year) && year is >= 1900 and <= 2099;

    /// <summary>
    /// 截至2020年3月31日为止,今年全球有586家: a [relative-year] word whose year holds the as-of date in force before it
    /// says that date again when it stands in the date's sentence or a [stock-verb] follows it in its clause (今年共有586家);
    /// a flow in its clause (截至6月底…。今年新增企业50家) is the year's.
    /// </summary>
    private void MarkRestatedYears(ArticleText text, List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var year = times[i];
            if (year.Skipped || year.ValueEnd != null || !IsRelativeYear(text, year)) continue;
            var inForce = times.Take(i).LastOrDefault(t => !t.Skipped);
            if (inForce is not { AsOf: true } || !Holds(year, inForce)) continue;
            var sameSentence = text.SentenceAround(inForce.Start, inForce.End).Start == text.SentenceAround(year.Start, year.End).Start;
            if (sameSentence || StockVerbInClause(text, year.End)) times[i] = year with { Restates = true };
        }
    }

    private bool IsRelativeYear(ArticleText text, TimeMention time) =>
        _vocabulary.RelativeYears.Any(r => r.Word.Length == time.End - time.Start && text.Follows(time.Start, r.Word));

    /// <summary>Whether a [stock-verb] (共有, 拥有) stands in the clause from <paramref name="from"/>.</summary>
    private bool StockVerbInClause(ArticleText text, int from)
    {
        for (var at = from; at < text.Text.Length && !ClauseEnds.Contains(text.Text[at]); at++)
            if (text.FollowsAny(at, _vocabulary.StockVerbs)) return true;
        return false;
    }

    /// <summary>
    /// 今年建设工业类项目29个…。其中…,1月份已完成投资1000万元。农业类项目19个: a time said in a sentence that opens with
    /// a [breakdown] word and that the period in force before the sentence holds is an aside: the sentences after it
    /// go on with that period. So is a month or quarter a [part-alone] word follows (1-8月份…。8月当月…) inside the span in
    /// force before its sentence.
    /// </summary>
    private void MarkAsides(ArticleText text, List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.Skipped) continue;
            var (sentenceStart, _) = text.SentenceAround(time.Start, time.End);
            var opens = sentenceStart;
            while (opens < time.Start && char.IsWhiteSpace(text.Text[opens])) opens++;
            var alone = text.FollowsAny(time.End, _vocabulary.PartsAlone);
            if (!alone && !text.FollowsAny(opens, _vocabulary.Breakdowns)) continue;
            var before = times.Take(i).LastOrDefault(t => !t.Skipped && t.End <= sentenceStart);
            if (before != null && (Holds(before, time) || alone && SpanHolds(before, time))) times[i] = time with { Aside = true };
        }
    }

    /// <summary>
    /// 电脑产业衰退6.95%,…,下半年可望带动营收成长: a time in a clause with no figure that looks ahead (a target cue after
    /// it in the clause), said after a figure of its sentence, is an outlook on the report: the sentences after it go on
    /// with the period before it.
    /// </summary>
    private void MarkOutlooks(ArticleText text, List<TimeMention> times, ArticleDocument document)
    {
        List<int>? figureStarts = null;
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.Skipped || time.Aside) continue;
            var clauseEnd = time.End;
            while (clauseEnd < text.Text.Length && !ClauseEnds.Contains(text.Text[clauseEnd])) clauseEnd++;
            var cued = false;
            for (var at = time.End; at < clauseEnd && !cued; at++) cued = text.FollowsAny(at, _vocabulary.TargetCues);
            if (!cued) continue;
            figureStarts ??= document.Get(Labels.Figure).Select(a => text.FromSource(a.Start)).ToList();
            var (sentenceStart, _) = text.SentenceAround(time.Start, time.End);
            var clauseStart = time.Start;
            while (clauseStart > sentenceStart && !ClauseEnds.Contains(text.Text[clauseStart - 1])) clauseStart--;
            if (figureStarts.Any(f => f >= clauseStart && f < clauseEnd) || !figureStarts.Any(f => f >= sentenceStart && f < clauseStart)) continue;
            times[i] = time with { Aside = true };
        }
    }

    /// <summary>
    /// 营业收入21.9兆元(仅次于2022年22.3兆),年增7.4%: a time in a bracket that also holds a figure after it dates the
    /// bracket's figures only. A bare year opening such a bracket before a colon is a report's comparative
    /// (上半年…每股盈利0.63元(二零二四年:1.12元)): the span in force before the bracket, in that year.
    /// </summary>
    private static void MarkBracketAsides(ArticleText text, List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.Skipped || EnclosingBracketEnd(text.Text, time) is not { } close) continue;
            var aside = time with { ReachEnd = close };
            if (time.ValueEnd == null && time.Value.Length == 4 && OpensBracketBeforeColon(text.Text, time)
                && times.Take(i).LastOrDefault(t => !t.Skipped && t.ReachEnd < 0) is { } inForce)
                aside = InYear(aside, inForce);
            times[i] = aside;
        }
    }

    /// <summary>
    /// 营业收入113.26亿元(1-11月),同比增长20.8%: a time that fills a bracket right after a figure is that figure's note: it
    /// dates the figure and the rest of its paragraph; the paragraphs after go on with the time in force before it.
    /// </summary>
    private static void MarkFigureNotes(ArticleText text, List<TimeMention> times, ArticleDocument document)
    {
        HashSet<int>? figureEnds = null;
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.Skipped || time.ReachEnd >= 0 || time.Start < 2 || time.End >= text.Text.Length
                || text.Text[time.Start - 1] is not ('(' or '（') || text.Text[time.End] is not (')' or '）')) continue;
            figureEnds ??= document.Get(Labels.Figure).Select(a => text.FromSourceEnd(a.End)).ToHashSet();
            if (!figureEnds.Contains(time.Start - 1)) continue;
            var paragraphEnd = text.Text.IndexOf('\n', time.End);
            times[i] = time with { NotesFigure = true, ReachEnd = paragraphEnd < 0 ? text.Text.Length : paragraphEnd };
        }
    }

    /// <summary>The note in a bracket right after the figure ending at <paramref name="figureEnd"/> (113.26亿元(1-11月)), if any.</summary>
    public static TimeMention? NoteAfter(IReadOnlyList<TimeMention> times, int figureEnd) =>
        times.FirstOrDefault(t => t.NotesFigure && t.Start == figureEnd + 1);

    /// <summary>
    /// 光宝公司兴建的厂房已于2017年6月动土,投资金额约137亿元: a month right after an [event-date-lead] word is when something
    /// happened; it dates the figures of its own sentence only. A day so written (活动于22日举行) is the reported event's, and
    /// dates what is said of it after.
    /// </summary>
    private void MarkEventDates(ArticleText text, List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.Skipped || time.ReachEnd >= 0 || time.ValueEnd != null || time.Value.Length != MonthLength
                || !text.EndsWithAny(time.Start, _vocabulary.EventDateLeads)) continue;
            var sentenceEnd = text.Text.IndexOfAny(SentenceEnds, time.End);
            times[i] = time with { ReachEnd = sentenceEnd < 0 ? text.Text.Length : sentenceEnd };
        }
    }

    /// <summary>Where the bracket around a time closes, when a figure's digit stands between the time and the close; null
    /// when the time stands in no bracket of one sentence, or nothing counted follows it there (周五(3月25日)).</summary>
    private static int? EnclosingBracketEnd(string text, TimeMention time)
    {
        var open = time.Start - 1;
        while (open >= 0 && time.Start - open <= MaxBracketReach && text[open] is not ('(' or '（'))
        {
            if (text[open] is ')' or '）' || SentenceEnds.Contains(text[open])) return null;
            open--;
        }
        if (open < 0 || time.Start - open > MaxBracketReach) return null;
        var digit = false;
        for (var at = time.End; at < text.Length && at - time.End <= MaxBracketReach; at++)
        {
            var c = text[at];
            if (c is ')' or '）') return digit ? at : null;
            if (c is '(' or '（' || SentenceEnds.Contains(c)) return null;
            digit |= char.IsAsciiDigit(c) || Numbers.NumeralParser.IsChineseNumeralChar(c);
        }
        return null;
    }

    /// <summary>(二零二四年:港幣1.12元): the time right after the opening bracket and right before a colon.</summary>
    private static bool OpensBracketBeforeColon(string text, TimeMention time)
    {
        var before = time.Start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var after = time.End;
        while (after < text.Length && text[after] == ' ') after++;
        return before >= 0 && text[before] is '(' or '（' && after < text.Length && text[after] is ':' or '：';
    }

    /// <summary>此次, 活动现场, 当天: the day of the event the article reported last (the last time stated to the day that is
    /// no stock's date: 截至6月30日 is not).</summary>
    private void AddEventDays(ArticleText text, List<TimeMention> times)
    {
        var added = new List<TimeMention>();
        foreach (var word in _vocabulary.EventDays)
            foreach (var at in Occurrences(text.Text, word))
            {
                if (times.Any(t => t.Start < at + word.Length && at < t.End)) continue;
                // 近日,…大会在重庆举行…会上签约12个项目: an event given no day is when 近日/日前 said it was.
                // 近日,园区举行1月份重大项目集中签约活动,此次签约项目15个: with no day, the batch the event's name gives
                // where it says more than 近日.
                var day = times.LastOrDefault(t => t.End <= at && !t.Skipped && !t.AsOf && t.ValueEnd == null && t.Value.Length == DayLength)
                          ?? Narrower(times.LastOrDefault(t => t.End <= at && t.Reported), times.LastOrDefault(t => t.End <= at && t.InEvent));
                if (day != null) added.Add(new TimeMention(at, at + word.Length, day.Value, day.ValueEnd));
            }
        if (added.Count == 0) return;
        times.AddRange(added);
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>目前: the publication month; when only the publication year is known, the last month of that year the
    /// article stated before it (1-7月…今年7月…目前 → July), else the year.</summary>
    private static string NowMonth(List<TimeMention> times, int at, PublicationDate published, bool yearGuessed)
    {
        if (published.Month != null) return Truncate(published.ToString(), 7);
        var year = $"{published.Year:D4}";
        // 截至2012年底,…。目前竣工项目1251个 on a page whose year is guessed (2013, from that very date): now is the as-of
        // month the article stated last, not the guessed year.
        if (yearGuessed && times.Where(t => t.End <= at && !t.Skipped).MaxBy(t => t.End) is { AsOf: true } stated && stated.Value.Length >= 7)
            return stated.Value[..7];
        var months = times.Where(t => t.End <= at && !t.Skipped).Select(t => t.ValueEnd ?? t.Value)
            .Where(v => v.Length >= 7 && v.StartsWith(year, StringComparison.Ordinal)).Select(v => v[..7]).ToList();
        return months.Count > 0 ? months.Max(StringComparer.Ordinal)! : year;
    }

    /// <summary>年末, 年底 with no year written with them (全年…年末全区市场主体28.7万户): the December of the year stated
    /// last before them, else of the publication year, for the figures of their sentence; none after a span of years,
    /// whose year-end is not one.</summary>
    private void AddYearEnds(ArticleText text, List<TimeMention> times, PublicationDate? published)
    {
        var added = new List<TimeMention>();
        foreach (var word in _vocabulary.YearEnds)
            foreach (var at in Occurrences(text.Text, word))
            {
                if (at > 0 && (_vocabulary.YearEndNotAfter.Contains(text.Text[at - 1]) || char.IsAsciiDigit(text.Text[at - 1])
                               || Numbers.NumeralParser.IsChineseNumeralChar(text.Text[at - 1]))
                    || times.Any(t => t.Start < at + word.Length && at < t.End)) continue;
                var year = YearInForce(times, at, published);
                // 回落到年底的10万元/吨。全省新能源汽车产量13.2万辆: a year-end dates its own sentence; the next go on with the year.
                var sentenceEnd = text.Text.IndexOfAny(SentenceEnds, at);
                if (year != null)
                    added.Add(Describe(text, new TimeMention(at, at + word.Length, $"{year}-12", null) { ReachEnd = sentenceEnd < 0 ? text.Text.Length : sentenceEnd }));
            }
        if (added.Count == 0) return;
        times.AddRange(added);
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The year of the time stated last before <paramref name="at"/> that is no base, else the publication year;
    /// null after a span of years (50年来), whose 全年 or 年末 is no one year.</summary>
    private static string? YearInForce(List<TimeMention> times, int at, PublicationDate? published)
    {
        var before = times.LastOrDefault(t => t.End <= at && !t.Skipped);
        if (before != null) return SpansYears(before) ? null : before.Value[..4];
        return published != null ? $"{published.Year:D4}" : null;
    }

    /// <summary>全年: the whole year of the time stated last before it (1到2月…全年 → that year), else the publication year.</summary>
    private void AddWholeYears(ArticleText text, List<TimeMention> times, PublicationDate? published)
    {
        var added = new List<TimeMention>();
        foreach (var word in _vocabulary.WholeYear)
            foreach (var at in Occurrences(text.Text, word))
            {
                if (times.Any(t => t.Start < at + word.Length && at < t.End)) continue;
                // 比去年全年提高6个百分点: 全年 right after a base is that base's year, compared with, no period.
                var adjacent = times.FindLastIndex(t => t.End == at);
                if (adjacent >= 0 && times[adjacent].Base) continue;
                // 相当于去年全年的90%: 全年 right after a year is part of it, one time (what 的 makes a base reads after 全年).
                if (adjacent >= 0 && times[adjacent] is { Skipped: false, ValueEnd: null, Value.Length: 4 } wholeYear)
                {
                    times[adjacent] = Describe(text, wholeYear with { End = at + word.Length });
                    continue;
                }
                if (YearInForce(times, at, published) is { } year) added.Add(Describe(text, new TimeMention(at, at + word.Length, year, null)));
            }
        if (added.Count == 0) return;
        times.AddRange(added);
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Where the [since] word after a date ends: right after it, or after the few words of what started then
    /// (2015年成立以来, 自2010年启动以来); after a [from] word (自2015年成立…至今, 从2018年起) anywhere in its clause.
    /// Null when none follows.</summary>
    private int? SinceEnd(string text, int start, int end)
    {
        var from = _vocabulary.From.Any(w => start - w.Length >= 0 && string.CompareOrdinal(text, start - w.Length, w, 0, w.Length) == 0);
        var maxGap = from ? MaxFromGap : MaxSinceGap;
        var words = from ? _vocabulary.Since.Concat(_vocabulary.FromEnds) : _vocabulary.Since;
        for (var gap = 0; gap <= maxGap && end + gap <= text.Length; gap++)
        {
            var since = words.FirstOrDefault(w => string.CompareOrdinal(text, end + gap, w, 0, w.Length) == 0);
            // 从2021年起每年列支1000万元: a yearly amount that starts then, not a total since then.
            if (since != null)
                return _vocabulary.PerPeriod.Any(w => string.CompareOrdinal(text, end + gap + since.Length, w, 0, w.Length) == 0)
                    ? null : end + gap + since.Length;
            if (end + gap >= text.Length) return null;
            var c = text[end + gap];
            if (from ? ClauseEnds.Contains(c) : c is < '\u4e00' or > '\u9fff' || c == '的') return null;
        }
        return null;
    }

    /// <summary>止六个月, 止的12个月, 止半年度, 止年度 after a date: how many months end at it, and where the words end.</summary>
    private (int Months, int End)? MonthsEnded(string text, int end)
    {
        var word = _vocabulary.MonthsEnded.FirstOrDefault(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0);
        if (word == null) return null;
        var at = end + word.Length;
        if (at < text.Length && text[at] == '的') at++;
        var half = _vocabulary.HalfYearEnded.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);
        if (half != null) return (6, at + half.Length);
        var year = _vocabulary.YearEnded.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);
        if (year != null) return (12, at + year.Length);
        // 公布2022/2023全年业绩,截至6月底止,全年核心盈利: in a sentence about a company's [results], a year that ends at
        // the date, named at the head of the next clause (截至10月31日止,全年累计… elsewhere is the year so far).
        if (at < text.Length && text[at] is ',' or '，' && ResultsBefore(text, end)
            && _vocabulary.YearEnded.FirstOrDefault(w => string.CompareOrdinal(text, at + 1, w, 0, w.Length) == 0) is { } named)
            return (12, at + 1 + named.Length);
        var digits = at;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || Numbers.NumeralParser.IsChineseNumeralChar(text[digits]))) digits++;
        var unit = _vocabulary.MonthUnits.FirstOrDefault(w => string.CompareOrdinal(text, digits, w, 0, w.Length) == 0);
        if (digits == at || unit == null || !Numbers.NumeralParser.TryParse(text[at..digits], out var months)
            || months is < 1 or > 12 || months != decimal.Truncate(months)) return null;
        return ((int)months, digits + unit.Length);
    }

    /// <summary>Whether a [results] word (业绩, 财年) stands before <paramref name="at"/> in its sentence.</summary>
    private bool ResultsBefore(string text, int at)
    {
        var sentenceStart = text.LastIndexOfAny(SentenceEnds, Math.Max(at - 1, 0)) + 1;
        return _vocabulary.ResultsWords.Any(w => text.IndexOf(w, sentenceStart, at - sentenceStart, StringComparison.Ordinal) >= 0);
    }

    /// <summary>Punctuation that ends a sentence.</summary>
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '\n'];

    /// <summary>How many characters may stand between a date and its 以来 (成立, 建区, 正式运营).</summary>
    private const int MaxSinceGap = 4;

    /// <summary>How many characters may stand between a date after 自/从 and the word that ends the span (至今, 起).</summary>
    private const int MaxFromGap = 30;

    /// <summary>
    /// The period of a figure starting at view offset <paramref name="figureStart"/>: the last time before it that is
    /// no base. A base a figure of its sentence is compared with (是2012年的2.35倍) makes the figures after it in the
    /// sentence span from the base to the period before it (2012..2021).
    /// </summary>
    public static TimeMention? PeriodOf(ArticleText text, IReadOnlyList<TimeMention> times, int figureStart, int sentenceStart, ISet<int> relativeStarts)
    {
        TimeMention? eventName = null;
        for (var i = times.Count - 1; i >= 0; i--)
        {
            var t = times[i];
            if (t.End > figureStart) continue;
            // 去年同期1兆1335億元, 較去年同期(107年1到2月)的1094.46億元: the figure is the base's own value.
            if (t.Base && IsRightAfter(text, t.ComparedEnd, figureStart)) return BaseValue(times, i);
            if (t.InEvent) eventName ??= t;
            if (t.Skipped || t.Aside && t.Start < sentenceStart || t.ReachEnd >= 0 && t.ReachEnd < figureStart) continue;
            if (t.BaseWordEnd >= 0 && t.BaseWordEnd <= figureStart && relativeStarts.Contains(t.BaseWordEnd))
            {
                if (t.Start < sentenceStart) continue;
                var before = PeriodOf(text, times, t.Start, 0, relativeStarts);
                if (before == null) return null;
                // 50年来…增至2021年的2400亿: after a span of years the date is the figure's own time, not a base.
                if (SpansYears(before)) return t;
                var periodEnd = before.ValueEnd ?? before.Value;
                return periodEnd == t.Value ? t : t with { ValueEnd = periodEnd };
            }
            return Narrower(t, eventName);
        }
        return eventName;
    }

    /// <summary>The time of an event's name said after a time that holds it (2021年…举行第三季度集中开工活动; 近日…举行1月份
    /// 签约活动): the name says the figures' period more narrowly. Else <paramref name="time"/>, or the name's time when
    /// nothing else is stated.</summary>
    private static TimeMention? Narrower(TimeMention? time, TimeMention? eventName)
    {
        if (eventName == null || time != null && (eventName.Start < time.Start || !Holds(time, eventName))) return time;
        return eventName with { InName = false, InEvent = false };
    }

    /// <summary>一六年, 二一年, 九八年: a year written with two Chinese digits, read in the century that puts it no later than
    /// the year after <paramref name="publishedYear"/>; none before a [short-year-not-before] word (八零年代), inside a longer
    /// numeral, or when the digits count a few years (五六年, 三五年).</summary>
    private IEnumerable<(int At, int Year)> ShortYears(ArticleText text, int publishedYear)
    {
        var s = text.Text;
        for (var at = s.IndexOf('年'); at >= 0; at = s.IndexOf('年', at + 1))
        {
            var start = at - 2;
            if (start < 0 || ChineseDigit(s[start]) is not { } tens || ChineseDigit(s[start + 1]) is not { } ones) continue;
            if (start > 0 && (char.IsAsciiDigit(s[start - 1]) || Numbers.NumeralParser.IsChineseNumeralChar(s[start - 1]) || s[start - 1] == '○')) continue;
            if (CountsYears(tens, ones) || text.FollowsAny(at + 1, _vocabulary.ShortYearNotBefore)) continue;
            var year = publishedYear / 100 * 100 + tens * 10 + ones;
            if (year > publishedYear + 1) year -= 100;
            yield return (start, year);
        }
    }

    /// <summary>五六年, 七八年, 三五年: digits that say a few years, not a year (一二年, 二三年 are 2012 and 2023: a count of one or
    /// two years is written 一两年, 两三年).</summary>
    private static bool CountsYears(int tens, int ones) => tens >= 3 && ones == tens + 1 || tens == 3 && ones == 5;

    /// <summary>The value of a Chinese digit (〇/零 … 九), else null.</summary>
    private static int? ChineseDigit(char c)
    {
        var index = "〇一二三四五六七八九".IndexOf(c);
        return index >= 0 ? index : c == '零' ? 0 : null;
    }

    /// <summary>Two digits and 年.</summary>
    private const int ShortYearLength = 3;

    /// <summary>一一〇年, 民國一一一年, 一○九年: a year of the Republic of China written with three Chinese digits (100–199,
    /// 2011–2110), as Taiwan news print them; none inside a longer numeral (二〇二一年 is the date stage's), before a
    /// [short-year-not-before] word, or more than a year after publication.</summary>
    private IEnumerable<(int At, int Year)> RepublicYears(ArticleText text, PublicationDate? published)
    {
        var s = text.Text;
        for (var at = s.IndexOf('年'); at >= 0; at = s.IndexOf('年', at + 1))
        {
            var start = at - RepublicYearLength + 1;
            if (start < 0 || s[start] != '一' || RepublicDigit(s[start + 1]) is not { } tens || RepublicDigit(s[start + 2]) is not { } ones) continue;
            if (start > 0 && (char.IsAsciiDigit(s[start - 1]) || Numbers.NumeralParser.IsChineseNumeralChar(s[start - 1]) || s[start - 1] == '○')) continue;
            if (text.FollowsAny(at + 1, _vocabulary.ShortYearNotBefore)) continue;
            var year = RepublicEra + 100 + tens * 10 + ones;
            if (published != null && year > published.Year + 1) continue;
            yield return (start, year);
        }
    }

    /// <summary>A Chinese digit as Taiwan news write it in a year (〇, ○ or 零 for nought).</summary>
    private static int? RepublicDigit(char c) => c == '○' ? 0 : ChineseDigit(c);

    /// <summary>Three digits and 年.</summary>
    private const int RepublicYearLength = 4;

    /// <summary>Characters that join the items of a list (甲、乙和丙).</summary>
    private static readonly System.Buffers.SearchValues<char> ListJoins = System.Buffers.SearchValues.Create("、和及与與");

    /// <summary>The Gregorian year before the Republic's year 1 (1912).</summary>
    private const int RepublicEra = 1911;

    /// <summary>A month or part of the year written without its year (一季度, 12月) that the date stage put in the
    /// publication year, within that one year.</summary>
    private static bool IsInPublicationYear(DateEntity date, PublicationDate? published) =>
        published != null && date.YearInferred && !date.Relative && date.Value.Length > 4 && date.Value[..4] == $"{published.Year:D4}"
        && (date.ValueEnd == null || date.ValueEnd[..4] == date.Value[..4]);

    /// <summary>
    /// 2024年,全区实现增加值3029.6亿元…一季度开局良好: in a page whose date is only inferred and that never counts from it
    /// (今年, 去年), a month or part of the year the date stage put in that guessed year lies in the year of the time in
    /// force before it (the last one that is no base, name or goal), when that time names another year.
    /// </summary>
    private static void MoveToYearInForce(List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (!time.YearGuessed) continue;
            var inForce = times.Take(i).LastOrDefault(t => !t.Skipped && !t.Lead);
            if (inForce == null || SpansYears(inForce) || inForce.Value[..4] == time.Value[..4]) continue;
            var year = inForce.Value[..4];
            times[i] = time with { Value = year + time.Value[4..], ValueEnd = time.ValueEnd == null ? null : year + time.ValueEnd[4..] };
        }
    }

    /// <summary>
    /// 为今年以来单月最高增速, 创2015年以来同期新高: a span up to now followed by a [rank-after] word (after [rank-between]
    /// words) is what a figure is ranked against, no period: the figures after it keep the period said before it.
    /// </summary>
    private void MarkRankings(ArticleText text, List<TimeMention> times)
    {
        for (var i = 0; i < times.Count; i++)
        {
            var time = times[i];
            if (time.Skipped) continue;
            var at = time.End;
            // 为2021年第二季度以来录得的单季最高增速: a page with no date gives the span no end, and 以来 stays out of the time.
            if (!text.EndsWithAny(at, _vocabulary.Since) && !text.EndsWithAny(at, _vocabulary.YearsBack))
            {
                if (_vocabulary.Since.FirstOrDefault(w => text.Follows(at, w)) is not { } since) continue;
                at += since.Length;
            }
            while (_vocabulary.RankBetween.FirstOrDefault(w => text.Follows(at, w)) is { } between) at += between.Length;
            if (text.FollowsAny(at, _vocabulary.RankAfter)) times[i] = time with { RankedAgainst = true };
        }
    }

    /// <summary>
    /// 2021—2023年营业收入分别为4.6亿元、9.8亿元和17.3亿元; 一季度、二季度、三季度分别增长5.9%、5.2%和3.7%: a figure in a run
    /// of figures after a [respectively] word takes the time of its place in the run of times stated before that word in
    /// the sentence (joined as the figures are), or the year of its place in a span of as many years; in a run before
    /// the word (46.35億元及72.19億元將分別於今明兩個財年入賬), the run of times right after it. Null when the counts differ
    /// or nothing is enumerated.
    /// </summary>
    public TimeMention? Respective(ArticleText text, IReadOnlyList<TimeMention> times, IReadOnlyList<(int Start, int End)> figures, int index, int sentenceStart)
    {
        int first = index, last = index;
        while (first > 0 && figures[first - 1].Start >= sentenceStart && AttributionStage.JoinedInRun(text, figures[first - 1].End, figures[first].Start)) first--;
        while (last + 1 < figures.Count && AttributionStage.JoinedInRun(text, figures[last].End, figures[last + 1].Start)) last++;
        var count = last - first + 1;
        if (count < 2) return null;
        var position = index - first;
        var before = _vocabulary.Respectively
            .Select(w => text.Text.LastIndexOf(w, figures[first].Start - 1, figures[first].Start - sentenceStart, StringComparison.Ordinal))
            .DefaultIfEmpty(-1).Max();
        if (before < 0)
        {
            var sentenceEnd = text.SentenceAround(figures[last].Start, figures[last].End).End;
            var after = _vocabulary.Respectively.Select(w => text.Text.IndexOf(w, figures[last].End, sentenceEnd - figures[last].End, StringComparison.Ordinal))
                .Where(at => at >= 0).DefaultIfEmpty(-1).Min();
            if (after < 0) return null;
            var following = times.Where(t => t.Start >= after && t.End <= sentenceEnd).ToList();
            if (following.Count == 0 || following.Any(t => t.Skipped)) return null;
            var length = 1;
            while (length < following.Count && JoinedTimes(text, following[length - 1], following[length])) length++;
            return length == count ? following[position] : null;
        }
        var stated = times.Where(t => t.Start >= sentenceStart && t.End <= before).ToList();
        if (stated.Count == 0 || stated.Any(t => t.Skipped)) return null;
        var run = stated.Count;
        while (run > 1 && JoinedTimes(text, stated[run - 2], stated[run - 1])) run--;
        var enumerated = stated.Skip(run - 1).ToList();
        if (enumerated.Count == count) return enumerated[position];
        if (enumerated.Count > 1 || enumerated[0] is not { ValueEnd: { Length: 4 } lastYear, Value: { Length: 4 } firstYear } span) return null;
        // 2019—2021年,甲、乙、丙三家企业营收分别为…: the figures go with the items listed, not with the years.
        if (text.Text.AsSpan(span.End, before - span.End).IndexOfAny(ListJoins) >= 0) return null;
        var from = int.Parse(firstYear);
        return int.Parse(lastYear) - from + 1 == count ? span with { Value = $"{from + position:D4}", ValueEnd = null, Window = false } : null;
    }

    /// <summary>Two times listed one after the other: joined as a list's items are, or named by one word (今明两年).</summary>
    private static bool JoinedTimes(ArticleText text, TimeMention earlier, TimeMention later) =>
        earlier.NamesNextToo && earlier.End == later.Start || AttributionStage.JoinedInRun(text, earlier.End, later.Start);

    /// <summary>Whether a point (2022) holds a narrower time that starts with it (2022-01, 2021-07..2021-09).</summary>
    private static bool Holds(TimeMention outer, TimeMention inner) => Holds(outer.Value, outer.ValueEnd, inner.Value, inner.ValueEnd);

    /// <summary>Whether a span (1-8月) runs over a time inside it (8月, 7-8月).</summary>
    private static bool SpanHolds(TimeMention outer, TimeMention inner) =>
        outer.ValueEnd is { } outerEnd && (inner.ValueEnd != null || inner.Value.Length >= outerEnd.Length)
        && string.CompareOrdinal(Truncate(inner.Value, outer.Value.Length), outer.Value) >= 0
        && string.CompareOrdinal(Truncate(inner.ValueEnd ?? inner.Value, outerEnd.Length), outerEnd) <= 0;

    /// <summary>Whether a point (<paramref name="outer"/>, no end) holds a narrower time that starts with it.</summary>
    internal static bool Holds(string outer, string? outerEnd, string inner, string? innerEnd) =>
        outerEnd == null && inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal)
        && (innerEnd == null || innerEnd.StartsWith(outer, StringComparison.Ordinal));

    /// <summary>
    /// 从12个增加至32个: the period of a figure right after a [from] word, when the period before it was given by a
    /// sentence that names two times (2017年…,2023年…): the earlier of them. Null when that does not apply.
    /// </summary>
    public TimeMention? StartOfChange(ArticleText text, IReadOnlyList<TimeMention> times, TimeMention? period, int figureStart)
    {
        if (period == null || period.ValueEnd != null || !text.EndsWithAny(figureStart, _vocabulary.From)) return null;
        var (sentenceStart, _) = text.SentenceAround(period.Start, period.End);
        return times.LastOrDefault(t => t.Start >= sentenceStart && t.End <= period.Start && !t.Skipped && t.ValueEnd == null
                                        && string.CompareOrdinal(t.Value, period.Value) < 0);
    }

    /// <summary>
    /// 2020年至2024年,净利润从80.09亿元增长至176.48亿元: in a span of years, a figure right after a [from] word is the
    /// level at the span's first year, and one right after a [range-to] word, with a figure after a [from] word earlier in
    /// its clause, the level at its last year. Null when that does not apply.
    /// </summary>
    public TimeMention? EndOfRange(ArticleText text, TimeMention? period, int figureStart)
    {
        if (period is not { ValueEnd: { } last } || !SpansYears(period)) return null;
        if (text.EndsWithAny(figureStart, _vocabulary.From)) return period with { ValueEnd = null, Window = false };
        if (!text.EndsWithAny(figureStart, _vocabulary.RangeTo)) return null;
        for (var at = figureStart - 1; at > 0 && !ClauseEnds.Contains(text.Text[at - 1]); at--)
            if (text.EndsWithAny(at, _vocabulary.From) && (char.IsAsciiDigit(text.Text[at]) || Numbers.NumeralParser.IsChineseNumeralChar(text.Text[at])))
                return period with { Value = last, ValueEnd = null, Window = false };
        return null;
    }

    /// <summary>
    /// 前4月新增总部20家,累计达到791家: a [cumulative] word in the figure's clause, after a written span stated in an
    /// earlier clause, makes the figure a stock counted at the span's end (2021-04), not a flow over it; followed by a
    /// [cumulative-rate] word (累计增速) it is the span's rate and keeps the span; so does a figure compared year on year
    /// in the clause right after it (累计完成固投205.2亿元,同比增长11.8%) unless a [cumulative-stock] word says the level
    /// it reached (累计达到2600家,同比增长12%). Null when that does not apply.
    /// </summary>
    public TimeMention? StockAtWindowEnd(ArticleText text, TimeMention? period, int figureStart, int figureEnd)
    {
        if (period is not { Window: true, ValueEnd: { } last }) return null;
        var clauseStart = figureStart;
        while (clauseStart > 0 && !ClauseEnds.Contains(text.Text[clauseStart - 1])) clauseStart--;
        // 1-8月份跟踪在谈项目累计40: in the span's own clause, 累计 sums the span.
        if (period.End > clauseStart) return null;
        // 2002—2011年,累计完成投资4.72万亿元: a span that is the whole clause right before the figure's leads it, as in its own clause.
        var leadsClause = period.End + 1 == clauseStart && (period.Start == 0 || ClauseEnds.Contains(text.Text[period.Start - 1]));
        for (var at = figureStart; at > clauseStart; at--)
            // 累计增速高于全国3.6个百分点: the span's cumulative rate, no stock.
            if (text.EndsWithAny(at, _vocabulary.Cumulative) && !text.FollowsAny(at, _vocabulary.CumulativeRates))
                return (leadsClause || ComparedYearOnYearAfter(text, figureEnd)) && !text.FollowsAny(at, _vocabulary.CumulativeStocks)
                    ? null : period with { Value = last, ValueEnd = null, Window = false };
        return null;
    }

    /// <summary>Whether the clause right after a figure, in its sentence, opens with a [year-on-year] word (…亿元,同比增长).</summary>
    private bool ComparedYearOnYearAfter(ArticleText text, int figureEnd)
    {
        var at = figureEnd;
        while (at < text.Text.Length && at - figureEnd <= MaxFigureTail && !ClauseEnds.Contains(text.Text[at])) at++;
        return at < text.Text.Length && text.Text[at] is ',' or '，' && text.FollowsAny(at + 1, _vocabulary.YearOnYear);
    }

    /// <summary>How many characters may stand between a figure and the comma that ends its clause (左右, 以上).</summary>
    private const int MaxFigureTail = 4;

    /// <summary>
    /// 1~4月…,年度计划投资6.5亿元: an [annual] word in the figure's clause before it (with no 的 between, which would
    /// make the figure a share of the plan) makes the figure the whole year's of its period. Null when that does not apply.
    /// </summary>
    public TimeMention? AnnualOf(ArticleText text, TimeMention? period, int figureStart)
    {
        if (period == null || period.Value.Length == 4 && period.ValueEnd == null || SpansYears(period)) return null;
        for (var at = figureStart; at > 0 && !ClauseEnds.Contains(text.Text[at - 1]) && text.Text[at - 1] != '的'; at--)
            if (text.EndsWithAny(at, _vocabulary.Annual))
                return period with { Value = period.Value[..4], ValueEnd = null, Window = false };
        return null;
    }

    /// <summary>Only a closing bracket and 的/为/是 between a base's words and the figure.</summary>
    private static bool IsRightAfter(ArticleText text, int end, int figureStart)
    {
        if (end < 0 || end > figureStart || figureStart - end > 2) return false;
        for (var at = end; at < figureStart; at++)
            if (!")）的为是".Contains(text.Text[at])) return false;
        return true;
    }

    /// <summary>The period of the base at <paramref name="index"/>; a year said with 同期 (去年同期) is the span of the
    /// period stated before it moved to that year (今年上半年…去年同期 → last year's first half), the year itself when the
    /// period in force is a whole year (今年营收预计增长15%,去年同期为8%).</summary>
    private static TimeMention BaseValue(IReadOnlyList<TimeMention> times, int index)
    {
        var t = times[index];
        if (t.Value.Length != 4 || !t.SamePeriod) return t;
        var current = times.Take(index).LastOrDefault(c => !c.Skipped);
        return current == null || current.Value.Length == 4 ? t : InYear(t, current);
    }

    /// <summary>A bare year <paramref name="year"/> said of the span <paramref name="current"/> within one year (今年上半年…
    /// 去年同期): that span in the year's; else the year as it is.</summary>
    private static TimeMention InYear(TimeMention year, TimeMention current)
    {
        if (current.Value.Length <= 4 || current.Value[..4] != (current.ValueEnd ?? current.Value)[..4]) return year;
        return year with { Value = year.Value + current.Value[4..], ValueEnd = current.ValueEnd == null ? null : year.Value + current.ValueEnd[4..] };
    }

    /// <summary>The number of years written right before 年来 (5年来, 十年来), or null; vague counts (多年来) give none.</summary>
    private static (int Start, int Count)? YearsBefore(string text, int at)
    {
        var start = at;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || Numbers.NumeralParser.IsChineseNumeralChar(text[start - 1]))) start--;
        if (start == at || !Numbers.NumeralParser.TryParse(text[start..at], out var count) || count is < 1 or > 100 || count != decimal.Truncate(count))
            return null;
        // 五六年来: two digits without 十 say a few years, vaguely (as 多年来), not fifty-six.
        if (at - start == 2 && ChineseDigit(text[start]) != null && ChineseDigit(text[start + 1]) != null) return null;
        return (start, (int)count);
    }

    /// <summary>True when the period lies after the publication date (a year, or a month of the publication year).</summary>
    public static bool IsFuture(TimeMention time, PublicationDate? published) => published != null && IsAfter(time.Value, published);

    /// <summary>Whether a date (<c>YYYY</c>, <c>YYYY-MM…</c>) lies after the publication date.</summary>
    internal static bool IsAfter(string value, PublicationDate published)
    {
        var year = int.Parse(value[..4]);
        if (year != published.Year) return year > published.Year;
        return value.Length >= 7 && published.Month is { } month && int.Parse(value[5..7]) > month;
    }

    private TimeMention Describe(ArticleText text, TimeMention time)
    {
        // 由去年的4.9%加快至今年的7.1%: a time after 由 or 至 is when the figure after it holds, not what it is compared with.
        var baseAfter = text.EndsWithAny(time.Start, _vocabulary.OwnTimeBefore) ? null
            : _vocabulary.BaseAfter.FirstOrDefault(w => text.Follows(time.End, w));
        var lead = text.EndsWithAny(time.Start, _vocabulary.DateLeads);
        // 去年同期, 比上年, 去年同期(107年1到2月): compared with, not covered.
        var comparedAfter = _vocabulary.ComparedAfter.FirstOrDefault(w => text.Follows(time.End, w));
        var inEvent = time.Value.Length < DayLength && InEventName(text, time);
        var opening = time.Start > 0 && text.Text[time.Start - 1] is '(' or '（' ? time.Start - 1 : -1;
        // 較“十二五”增長112.9%: the comparing word may stand before the quote that opens the time.
        var quoted = time.Start > 0 && text.Text[time.Start - 1] is '“' or '「' or '‘' or '"' ? time.Start - 1 : time.Start;
        var comparedWith = comparedAfter != null || text.EndsWithAny(quoted, _vocabulary.ComparedBefore)
                           || opening >= 0 && _vocabulary.ComparedAfter.Concat(_vocabulary.ComparedBefore).Any(w => text.EndsAt(opening, w))
                           || ComparedWithin(text, time);
        return time with
        {
            Lead = lead, Base = comparedWith, AsOf = text.EndsWithAny(time.Start, _vocabulary.AsOf), BaseWordEnd = baseAfter != null ? time.End + baseAfter.Length : -1,
            // 回复至2019年同期的71.0%: a share of the base's level, not the base's own value.
            ComparedEnd = comparedWith && !text.EndsWithAny(quoted, _vocabulary.ShareOfBase) ? time.End + (comparedAfter?.Length ?? 0) : -1,
            SamePeriod = comparedAfter != null && _vocabulary.SamePeriod.Contains(comparedAfter),
            // 25日上午…签约仪式在开发区举行: a day is when the event is held; names hold only years and parts of them.
            InName = inEvent || InTitle(text.Text, time),
            InEvent = inEvent,
        };
    }

    /// <summary>与2023年底相比, 與2019—2021年平均水平相比: a time right after a [compared-with] word that a
    /// [compared-with-end] word closes a few characters later in its clause is what the figures are compared with.</summary>
    private bool ComparedWithin(ArticleText text, TimeMention time)
    {
        if (!text.EndsWithAny(time.Start, _vocabulary.ComparedWith)) return false;
        for (var at = time.End; at < text.Text.Length && at - time.End <= MaxComparedGap && !ClauseEnds.Contains(text.Text[at]); at++)
            if (text.FollowsAny(at, _vocabulary.ComparedWithEnd)) return true;
        return false;
    }

    /// <summary>举行2024年第三季度招商引资项目集中签约活动: a time between an [event-verb] and the [event-noun] that ends
    /// the event's name, in one clause (a quoted slogan may stand between: 举办“开新局,向未来”2022年…签约仪式).</summary>
    private bool InEventName(ArticleText text, TimeMention time)
    {
        var verb = false;
        for (int at = time.Start, seen = 0; at > 0 && seen < MaxEventGap; at--, seen++)
        {
            var c = text.Text[at - 1];
            if (c is '”' or '"' or '」')
            {
                var open = text.Text.LastIndexOfAny(['“', '"', '「'], Math.Max(at - 2, 0));
                if (open < 0) return false;
                at = open + 1;
                continue;
            }
            if (ClauseEnds.Contains(c)) break;
            if (text.EndsWithAny(at, _vocabulary.EventVerbs)) { verb = true; break; }
        }
        for (var at = time.End; at < text.Text.Length && at - time.End < MaxEventGap; at++)
        {
            if (ClauseEnds.Contains(text.Text[at])) return false;
            if (_vocabulary.EventNouns.FirstOrDefault(w => text.Follows(at, w)) is not { } noun) continue;
            // 举行2021年第四季度集中签约仪式; 2018年重大项目集中开工活动在园区举行.
            return verb || EventVerbAfter(text, at + noun.Length);
        }
        return false;
    }

    /// <summary>An [event-verb] later in the clause from <paramref name="from"/> (…活动在园区举行).</summary>
    private bool EventVerbAfter(ArticleText text, int from)
    {
        for (var at = from; at < text.Text.Length && at - from < MaxEventGap; at++)
        {
            if (ClauseEnds.Contains(text.Text[at])) return false;
            if (text.FollowsAny(at, _vocabulary.EventVerbs)) return true;
        }
        return false;
    }

    /// <summary>《…建设方案2021—2023》: a time inside a document's title names the document, not a period; but the title
    /// of a ranking or list (《2022年度瞪羚企业名单》, 《2022年园区百强研究报告》) says the year its counts are of.</summary>
    private bool InTitle(string text, TimeMention time)
    {
        var open = time.Start > 0 ? text.LastIndexOf('《', time.Start - 1) : -1;
        if (open < 0 || text.IndexOf('》', open, time.Start - open) >= 0) return false;
        var close = text.IndexOf('》', time.End);
        if (close < 0 || text.IndexOf('\n', time.End, close - time.End) >= 0) return false;
        return !_vocabulary.IsListTitle(text.AsSpan(open + 1, close - open - 1));
    }

    /// <summary>Punctuation that ends a clause.</summary>
    private const string ClauseEnds = TextNormalizer.ClausePunctuation;

    /// <summary>Length of a date to the month (YYYY-MM).</summary>
    private const int MonthLength = 7;

    /// <summary>Length of a date to the day (YYYY-MM-DD).</summary>
    private const int DayLength = 10;

    /// <summary>How many characters may stand between a compared time and the word that closes the comparison (平均水平).</summary>
    private const int MaxComparedGap = 8;

    /// <summary>How far a bracket around a time may reach on either side of it.</summary>
    private const int MaxBracketReach = 30;

    /// <summary>How far an event's name may reach before and after the time in it.</summary>
    private const int MaxEventGap = 24;

    private static bool SpansYears(TimeMention time) => time.ValueEnd != null && time.ValueEnd[..4] != time.Value[..4];

    private static string Truncate(string iso, int length) => iso.Length <= length ? iso : iso[..length];

    private static OrdinalOccurrences Occurrences(string text, string word) => new(text, word);
}
