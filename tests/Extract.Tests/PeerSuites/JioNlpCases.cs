namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from JioNLP (dongrixinyu/JioNLP, test/test_money_parser.py and test/test_time_parser.py), Apache License 2.0
/// as the project states. Inputs as in the tests. Expectations follow the tests' values written in our guide's form:
/// a money amount keeps the currency word that follows it as its unit (港币 stays 港币), an approximate amount keeps
/// its written value (3000多 → 3000, approx) instead of JioNLP's interval, and a date is a point or a range at year,
/// month or day granularity (JioNLP gives second-precise intervals; 2021年底 is 2021-12 in our guide). The time tests
/// use the time stamp 1623604000, which is 2021-06-14 in China.
/// </summary>
internal static class JioNlpCases
{
    private const string Slang = "k/w amounts are chat slang, not news writing";
    private const string Vague = "guide: a vague amount (几十万, 数十亿, 八九亿) has no value";
    private const string NoScale = "guide: a Chinese numeral without 百/千/万/亿 is a small count, not a figure";
    private const string Now = "2021-06-14";

    public static readonly FigureCase[] Money =
    {
        new("82，225.00元", 82225, Unit: "元"), new("25481港元", 25481, Unit: "港元"), new("45564.44美元", 45564.44m, Unit: "美元"),
        new("233,333，333,434.344元", 233333333434.344m, Unit: "元"), new("1.2万元", 12000, Unit: "元"),
        new("3千万亿日元", 3000000000000000, Unit: "日元"), new("新台币 177.1 亿元", 17710000000, Unit: "元"),
        new("15k左右", 15000), new("30w上下", 300000),
        new("六十四万零一百四十三元一角七分", 640143.17m, Unit: "元"), new("壹万二千三百四十五元", 12345, Unit: "元"),
        new("三百万", 3000000), new("肆佰叁拾萬", 4300000), new("肆佰叁拾萬圆整", 4300000, Unit: "圆"),
        new("二十五万三千二百泰铢", 253200, Unit: "泰铢"), new("两个亿卢布", 200000000, Unit: "卢布"),
        new("十块三毛", 10.3m, Unit: "块"), new("一百三十五块六角七分钱", 135.67m, Unit: "块"),
        new("港币两千九百六十元", 2960, Unit: "元"), new("约4.287亿美元", 428700000, Unit: "美元"), new("近700万元", 7000000, Unit: "元"),
        new("至少九千块钱以上", 9000, Unit: "块钱"), new("不到1.9万台币", 19000, Unit: "台币"), new("3000多欧元", 3000, Unit: "欧元"),
        new("几十万块", 100000, Skip: Vague), new("人民币数十亿元", 1000000000, Skip: Vague), new("十几块钱", 10, Unit: "块钱"),
        new("从8500到3万港元", 8500, 30000, "港元"), new("1万-5万元", 10000, 50000, "元"), new("1万元--5万元", 10000, 50000, "元"),
        new("10~15k元", 10000, 15000, "元"), new("2——3万港币", 20000, 30000, "港币"), new("两到三万港元", 20000, 30000, "港元"),
        new("十八至三十万日元", 180000, 300000, "日元"), new("两到三仟澳元", 2000, 3000, "澳元"), new("两~3百日元", 200, 300, "日元"),
        new("一百二十到一百五十万元", 1200000, 1500000, "元"), new("一千到两千万元人民币", 10000000, 20000000, "元"),
        new("七千到九千亿元", 700000000000, 900000000000, "元"), new("八到九百亿泰铢", 800000000, 90000000000, "泰铢"),
        new("八百到九百亿泰铢", 80000000000, 90000000000, "泰铢"),
        new("八九亿韩元", 800000000, 900000000, "韩元"), new("四五千块钱", 4000, 5000, "块钱"),
        new("50万元（含）以上", 500000, Unit: "元"), new("1万(含)-5万元", 10000, 50000, "元"),
    };

    public static readonly DateCase[] Time =
    {
        new("2019/04/19", Now, "2019-04-19"), new("2019.9.6", Now, "2019-09-06"),
        new("1994.01-19", Now, "1994-01-19", Skip: "mixed separators are not a date format of news text"),
        new("1999.08-2002.02", Now, "1999-08", "2002-02"), new("6·30", Now, "2021-06-30", Skip: "6·30 names an event, not a date"),
        new("2018", Now, "2018", Skip: "a bare number is not a year without 年"),
        new("2015年8月12日", Now, "2015-08-12"), new("15年3月2日", Now, "2015-03-02"), new("03年2月28日", "2021-05-06", "2003-02-28"),
        new("9月30日", "2008-03-13", "2008-09-30"), new("98年4月", "1997-07-01", "1998-04"), new("12月30号", "1837", "1837-12-30"),
        new("零七年八月二十九号", "2017-10-30", "2007-08-29"), new("九零年9月十号", "1973-06-19", "1990-09-10"),
        new("十二月20号", "1973-06-19", "1973-12-20"), new("二零零三年十二月", Now, "2003-12"), new("二〇〇六年十二月", Now, "2006-12"),
        new("2023年", Now, "2023"), new("三三年", Now, "1933", Skip: "a two-digit year alone is ambiguous with a count of years"),
        new("91年5月", Now, "1991-05"),
        new("07年第三季度", "2008-03-02", "2007-07", "2007-09"), new("2021年前两个季度", Now, "2021-01", "2021-06"),
        new("2022年首季度", Now, "2022-01", "2022-03"), new("九七年一季度", "1999-09-02", "1997-01", "1997-03"),
        new("一季度", Now, "2021-01", "2021-03"), new("今年前三季度", Now, "2021-01", "2021-09"),
        new("上个季度", Now, "2021-01", "2021-03"),
        new("19年底", Now, "2019-12"), new("1993年上半年", Now, "1993-01", "1993-06"),
        new("二零二二年伊始", Now, "2022-01"),
        new("明年初", Now, null), new("明年年初", Now, null), // gold: a relative year's 年初 has no calendar value
        new("去年暑假", Now, "2020-07", "2020-08", Skip: "school holidays are no calendar unit"),
        new("年底", Now, null), new("年底前", Now, null),
        new("上个月15号", Now, "2021-05-15"), new("下月九号", Now, "2021-07-09"), new("本月9日", Now, "2021-06-09"),
        new("本月初", Now, "2021-06"), new("当月", Now, "2021-06", Skip: "当月 refers to a month named earlier, not to the publication"),
        new("18世纪", Now, "1700", "1799", Skip: "centuries and decades are not dates of the guide"),
        new("2022年前十一个月", Now, "2022-01", "2022-11"), new("今年前五个月", Now, "2021-01", "2021-05"),
        new("去年3月3号", "1966", "1965-03-03"), new("今年六月", "1966", "1966-06"), new("明年3月份", Now, "2022-03"),
        new("3年后", "2021", "2024", Skip: "a duration counted from the text's time, not a calendar mention"),
        new("2017年8月11日至8月22日", Now, "2017-08-11", "2017-08-22"), new("2017年8月15日至2018年3月29日", Now, "2017-08-15", "2018-03-29"),
        new("2017年8月至11月", Now, "2017-08", "2017-11"), new("2017年五月至2018年四月", Now, "2017-05", "2018-04"),
        new("二〇一九年5月8日起", Now, "2019-05-08"), new("从去年9月起", Now, "2020-09"), new("从2001年起至今", Now, "2001"),
        new("从2008年——2018年", Now, "2008", "2018"), new("从2015年1月至12月", Now, "2015-01", "2015-12"),
        new("从2018年12月九号到十五号", Now, "2018-12-09", "2018-12-15"), new("明年6月之前", Now, "2022-06"),
        new("2019年4月12-19日", "2020", "2019-04-12", "2019-04-19"), new("2018年1－9月份", "2020", "2018-01", "2018-09"),
        new("2020至2025年前", Now, "2020", "2025"), new("2025年前", Now, "2025"), new("二零四九年十月一号以前", Now, "2049-10-01"),
        new("二〇三五年前", Now, "2035"),
        new("9月10号，11号，12号，13号", Now, "2021-09-10", "2021-09-13", Skip: "an enumeration of days is several dates, not a range"),
        new("二零一二年农历正月十五", Now, "2012-02-06", Skip: "lunar calendar"),
    };
}
