namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from Microsoft Recognizers-Text (microsoft/Recognizers-Text, Specs/DateTime/Chinese/DateParser.json and
/// DatePeriodParser.json), MIT License, Copyright (c) Microsoft Corporation. The reference date is the spec's
/// ReferenceDateTime, which we treat as the publication date. Expectations are the spec's resolution in our guide's
/// form: a mention without a year takes the publication year (the spec's past or future resolution, whichever lies
/// in that year), ranges become value and value end at the granularity written (今年第一季度 → 2017-01..2017-03).
/// </summary>
internal static class RecognizersDateCases
{
    private const string Week = "weeks and weekdays have no year/month/day value in the guide's granularity";
    private const string Lunar = "lunar calendar dates";
    private const string DayOnly = "a day without its month";
    private const string Span = "a duration counted from now (近三年, 上2个月), not a calendar mention";
    private const string Decade = "centuries and decades are not dates of the guide";

    public static readonly DateCase[] Date =
    {
        new("29日你去吃饭吗", "2018-02-10", "2018-01-29", Skip: DayOnly),
        new("2010-01-29", "2017-03-22", "2010-01-29"), new("2010.01.29", "2017-03-22", "2010-01-29"),
        new("2010/01/29", "2017-03-22", "2010-01-29"), new("1987年1月11日", "2017-03-22", "1987-01-11"),
        new("农历2015年十月初一", "2017-03-22", "2015-10-01", Skip: Lunar), new("三月初一", "2017-03-22", "2017-03-01", Skip: Lunar),
        new("1月19日", "2017-03-22", "2017-01-19"), new("1月19号", "2017-03-22", "2017-01-19"),
        new("10月12号，星期一", "2017-03-22", "2017-10-12"), new("2009年10月12号，星期一", "2017-03-22", "2009-10-12"),
        new("明天", "2017-03-22", "2017-03-23"), new("大后天可以吗", "2017-03-22", "2017-03-25"), new("大前天", "2017-03-22", "2017-03-19"),
        new("最近", "2017-03-22", null), new("星期一", "2017-03-22", "2017-03-20", Skip: Week), new("上周一", "2017-03-22", "2017-03-13", Skip: Week),
        new("12号", "2017-03-22", "2017-03-12", Skip: DayOnly),
        new("两千零四年八月十五", "2017-03-22", "2004-08-15"), new("二零零四年八月十五", "2017-03-22", "2004-08-15"),
        new("去年本月十日", "2017-03-22", "2016-03-10"), new("本月十日", "2017-03-22", "2017-03-10"),
        new("1789-01-29", "2017-03-22", "1789-01-29"), new("1357年6月10日", "2017-03-22", "1357-06-10"),
        new("三六七年一月一日", "2017-03-22", "0367-01-01", Skip: "three-digit years"),
        new("你13.5.2015有时间吗？", "2017-03-22", "2015-05-13", Skip: "day.month.year order is not used in Chinese text"),
        new("你2015.5.13那天在哪儿", "2017-03-22", "2015-05-13"), new("昨日我不在家。", "2018-07-30", "2018-07-29"),
        new("後天你有空吗？", "2018-09-18", "2018-09-20"), new("週三", "2018-09-18", "2018-09-19", Skip: Week),
        new("神龙二年正月初一", "2017-03-22", "0706-01-01", Skip: "era names"),
        new("五月三十日", "2020-11-22", "2020-05-30"), new("五月三十一日", "2020-11-22", "2020-05-31"),
        new("一月二十三", "2020-11-22", "2020-01-23"),
    };

    public static readonly DateCase[] DatePeriod =
    {
        new("时间从一月十日到十二日", "2017-03-22", "2017-01-10", "2017-01-12"),
        new("时间从2016年一月十日到十二日", "2017-03-22", "2016-01-10", "2016-01-12"),
        new("时间从一月19日到20日", "2017-03-22", "2017-01-19", "2017-01-20"), new("从一月十日到20日", "2017-03-22", "2017-01-10", "2017-01-20"),
        new("明年四月", "2017-03-22", "2018-04"), new("我们去年5月见过", "2017-03-22", "2016-05"),
        new("下周末", "2017-03-22", null, Skip: Week), new("会议在下周", "2017-03-22", null, Skip: Week),
        new("下个月完工", "2017-03-22", "2017-04"), new("明年", "2017-03-22", "2018", Skip: "gold: a relative year alone (今年, 明年) has no calendar value"), new("奥运会在2008年", "2017-03-22", "2008"),
        new("十月的第一周是国庆节", "2017-03-22", null, Skip: Week),
        new("三月二十八日到四月15日", "2017-03-22", "2017-03-28", "2017-04-15"),
        new("前1周", "2017-03-22", null, Skip: Span), new("上2个月", "2017-03-22", null, Skip: Span),
        new("近三年销量最高的品牌是什么？", "2017-03-22", null, Skip: Span), new("在未来两天", "2017-03-22", null, Skip: Span),
        new("今年夏天", "2017-03-22", null, Skip: "seasons have no month value"),
        new("今年第一季度", "2017-03-22", "2017-01", "2017-03"),
        new("时间从2016到2018", "2017-03-22", "2016", "2018"), new("时间从2016-2018", "2017-03-22", "2016", "2018"),
        new("时间从二零一六年至二零一八年", "2017-03-22", "2016", "2018"),
        new("上世纪90年代", "2017-03-22", "1990", "1999"), new("20世纪80年代", "2017-03-22", "1980", "1989"),
    };
}
