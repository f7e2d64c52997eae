namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from nzh (cnwhy/nzh), BSD-2-Clause License as its package states. Sources: test/testData.js (toCN: each
/// Chinese numeral is decoded back to its number; toMoney: the 人民币 amount written for a number, custom: the 厘
/// and 正 variant), run by test/test_mocha.js, and test/test_cn.js (decodeS/decodeB of 小写 and 大写 numerals,
/// toMoney). Inputs are the Chinese strings; expectations are the numbers nzh encodes them from. A money string
/// is a figure of the guide: its value in 元, unit 元.
/// </summary>
internal static class NzhCases
{
    private const string Cents = "an amount in 角 or 分 alone (人民币壹角) with no 元 before it reads as a score, a minute or a shape in news";
    private const string Zhao = "兆 means mega (兆瓦, 兆帕) in our texts, and 京 is not used in news";
    private const string Li = "厘 (a thousandth of a 元) is not written in news amounts";

    public static readonly NumeralCase[] Numerals =
    {
        // testData.js toCN: 整数, 插零测试, 有小数, 科学记数法, 十的口语化测试, 单位万万化
        new("一", 1), new("负一", -1), new("一十", 10), new("一十二", 12), new("一百二十三", 123), new("一千二百三十四", 1234),
        new("一万二千三百四十五", 12345), new("一十二万三千四百五十六", 123456), new("一百二十三万四千五百六十七", 1234567),
        new("一千二百三十四万五千六百七十八", 12345678), new("一亿二千三百四十五万六千七百八十九", 123456789),
        new("一十二亿三千四百五十六万七千八百九十", 1234567890), new("一百二十三亿零一百二十三万零一百二十三", 12301230123),
        new("一千二百三十亿一千二百三十万一千二百三十", 123012301230), new("一万二千三百零一亿二千三百零一万二千三百零一", 1230123012301),
        new("一十二万三千零一十二亿三千零一十二万三千零一十二", 12301230123012), new("一亿亿", 10000000000000000),
        new("一十亿零一十一亿", 100000001100000000),
        new("零", 0), new("一百零一", 101), new("一千零一", 1001), new("一万零一", 10001), new("一十万零一", 100001), new("一十万零一十", 100010),
        new("一十万零一百", 100100), new("一十万一千", 101000), new("一十亿一千万一千", 1010001000), new("一十亿零一千", 1000001000),
        new("零点一", 0.1m), new("负零点一", -0.1m), new("一点一", 1.1m), new("一十点零一", 10.01m), new("一十万零一百一十一点一一", 100111.11m),
        new("一千零一十", 1010),
        new("十", 10), new("十五", 15), new("十万", 100000), new("十万零一十", 100010), new("十亿零十万", 1000100000),
        new("一万万亿", 10000000000000000), new("一十万万零一百一十万亿", 100110000000000000),
        // testData.js custom (ch_u 个拾佰仟万亿兆京)
        new("壹兆", 1000000000000, Zhao), new("壹京", 10000000000000000, Zhao),
        // test_cn.js: decodeS and decodeB
        new("壹", 1), new("壹拾", 10), new("壹拾贰", 12), new("三百四十五万六千七百八十九", 3456789), new("叁佰肆拾伍万陆仟柒佰捌拾玖", 3456789),
        new("九十八亿七千六百五十四万三千二百一十", 9876543210), new("玖拾捌亿柒仟陆佰伍拾肆万叁仟贰佰壹拾", 9876543210),
        new("十亿零一百万零二十一", 1001000021), new("壹拾亿零壹佰万零贰拾壹", 1001000021),
        new("一千零一十万零一千零一十亿零一千零一十万零一千零一十", 1010101010101010),
        new("壹仟零壹拾万零壹仟零壹拾亿零壹仟零壹拾万零壹仟零壹拾", 1010101010101010),
        new("零点壹", 0.1m), new("壹点壹", 1.1m), new("十点零一", 10.01m), new("壹拾点零壹", 10.01m), new("十二点一", 12.1m), new("壹拾贰点壹", 12.1m),
        new("十万零一百一十一点一一", 100111.11m), new("壹拾万零壹佰壹拾壹点壹壹", 100111.11m),
        new("拾", 10), new("一十万", 100000), new("壹拾万", 100000), new("拾万", 100000),
        new("一十亿零一十万", 1000100000), new("壹拾亿零壹拾万", 1000100000), new("拾亿零壹拾万", 1000100000),
        new("壹万万亿", 10000000000000000), new("壹亿亿", 10000000000000000),
        new("壹拾万万零壹佰壹拾万亿", 100110000000000000), new("壹拾亿零壹佰壹拾万亿", 100110000000000000),
    };

    public static readonly FigureCase[] Money =
    {
        // testData.js toMoney
        new("人民币零元整", 0, Unit: "元"), new("人民币壹元整", 1, Unit: "元"), new("人民币壹拾元整", 10, Unit: "元"), new("人民币壹拾贰元整", 12, Unit: "元"),
        new("人民币叁佰肆拾伍万陆仟柒佰捌拾玖元整", 3456789, Unit: "元"), new("人民币壹拾亿零壹佰万零贰拾壹元整", 1001000021, Unit: "元"),
        new("人民币壹万万亿元整", 10000000000000000, Unit: "元"), new("人民币壹拾万万零壹拾壹亿元整", 100000001100000000, Unit: "元"),
        new("人民币零元", 0, Unit: "元"), new("人民币壹元", 1, Unit: "元"), new("人民币壹角", 0.1m, Skip: Cents), new("人民币壹元壹角", 1.1m, Unit: "元"),
        new("人民币壹拾元零壹分", 10.01m, Unit: "元"), new("人民币壹拾万零壹佰壹拾壹元壹角壹分", 100111.11m, Unit: "元"),
        new("人民币壹仟零壹拾元整", 1010, Unit: "元"),
        new("人民币壹拾元零角零分", 10, Unit: "元"), new("人民币零元零角零分", 0, Unit: "元"), new("人民币零元壹角零分", 0.1m, Unit: "元"),
        new("人民币零元零角壹分", 0.01m, Unit: "元"), new("壹元整", 1, Unit: "元"),
        // testData.js custom toMoney (m_t ¥, m_z 正, m_u 元角分厘)
        new("¥壹元正", 1, Unit: "元"), new("¥壹元贰角叁分肆厘", 1.234m, Skip: Li), new("¥壹拾元零角零分零厘", 10, Skip: Li),
        new("¥零元零角零分零厘", 0, Skip: Li), new("¥零元壹角零分零厘", 0.1m, Skip: Li), new("¥零元零角壹分壹厘", 0.011m, Skip: Li),
        // test_cn.js 金额转换
        new("人民币壹拾亿零贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整", 1023456789, Unit: "元"), new("人民币壹元贰角叁分", 1.23m, Unit: "元"),
        new("人民币贰角叁分", 0.23m, Skip: Cents),
    };
}
