namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from dateparser (scrapinghub/dateparser), BSD 3-Clause License, Copyright (c) 2014 Scrapinghub. Sources:
/// tests/test_languages.py (the Chinese translations of TestBundledLanguages, "2015年04月08日10点05" → "2015-04-08
/// 10:05", and the zh-Hans / zh-Hant freshness translations) and tests/test_search.py (the Chinese search_dates
/// sentence, RELATIVE_BASE 2000-01-01). Expectations are the calendar day the translation or search gives, in our
/// guide's form; relative times and durations (4年后, 12 個月前), weekdays and times of day stay out of scope.
/// </summary>
internal static class DateparserCases
{
    private const string Week = "weeks and weekdays have no year/month/day value in the guide's granularity";
    private const string Clock = "times of day (下午3:30, 中午) are below the record's day granularity";
    private const string Span = "a duration, or a time counted from now (1年11个月, 4年后, 12 個月前), is not a calendar mention";
    private const string Ref = "2000-01-01";

    public static readonly DateCase[] Time =
    {
        // test_languages.py, TestBundledLanguages
        new("1年11个月", Ref, null, Skip: Span), new("1年11個月", Ref, null, Skip: Span),
        new("2015年04月08日10点05", Ref, "2015-04-08"), new("2015年04月08日10:05", Ref, "2015-04-08"), new("2013年04月08日", Ref, "2013-04-08"),
        new("周一", Ref, null, Skip: Week), new("礼拜一", Ref, null, Skip: Week), new("周二", Ref, null, Skip: Week),
        new("礼拜二", Ref, null, Skip: Week), new("周三", Ref, null, Skip: Week), new("礼拜三", Ref, null, Skip: Week),
        new("星期日 2015年04月08日10:05", Ref, "2015-04-08"), new("周六 2013年04月08日", Ref, "2013-04-08"),
        new("下午3:30", Ref, null, Skip: Clock), new("凌晨3:30", Ref, null, Skip: Clock), new("中午", Ref, null, Skip: Clock),
        // test_languages.py, test_freshness_translation
        new("3秒钟后", Ref, null, Skip: Span), new("4年后", Ref, null, Skip: Span), new("上周", Ref, null, Skip: Week),
        new("7 分鐘後", Ref, null, Skip: Span), new("12 個月前", Ref, null, Skip: Span), new("這一小時", Ref, null, Skip: Clock),
        // test_search.py, search_dates
        new("不過大多數人仍多把第二次世界大戰的爆發定為1939年9月1日德國入侵波蘭開始，這次入侵行動隨即導致英國與法國向德國宣戰。", Ref, "1939-09-01"),
    };
}
