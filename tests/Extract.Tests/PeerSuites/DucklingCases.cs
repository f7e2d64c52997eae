namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from Duckling (facebook/duckling), BSD License, Copyright (c) 2016-present Facebook, Inc. Sources:
/// Duckling/Numeral/ZH/Corpus.hs, Duckling/AmountOfMoney/ZH/Corpus.hs, Duckling/Distance/ZH/Corpus.hs,
/// Duckling/Volume/ZH/Corpus.hs, Duckling/Quantity/ZH/Corpus.hs, Duckling/Temperature/ZH/Corpus.hs and
/// Duckling/Time/ZH/Corpus.hs. Inputs as in the corpora; expectations are Duckling's values written in our guide's
/// form: a quantity keeps the unit it is written with (3斤 stays 3 斤, not 1500 g), a date is a point or an inclusive
/// range at year, month or day granularity (Duckling's intervals end one day after). The time corpus's reference
/// time is 2013-02-12 (a Tuesday), which we treat as the publication date.
/// </summary>
internal static class DucklingCases
{
    private const string Notation = "M/G suffixes and bare decimal points (.77, 3M, .0012G) are not written in Chinese news";
    private const string Classifier = "a numeral with a classifier (零个, 一个, 二個) is a small count, not a numeral standing alone";
    private const string Cantonese = "Cantonese money words (蚊, 毫, 仙, 個 for a dollar) are not written in mainland, Taiwan or Hong Kong news prose";
    private const string Cents = "an amount in 分, 角 or 毛 alone (五分, 两毛) with no 元 or 块 before it reads as a score, a minute or a shape in news";
    private const string English = "English unit words and primes (8 feet, 4'') are not Chinese text";
    private const string UsOrder = "month/day/year order (3/3/2015, 2/15) is not used in Chinese text";
    private const string Week = "weeks and weekdays have no year/month/day value in the guide's granularity";
    private const string Clock = "times of day (三点, 15:15) are below the record's day granularity";
    private const string Span = "a duration counted from now (上两天, 三年後) is not a calendar mention";
    private const string Holiday = "holidays (元旦, 圣诞) are named days the record does not resolve";
    private const string BareYear = "gold: a relative year alone (去年, 明年, 上年) has no calendar value";
    private const string Half = "半 as a number (半公升) and Chinese fractions without a scale word are not figures of the guide";
    private const string Liang = "两 as a weight unit on its own (9两半) collides with 两 = 2; after 斤 (3斤5两) it is read";
    private const string Ref = "2013-02-12";

    public static readonly NumeralCase[] Numeral =
    {
        new("0", 0), new("〇", 0), new("零", 0), new("零个", 0, Classifier), new("0个", 0, Classifier),
        new("1", 1), new("一", 1), new("一个", 1, Classifier), new("1个", 1, Classifier),
        new("2", 2), new("二個", 2, Classifier), new("二个", 2, Classifier),
        new("10", 10), new("十", 10), new("11", 11), new("十一", 11), new("20", 20), new("二十", 20), new("60", 60), new("六十", 60),
        new("33", 33), new("三十三", 33), new("96", 96), new("九十六", 96), new("203", 203), new("二百零三", 203),
        new("534", 534), new("五百三十四", 534), new("34567", 34567), new("34,567", 34567), new("三万四千五百六十七", 34567),
        new("10040", 10040), new("10,040", 10040), new("一万零四十", 10040), new("1.1", 1.1m), new("1.10", 1.1m), new("01.10", 1.1m),
        new("0.77", 0.77m), new(".77", 0.77m, Notation), new("34507", 34507), new("34,507", 34507), new("三万四千五百零七", 34507),
        new("100,000", 100000), new("100000", 100000), new("100K", 100000), new("100k", 100000), new("十万", 100000),
        new("3M", 3000000, Notation), new("3000000", 3000000), new("3,000,000", 3000000), new("三百万", 3000000),
        new("1,040,000", 1040000), new("1040000", 1040000), new("1.04M", 1040000, Notation), new("一百零四万", 1040000),
        new("1,200,000", 1200000), new("1200000", 1200000), new("1.2M", 1200000, Notation), new(".0012G", 1200000, Notation),
        new("一百二十万", 1200000),
        new("- 1,200,000", -1200000), new("-1200000", -1200000), new("负1,200,000", -1200000), new("负 1,200,000", -1200000),
        new("負 1,200,000", -1200000), new("负1200000", -1200000), new("负 1200000", -1200000), new("-1.2M", -1200000, Notation),
        new("-1200K", -1200000), new("-.0012G", -1200000, Notation), new("负一百二十万", -1200000),
    };

    public static readonly FigureCase[] Money =
    {
        new("五分", 5, Skip: Cents), new("5分", 5, Skip: Cents), new("五仙", 5, Skip: Cantonese),
        new("20分", 20, Skip: Cents), new("二十分", 20, Skip: Cents), new("2角", 2, Skip: Cents), new("两毛", 2, Skip: Cents), new("两毫", 2, Skip: Cantonese),
        new("25分", 25, Skip: Cents), new("二十五分", 25, Skip: Cents), new("两角五分", 0.25m, Skip: Cents), new("两毛五", 0.25m, Skip: Cents),
        new("7块", 7, Unit: "块"), new("七元", 7, Unit: "元"), new("七蚊", 7, Skip: Cantonese),
        new("五個半", 5.5m, Skip: Cantonese), new("個半", 1.5m, Skip: Cantonese), new("一個半", 1.5m, Skip: Cantonese), new("個九", 1.9m, Skip: Cantonese),
        new("3.14人民币", 3.14m, Unit: "人民币"), new("人民幣3.14", 3.14m), new("3.14港幣", 3.14m, Unit: "港幣"), new("港幣3.14", 3.14m),
        new("港幣三個一毫四", 3.14m, Skip: Cantonese),
        new("1.2元以下", 1.2m, Unit: "元"), new("最多一块二角", 1.2m, Unit: "块"), new("最多一块二", 1.2m, Unit: "块"),
        new("3.04块以上", 3.04m, Unit: "块"), new("至少三块四分", 3.04m, Unit: "块"), new("至少三块零四", 3.04m, Unit: "块"),
        new("起碼三蚊零四", 3.04m, Skip: Cantonese),
        new("5.6到5.78元", 5.6m, 5.78m, "元"), new("五元六角-五元七毛八分", 5.6m, 5.78m, "元"), new("五块六到五块七毛八", 5.6m, 5.78m, "块"),
        new("五蚊六毫至五蚊七毫八", 5.6m, 5.78m, Skip: Cantonese),
        new("二到三元", 2, 3, "元"), new("兩块到三块", 2, 3, "块"), new("兩三蚊", 2, 3, Skip: Cantonese),
        new("幾百块", 300, 900, Skip: "guide: a vague amount (几百, 数百) has no value"), new("數百块", 300, 900, Skip: "guide: a vague amount (几百, 数百) has no value"),
    };

    public static readonly FigureCase[] Distance =
    {
        new("2cm", 2, Unit: "cm"), new("2 厘米", 2, Unit: "厘米"), new("二厘米", 2, Unit: "厘米"), new("2公分", 2, Unit: "公分"), new("二公分", 2, Unit: "公分"),
        new("9m", 9, Unit: "m"), new("9 m", 9, Unit: "m"), new("九米", 9, Unit: "米"), new("9公尺", 9, Unit: "公尺"),
        new("3千米", 3, Unit: "千米"), new("3公里", 3, Unit: "公里"), new("三公裏", 3, Unit: "公裏"), new("3 km", 3, Unit: "km"), new("3km", 3, Unit: "km"),
        new("3.0 公里", 3, Unit: "公里"),
        new("8 foot", 8, Skip: English), new("8 feet", 8, Skip: English), new("8 foots", 8, Skip: English), new("8 feets", 8, Skip: English),
        new("8'", 8, Skip: English), new("8英尺", 8, Unit: "英尺"), new("8呎", 8, Unit: "呎"),
        new("4 inch", 4, Skip: English), new("4 inches", 4, Skip: English), new("4''", 4, Skip: English),
        new("4英寸", 4, Unit: "英寸"), new("4英吋", 4, Unit: "英吋"), new("四吋", 4, Unit: "吋"),
        new("1 mile", 1, Skip: English), new("1 miles", 1, Skip: English), new("1英里", 1, Unit: "英里"), new("一英裏", 1, Unit: "英裏"),
    };

    public static readonly FigureCase[] Volume =
    {
        new("1升", 1, Unit: "升"), new("一升", 1, Unit: "升"), new("一公升", 1, Unit: "公升"), new("1L", 1, Unit: "L"),
        new("2升", 2, Unit: "升"), new("兩升", 2, Unit: "升"), new("兩公升", 2, Unit: "公升"), new("2L", 2, Unit: "L"),
        new("1000公升", 1000, Unit: "公升"), new("一千公升", 1000, Unit: "公升"),
        new("半公升", 0.5m, Skip: Half), new("0.5L", 0.5m, Unit: "L"), new("四分一升", 0.25m, Skip: Half), new("四分之一公升", 0.25m, Skip: Half),
        new("1毫升", 1, Unit: "毫升"), new("1ml", 1, Unit: "ml"), new("一毫升", 1, Unit: "毫升"), new("1cc", 1, Unit: "cc"),
        new("250毫升", 250, Unit: "毫升"), new("二百五十毫升", 250, Unit: "毫升"), new("250ml", 250, Unit: "ml"), new("250cc", 250, Unit: "cc"),
        new("3加侖", 3, Unit: "加侖"), new("三加侖", 3, Unit: "加侖"), new("0.5加侖", 0.5m, Unit: "加侖"), new("半加侖", 0.5m, Skip: Half),
        new("二分一加侖", 0.5m, Skip: Half), new("0.1加侖", 0.1m, Unit: "加侖"), new("零點一加侖", 0.1m, Unit: "加侖"),
        new("二至三公升", 2, 3, "公升"), new("2-3L", 2, 3, "L"), new("兩到三升", 2, 3, "升"), new("兩升到三升", 2, 3, "升"),
        new("最多六個加侖", 6, Unit: "加侖"), new("六加侖以下", 6, Unit: "加侖"),
        new("至少四ml", 4, Unit: "ml"), new("最少四毫升", 4, Unit: "毫升"), new("四毫升或以上", 4, Unit: "毫升"),
        new("一茶匙", 5, Skip: "kitchen measures (茶匙, 湯匙) are no units of news figures"), new("三分一湯匙", 5, Skip: "kitchen measures (茶匙, 湯匙) are no units of news figures"),
    };

    public static readonly FigureCase[] Quantity =
    {
        new("2克", 2, Unit: "克"), new("二克", 2, Unit: "克"), new("两克", 2, Unit: "克"), new("2g", 2, Unit: "g"), new("2.0g", 2, Unit: "g"),
        new("3斤", 3, Unit: "斤"), new("三斤", 3, Unit: "斤"), new("1.5公斤", 1.5m, Unit: "公斤"), new("1.5千克", 1.5m, Unit: "千克"),
        new("1.5kg", 1.5m, Unit: "kg"), new("1500g", 1500, Unit: "g"),
        new("35毫克", 35, Unit: "毫克"), new("三十五毫克", 35, Unit: "毫克"), new("35mg", 35, Unit: "mg"),
        new("三斤半", 3.5m, Unit: "斤"), new("3斤半", 3.5m, Unit: "斤"), new("3斤5两", 3.5m, Unit: "斤"), new("1.75千克", 1.75m, Unit: "千克"),
        new("9两半", 9.5m, Skip: Liang), new("九兩半", 9.5m, Skip: Liang), new("六斤八两", 6.8m, Unit: "斤"), new("六斤8兩", 6.8m, Unit: "斤"),
        new("3.4公斤", 3.4m, Unit: "公斤"),
    };

    public static readonly FigureCase[] Temperature =
    {
        new("37°C", 37, Unit: "°C"), new("摄氏37°", 37), new("攝氏37°", 37), new("摄氏37度", 37),
        new("攝氏37度", 37), new("37摄氏°", 37, Unit: "摄氏°"),
        new("37攝氏°", 37, Unit: "攝氏°"), new("37摄氏度", 37, Unit: "摄氏度"), new("37攝氏度", 37, Unit: "攝氏度"),
        new("70°F", 70, Unit: "°F"), new("华氏70°", 70), new("華氏70°", 70), new("华氏70度", 70),
        new("華氏70度", 70), new("70华氏°", 70, Unit: "华氏°"),
        new("70華氏°", 70, Unit: "華氏°"), new("70华氏度", 70, Unit: "华氏度"), new("70華氏度", 70, Unit: "華氏度"),
        new("45°", 45, Unit: "°"), new("45度", 45, Unit: "度"),
    };

    public static readonly DateCase[] Time =
    {
        new("现在", Ref, "2013-02-12", Skip: "现在 is the present, not a calendar day"),
        new("今天", Ref, "2013-02-12"), new("今日", Ref, "2013-02-12"), new("昨天", Ref, "2013-02-11"), new("昨日", Ref, "2013-02-11"),
        new("尋日", Ref, "2013-02-11", Skip: Cantonese), new("明天", Ref, "2013-02-13"), new("明日", Ref, "2013-02-13"), new("聽日", Ref, "2013-02-13", Skip: Cantonese),
        new("后天", Ref, "2013-02-14"), new("後天", Ref, "2013-02-14"), new("後日", Ref, "2013-02-14", Skip: Cantonese),
        new("前天", Ref, "2013-02-10"), new("前日", Ref, "2013-02-10"),
        new("星期一", Ref, "2013-02-18", Skip: Week), new("周一", Ref, "2013-02-18", Skip: Week), new("这周末", Ref, "2013-02-15", Skip: Week),
        new("上周日", Ref, "2013-02-10", Skip: Week), new("周日, 二月十号", Ref, "2013-02-10"), new("星期天, 二月十号", Ref, "2013-02-10"),
        new("週日, 二月十號", Ref, "2013-02-10"), new("十月第一个星期一", Ref, "2013-10-07", Skip: Week),
        new("三月一号", Ref, "2013-03-01"), new("三月一日", Ref, "2013-03-01"), new("三月一號", Ref, "2013-03-01"), new("三月一", Ref, "2013-03-01"),
        new("2015年3月3号", Ref, "2015-03-03"), new("2015年3月三号", Ref, "2015-03-03"), new("2015年三月3号", Ref, "2015-03-03"),
        new("2015年三月三号", Ref, "2015-03-03"), new("2015年3月3號", Ref, "2015-03-03"), new("2015年三月三號", Ref, "2015-03-03"),
        new("3/3/2015", Ref, "2015-03-03", Skip: UsOrder), new("3/3/15", Ref, "2015-03-03", Skip: UsOrder),
        new("2015-3-3", Ref, "2015-03-03"), new("2015-03-03", Ref, "2015-03-03"), new("二零一五年三月三號", Ref, "2015-03-03"), new("二零一五年三月三", Ref, "2015-03-03"),
        new("2013年2月15号", Ref, "2013-02-15"), new("2013年二月十五号", Ref, "2013-02-15"), new("2月15号", Ref, "2013-02-15"), new("二月十五号", Ref, "2013-02-15"),
        new("2013年2月15號", Ref, "2013-02-15"), new("二月十五號", Ref, "2013-02-15"), new("2/15", Ref, "2013-02-15", Skip: UsOrder),
        new("二零一三年二月十五號", Ref, "2013-02-15"), new("二月十五", Ref, "2013-02-15"),
        new("10/31/1974", Ref, "1974-10-31", Skip: UsOrder), new("10/31/74", Ref, "1974-10-31", Skip: UsOrder),
        new("二月十五号早上", Ref, "2013-02-15"), new("2月15號早晨", Ref, "2013-02-15"),
        new("下周二", Ref, "2013-02-19", Skip: Week), new("这周", Ref, "2013-02-11", Skip: Week), new("上周", Ref, "2013-02-04", Skip: Week),
        new("上月", Ref, "2013-01"), new("上个月", Ref, "2013-01"), new("上個月", Ref, "2013-01"),
        new("下月", Ref, "2013-03"), new("下个月", Ref, "2013-03"), new("下個月", Ref, "2013-03"), new("3月", Ref, "2013-03"), new("3月份", Ref, "2013-03"),
        new("三月", Ref, "2013-03"),
        new("去年", Ref, "2012", Skip: BareYear), new("上年", Ref, "2012", Skip: BareYear), new("今年", Ref, "2013", Skip: BareYear),
        new("这一年", Ref, "2013", Skip: BareYear), new("明年", Ref, "2014", Skip: BareYear), new("下年", Ref, "2014", Skip: BareYear),
        new("上两天", Ref, null, Skip: Span), new("兩天前", Ref, null, Skip: Span), new("下三个月", Ref, null, Skip: Span), new("前两年", Ref, null, Skip: Span),
        new("三点", Ref, null, Skip: Clock), new("下午三点十五", Ref, null, Skip: Clock), new("15:15", Ref, null, Skip: Clock),
        new("2015年4月14号", Ref, "2015-04-14"), new("2015年4月14號", Ref, "2015-04-14"),
        new("今晚8点", Ref, "2013-02-12"), new("今晚八點", Ref, "2013-02-12"),
        new("二零一三年六月十二號至二零一三年七月三號", Ref, "2013-06-12", "2013-07-03"), new("6月12號到7月3號", Ref, "2013-06-12", "2013-07-03"),
        new("六月十二號到七月三號", Ref, "2013-06-12", "2013-07-03"), new("六月十二日-七月三日", Ref, "2013-06-12", "2013-07-03"),
        new("12號到3號", Ref, "2013-02-12", "2013-03-03", Skip: "days without their months"),
        new("今個月12號到下個月3號", Ref, "2013-02-12", "2013-03-03", Skip: Cantonese),
        new("二零一三年十二月一號至二零一四年一月一號", Ref, "2013-12-01", "2014-01-01"), new("12月1號到1月1號", Ref, "2013-12-01", "2014-01-01"),
        new("十二月一號至一月一號", Ref, "2013-12-01", "2014-01-01"), new("十二月一日~一月一日", Ref, "2013-12-01", "2014-01-01"),
        new("十二月至一月", Ref, "2013-12", "2014-01"), new("十二至一月", Ref, "2013-12", "2014-01"),
        new("2019年-2020年", Ref, "2019", "2020"), new("二零一九年至二零二零年", Ref, "2019", "2020"),
        new("星期三至星期五", Ref, "2013-02-13", "2013-02-15", Skip: Week), new("二月十三號到十五號", Ref, "2013-02-13", "2013-02-15"),
        new("二月十三到十五號", Ref, "2013-02-13", "2013-02-15"), new("二月十三到十五", Ref, "2013-02-13", "2013-02-15"),
        new("今晚8點至8點半", Ref, "2013-02-12"),
        new("三月頭", Ref, "2013-03", Skip: Cantonese), new("五月中", Ref, "2013-05"), new("六月尾", Ref, "2013-06"),
        new("2017年頭", Ref, "2017-01", Skip: Cantonese), new("今年年尾", Ref, "2013-12"),
        new("元旦", Ref, "2014-01-01", Skip: Holiday), new("劳动节", Ref, "2013-05-01", Skip: Holiday), new("圣诞节", Ref, "2013-12-25", Skip: Holiday),
    };
}
