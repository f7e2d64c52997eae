namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from chinese2digits (Wall-ee/chinese2digits, Python/chinese2digits/test.py), Apache License 2.0 as the project
/// states: the Chinese numbers its takeNumberFromString finds in mixed strings, each with the value it gives.
/// Spelled percentages and fractions are figures here (百分之5 is 5 %, not 0.05).
/// </summary>
internal static class Chinese2DigitsCases
{
    private const string Slang = "a scale word before a digit (万三, 千四五) is trader's slang for a rate, not news writing";
    private const string Odd = "a numeral written against Chinese usage (三零万二零千, 300十万, 百四) that news text does not print";

    public static readonly NumeralCase[] Numerals =
    {
        new("三零万二零千", 320000, Odd), new("30万", 300000), new("20千", 20000), new("百四", 140, Odd),
        new("2.55万", 25500), new("3.1千万", 31000000), new("300十万", 30000000, Odd), new("20万", 200000), new("300", 300),
        new("300万", 3000000), new("0.03万", 300), new("三百四十点零零三四", 340.0034m), new("四千三", 4300),
        new("伍亿柒仟万拾柒", 570000017), new("三万二", 32000), new("万三", 0.0003m, Slang), new("千四五", 0.045m, Slang),
        new("点五零", 0.5m, "a bare 点 with no whole part is not written in news text"),
    };

    public static readonly FigureCase[] Figures =
    {
        new("百分之5", 5, Unit: "%"), new("负千分之15", -15, Unit: "‰", Skip: "a negative spelled per-mille is not written in news"),
        new("百分之四百三十二", 432, Unit: "%"), new("千分之五", 5, Unit: "‰"), new("百分之三五", 35, Unit: "%"),
        new("四分之三", 0.75m, Skip: "guide: a Chinese fraction without a scale word (三分之一) is not a figure"),
        new("十分之一", 0.1m, Skip: "guide: a Chinese fraction without a scale word (三分之一) is not a figure"),
        new("五百分之二", 0.004m, Skip: "Recognizers-Text's percentage spec and our guide find nothing in 五百分之2.2; we keep that reading"), new("4分之3", 0.75m, Unit: ""),
        new("负五分之6", -1.2m, Skip: "a negative fraction is not written in news"),
        new("四百分之16", 4.16m, Skip: "the library reads 四 and 百分之16 as one number; 四百分之16 is 16/400"),
        new("四百三十二分之2345", 5.428241m, Unit: ""), new("万分之四三", 0.0043m, Skip: Slang),
        new("百分之三亿二百万五", 3020050, Skip: Odd), new("负百分之点二八", -0.0028m, Skip: "a bare 点 with no whole part is not written in news text"),
        new("百分之负六十五点二八", -65.28m, Skip: "a sign inside a spelled percentage is not written in news"),
        new(".3%万", 30, Skip: Odd), new("-.34%", -0.34m, Skip: "a bare decimal point (.34) is not written in Chinese news"),
    };
}

/// <summary>
/// Cases from Time-NLP: shinyke/Time-NLP (test/com/shinyke/TimeAnalyseTest.java, the examples in its test, with
/// the base times it gives; the ones without a base time ran on 2016-05-04, the day the test was written) and
/// zhanzecheng/Time_NLP (Test.py, the Python port, base time 2013-02-28). Expectations are the day each example
/// names; times of day and weekdays are below the record's granularity.
/// </summary>
internal static class TimeNlpCases
{
    private const string Week = "weeks and weekdays have no year/month/day value in the guide's granularity";
    private const string Clock = "times of day (6:30, 下午三点) are below the record's day granularity";

    public static readonly DateCase[] Time =
    {
        new("本周日到下周日提醒我跑步", "2017-07-19", "2017-07-23", Skip: Week), new("Hi，all.下周一下午三点开会", "2016-05-04", null, Skip: Week),
        new("早上六点起床", "2016-05-04", null, Skip: Clock), new("周一开会", "2016-05-04", null, Skip: Week),
        new("下下周一开会", "2016-05-04", null, Skip: Week), new("6:30 起床", "2016-05-04", null, Skip: Clock),
        new("6-3 春游", "2016-05-04", "2016-06-03", Skip: "month-day with a hyphen (6-3) reads as a range or a score in news"),
        new("6月3春游", "2016-05-04", "2016-06-03"), new("明天早上跑步", "2016-05-04", "2016-05-05"),
        new("周四下午三点到五点开会", "2016-05-04", null, Skip: Week),
        new("7月 10日晚上7 点左右，六安市公安局裕安分局平桥派出所接到辖区居民戴某报警称，到同学家玩耍的女儿迟迟未归", "2016-07-19", "2016-07-10"),
        new("《辽宁日报》今日报道，7月18日辽宁召开省委常委扩大会，会议从下午两点半开到六点半", "2016-07-19", "2016-07-19"),
        new("7月18日辽宁召开省委常委扩大会，会议从下午两点半开到六点半，主要议题为：落实中央巡视整改要求。", "2016-07-19", "2016-07-18"),
        new("晚上8点到上午10点之间", "2013-02-28", null, Skip: Clock),
        new("2013年二月二十八日下午四点三十分二十九秒", "2013-02-28", "2013-02-28"),
        new("我需要大概33天2分钟四秒", "2013-02-28", null, Skip: "a length of time, a figure rather than a date"),
        new("今年儿童节晚上九点一刻", "2013-02-28", "2013-06-01", Skip: "holidays are named days the record does not resolve"),
        new("三日", "2013-02-28", "2013-02-03", Skip: "a day without its month"),
        new("今天下午两点", "2013-02-28", "2013-02-28"),
        new("今年春分", "2013-02-28", "2013-03-20", Skip: "solar terms are named days the record does not resolve"),
    };
}
