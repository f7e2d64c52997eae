namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from Chrono (wanasit/chrono), MIT License, Copyright (c) 2014 Wanasit Tanakitrungruang. Sources:
/// test/zh/hans/zh_hans_date.test.ts, zh_hans_casual.test.ts, zh_hans_time_exp.test.ts, zh_hans_weekday.test.ts,
/// zh_hans_deadline.test.ts, and test/zh/hant/zh_hant_date.test.ts, zh_hant_casual.test.ts. Inputs as in the tests,
/// each with its reference date (new Date(2012, 7, 10) is 2012-08-10: JavaScript months count from 0). Expectations
/// are the day the test asserts (year, month, day), as our guide writes it; a date with a time of day is its day,
/// a time of day alone is no date. Where a test asserts only the matched text (2014年, 3月5日早上 6 点至 7 点), the
/// expectation is the day that text names.
/// </summary>
internal static class ChronoCases
{
    private const string Clock = "times of day (下午, 晚上8点, 6点30pm) are below the record's day granularity";
    private const string Week = "weeks and weekdays have no year/month/day value in the guide's granularity";
    private const string Span = "a duration counted from now (五日内, 3天后) is not a calendar mention";
    private const string Cantonese = "Cantonese day words (聽日, 琴日, 而家, 晏晝) are not written in mainland, Taiwan or Hong Kong news prose";
    private const string Ref = "2012-08-10";

    public static readonly DateCase[] Time =
    {
        // zh_hans_date.test.ts
        new("我2016年9月3号要打游戏", Ref, "2016-09-03"), new("我二零一六年，九月三号要打游戏", Ref, "2016-09-03"),
        new("我九月三号要打游戏", "2014-08-10", "2014-09-03"), new("2016年09月03号", Ref, "2016-09-03"),
        new("2016年9月3号-2017年10月24号", Ref, "2016-09-03", "2017-10-24"), new("二零一六年九月三号ー2017年10月24号", Ref, "2016-09-03", "2017-10-24"),
        new("十一月十日", Ref, "2012-11-10"), new("十二月十日", Ref, "2012-12-10"), new("十月十日", Ref, "2012-10-10"),
        // zh_hant_date.test.ts
        new("雞2016年9月3號全部都係雞", Ref, "2016-09-03"), new("雞二零一六年，九月三號全部都係雞", Ref, "2016-09-03"),
        new("雞九月三號全部都係雞", "2014-08-10", "2014-09-03"), new("2016年09月03日", Ref, "2016-09-03"),
        new("2016年9月3號-2017年10月24號", Ref, "2016-09-03", "2017-10-24"), new("二零一六年九月三號ー2017年10月24號", Ref, "2016-09-03", "2017-10-24"),
        // zh_hans_casual.test.ts
        new("我今天要打游戏", Ref, "2012-08-10"), new("我明日要打游戏", Ref, "2012-08-11"),
        new("我明天要打游戏", Ref, "2012-08-10", Skip: "the library reads 明天 said at 1 a.m. as the same day; a publication date has no hour"),
        new("我后天凌晨要打游戏", Ref, "2012-08-12"), new("我大前天凌晨要打游戏", Ref, "2012-08-07"), new("我前天要打游戏", Ref, "2012-08-08"),
        new("我昨日要打游戏", Ref, "2012-08-09"), new("我昨天晚上要打游戏", Ref, "2012-08-09"), new("我今天早上要打游戏", Ref, "2012-08-10"),
        new("我下午要打游戏", Ref, null, Skip: Clock), new("我今晚要打游戏", Ref, "2012-08-10"), new("我今天下午5点要打游戏", Ref, "2012-08-10"),
        new("我今天 - 下周五要打游戏", "2012-08-04", "2012-08-04", "2012-08-10", Skip: Week),
        new("我今日 - 下周五要打游戏", Ref, "2012-08-10", "2012-08-17", Skip: Week),
        new("今日夜晚", "2012-01-01", "2012-01-01"), new("今晚8点正", "2012-01-01", "2012-01-01"), new("晚上8点", "2012-01-01", null, Skip: Clock),
        new("星期四", Ref, null, Skip: Week),
        // zh_hant_casual.test.ts
        new("雞而家全部都係雞", Ref, "2012-08-10", Skip: Cantonese), new("雞今日全部都係雞", Ref, "2012-08-10"),
        new("雞聽日全部都係雞", Ref, "2012-08-11", Skip: Cantonese),
        new("雞明天全部都係雞", Ref, "2012-08-10", Skip: "the library reads 明天 said at 1 a.m. as the same day; a publication date has no hour"),
        new("雞後天凌晨全部都係雞", Ref, "2012-08-12"), new("雞大前天凌晨全部都係雞", Ref, "2012-08-07"), new("雞前日全部都係雞", Ref, "2012-08-08"),
        new("雞琴日全部都係雞", Ref, "2012-08-09", Skip: Cantonese), new("雞昨天晚上全部都係雞", Ref, "2012-08-09"),
        new("雞今日朝早全部都係雞", Ref, "2012-08-10"), new("雞晏晝全部都係雞", Ref, null, Skip: Cantonese), new("雞今晚全部都係雞", Ref, "2012-08-10"),
        new("雞今日晏晝5點全部都係雞", Ref, "2012-08-10"),
        new("雞今日 - 下禮拜五全部都係雞", "2012-08-04", "2012-08-04", "2012-08-10", Skip: Week),
        new("雞今日 - 下禮拜五全部都係雞", Ref, "2012-08-10", "2012-08-17", Skip: Week),
        new("今日夜晚", "2012-01-01", "2012-01-01"), new("今晚8點正", "2012-01-01", "2012-01-01"), new("晚上8點", "2012-01-01", null, Skip: Clock),
        new("星期四", Ref, null, Skip: Week),
        // zh_hans_time_exp.test.ts
        new("我上午6点13分打游戏", Ref, null, Skip: Clock), new("我后天凌晨打游戏", Ref, "2012-08-12"), new("我大前天凌晨打游戏", Ref, "2012-08-07"),
        new("我明天上午8点要打游戏", Ref, "2012-08-11"), new("早上8点", Ref, null, Skip: Clock),
        new("我从今早八点十分至下午11点32分打游戏", Ref, "2012-08-10"), new("6点30pm-11点pm", Ref, null, Skip: Clock),
        new("我二零一八年十一月二十六日下午三点半五十九秒打游戏", Ref, "2018-11-26"), new("1点pm到3点", Ref, null, Skip: Clock),
        new("2014年, 3月5日早上 6 点至 7 点", Ref, "2014-03-05"), new("下星期六凌晨1点30分二十九秒", Ref, null, Skip: Week),
        new("昨天早上六点正", Ref, "2012-08-09"), new("六月四日3:00am", Ref, "2012-06-04"), new("上个礼拜五16时", Ref, null, Skip: Week),
        new("3月17日 20点15", Ref, "2012-03-17"), new("10点", Ref, null, Skip: Clock), new("中午12点", Ref, null, Skip: Clock),
        new("今晚10时", Ref, "2012-08-10"), new("昨晚8点", Ref, "2012-08-09"), new("前天下午三点", Ref, "2012-08-08"),
        new("三点", Ref, null, Skip: Clock), new("晚上11点 ~ 凌晨2点", Ref, null, Skip: Clock), new("2023-10-26 10:30:00", Ref, "2023-10-26"),
        // zh_hans_weekday.test.ts
        new("星期四", "2016-09-02", "2016-09-01", Skip: Week), new("我周一要打游戏", Ref, "2012-08-13", Skip: Week),
        new("礼拜四 (forward dates only)", "2016-09-02", "2016-09-08", Skip: Week), new("礼拜日", "2016-09-02", "2016-09-04", Skip: Week),
        new("我上个礼拜三在打游戏", "2016-09-02", "2016-08-24", Skip: Week), new("我下星期天打游戏", "2016-09-02", "2016-09-04", Skip: Week),
        new("我这个星期一要打游戏", Ref, "2012-08-06", Skip: Week), new("星期六至星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week),
        new("星期六到星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week), new("星期六~星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week),
        new("星期六～星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week), new("星期六－星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week),
        new("星期六ー星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week), new("星期六-星期一", "2016-09-02", "2016-09-03", "2016-09-05", Skip: Week),
        // zh_hans_deadline.test.ts
        new("五日内我要通关游戏", Ref, "2012-08-15", Skip: Span), new("5日之内我要通关游戏", Ref, "2012-08-15", Skip: Span),
        new("十日内我要通关游戏", Ref, "2012-08-20", Skip: Span), new("五分钟后", Ref, null, Skip: Span), new("一个钟之内", Ref, null, Skip: Span),
        new("5分钟之后出门", Ref, null, Skip: Span), new("我要5秒之后出门", Ref, null, Skip: Span), new("半小时之内", Ref, null, Skip: Span),
        new("两个礼拜内答复我", Ref, "2012-08-24", Skip: Span), new("1个月之内答复我", Ref, "2012-09-10", Skip: Span),
        new("几个月之内答复我", Ref, "2012-11-10", Skip: Span), new("一年内答复我", Ref, "2013-08-10", Skip: Span),
        new("1年之内答复我", Ref, "2013-08-10", Skip: Span), new("5秒钟后", Ref, null, Skip: Span), new("2小时后", Ref, null, Skip: Span),
        new("3天后", Ref, "2012-08-13", Skip: Span), new("2星期后", Ref, "2012-08-24", Skip: Span), new("5分钟过后", Ref, null, Skip: Span),
    };
}
