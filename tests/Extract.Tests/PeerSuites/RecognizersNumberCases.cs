namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from Microsoft Recognizers-Text (microsoft/Recognizers-Text, Specs/Number/Chinese/NumberModel.json and
/// PercentModel.json, Specs/NumberWithUnit/Chinese/CurrencyModel.json and DimensionModel.json), MIT License,
/// Copyright (c) Microsoft Corporation. Inputs as in the specs; expectations as the specs resolve them, written
/// in our guide's form (unit as it follows the number, scale words applied). Cases the guide puts outside a
/// figure's scope are kept with the reason instead of being counted.
/// </summary>
internal static class RecognizersNumberCases
{
    private const string NoScale = "guide: a Chinese numeral without 百/千/万/亿 is a small count, not a figure";
    private const string Notation = "k/M/e/^ notation is not written in Chinese news";
    private const string Counting = "打/双/对/半百 count in sets, not numerals";
    private const string Zhao = "兆 means mega (兆瓦, 兆帕) in our texts, not 10^12";
    private const string Discount = "折 (discounts) is not a unit of the guide";

    public static readonly NumeralCase[] Number =
    {
        new("肆佰陸拾", 460), new("一百五十二", 152), new("壹佰伍拾", 150), new("两千四百五", 2450), new("负三十二", -32),
        new("万", null), new("万万", null), new("二", 2), new("10万万", 1000000000), new("4.78万亿", 4780000000000),
        new("7 万5 千4 百", 75400), new("40k", 40000), new("二十 億", 2000000000), new("４，５６５", 4565),
        new("四百五十", 450), new("四百五", 450), new("一千零一", 1001), new("一百零一万一千", 1011000),
        new("一千两百三十四万", 12340000), new("五亿零六", 500000006), new("七十八万五佰零六", 780506), new("肆拾肆", 44),
        new("倆千两百贰拾二", 2222), new("5万4千6百", 54600), new("5亿1万4千6百", 500014600), new("-10000", -10000),
        new("负10000", -10000), new("一打", 12, Counting), new("拾万零五十六", 100056), new("十", 10), new("十五", 15),
        new("一百", 100), new("九百九十九", 999), new("九百九", 990), new("二百五十", 250), new("一千零五十", 1050),
        new("一千零五", 1005), new("一千陆", 1600), new("一万三", 13000), new("一万二百五十", 10250), new("一万零二百五十", 10250),
        new("九万四", 94000), new("九十二万四", 924000), new("九万零四百", 90400), new("九百万零四百", 9000400),
        new("四千零五万", 40050000), new("四千万", 40000000), new("四千万零六千", 40006000), new("四亿", 400000000),
        new("四亿五千六百四十二万零一十五", 456420015), new("四万五千六百二十二", 45622),
        new("五兆六十二亿四万五千二", 5006200045200, Zhao), new("十万柒仟捌佰伍拾肆", 107854), new("半百", 50, Counting),
        new("拾六万零五百零六", 160506), new("拾亿零六万零五百零六", 1000060506), new("一百万零四", 1000004), new("四十万", 400000),
        new("四千零四万", 40040000), new("四十五亿四千零四万", 4540040000), new("负四十五亿零四百零四万", -4504040000),
        new("负四百零五亿零四百零四万", -40504040000), new("四万万", 400000000), new("五十打", 600, Counting), new("百三", 130),
        new("1,050,000,000", 1050000000), new("两千三百五", 2350), new("一百 五 十 二", 152), new("7万 5千 4百", 75400),
        new("三千 八百 九十六 万 四千 九百 六十五", 38964965), new("八千 三百 八十五 万 二千 三百 二十六 点三三", 83852326.33m),
        new("2^5", 32, Notation), new("2e5", 200000, Notation), new("负六点六", -6.6m), new("十五点七", 15.7m),
        new("１１.92亿", 1192000000), new("２．２", 2.2m), new("壹百五十二", 152), new("兩千四百五", 2450), new("負三十二", -32),
        new("萬", null), new("10萬萬", 1000000000), new("4.78萬億", 4780000000000), new("壹千零壹", 1001),
        new("壹百零壹萬壹千", 1011000), new("五億零六", 500000006), new("兩千兩百貳拾二", 2222), new("四億五千六百四十二萬零壹十五", 456420015),
        new("負四十五億零四百零四萬", -4504040000), new("5,236", 5236),
    };

    /// <summary>Approximate amounts (余, 多, 几) are figures: value as written, approx.</summary>
    public static readonly FigureCase[] Approximate =
    {
        new("十 余 万", 100000), new("五百 余万", 5000000), new("一千多万", 10000000), new("十多万", 100000),
        new("二十几万", 200000), new("500余万", 5000000), new("十 余 萬", 100000), new("五百 余萬", 5000000),
        new("一百零几万", 1000000, Skip: "a vague digit inside the number (零几) has no value"),
        FigureCase.None("一切"), FigureCase.None("万"), FigureCase.None("万万"),
    };

    public static readonly FigureCase[] Percent =
    {
        new("９成", 90, Unit: "%"), new("7.２成", 72, Unit: "%"), new("１０ 成", 100, Unit: "%"), new("9.5成", 95, Unit: "%"),
        new("２.５成", 25, Unit: "%"), new("10成", 100, Unit: "%"),
        new("三成", 30, Unit: "%"), new("七成 六", 76, Unit: "%", Skip: NoScale), new("半成", 5, Unit: "%", Skip: NoScale),
        new("75折", 75, Unit: "%", Skip: Discount), new("三点一折", 31, Unit: "%", Skip: Discount),
        new("百分之２．４", 2.4m, Unit: "%"), FigureCase.None("二三十个百分点"), FigureCase.None("百分之二三十", skip: "the spec finds nothing; our guide reads a spelled percentage with a spoken range as 20–30 %"),
        new("百分之五", 5, Unit: "%"), new("一百五十    个百分点", 150, Unit: "%"), new("六个百分点", 6, Unit: "%"),
        new("２．４个百分点", 2.4m, Unit: "%"), new("-22.2%", -22.2m, Unit: "%"), new("２２％", 22, Unit: "%"),
        new("－1２２％", -122, Unit: "%"), new("百分之22", 22, Unit: "%"), new("百分之１２０", 120, Unit: "%"),
        new("百分之15Ｋ", 15000, Unit: "%", Skip: Notation), new("百分之1,111", 1111, Unit: "%"), new("百分之９，９９９", 9999, Unit: "%"),
        new("12个百分点", 12, Unit: "%"), new("2,123个百分点", 2123, Unit: "%"), new("二十个百分点", 20, Unit: "%"),
        new("百分之五 十", 50, Unit: "%"), new("百分之一 点五", 1.5m, Unit: "%"), new("百分之５６.２", 56.2m, Unit: "%"),
        new("百分之3,000", 3000, Unit: "%"), new("12.56个百分点", 12.56m, Unit: "%"), new("０.４个百分点", 0.4m, Unit: "%"),
        new("一百五十个百分点", 150, Unit: "%"), new("七十五万个百分点", 750000, Unit: "%"),
        new("拾万零五十六点叁叁个百分点", 100056.33m, Unit: "%"), new("75个百分点", 75, Unit: "%"), new("百分之一百", 100, Unit: "%"),
        new("百分之百", 100, Unit: "%"), new("百分之一百二十点五", 120.5m, Unit: "%"), new("百分之2", 2, Unit: "%"),
        FigureCase.None("五百分之2.2"), new("上升了百分之2.2", 2.2m, Unit: "%"), new("5％", 5, Unit: "%"), new("５．５％", 5.5m, Unit: "%"),
        new("一 百 五 十 个 百 分 点", 150, Unit: "%"), new("百 分之 一百二十点五", 120.5m, Unit: "%"),
    };

    public static readonly FigureCase[] Currency =
    {
        new("江苏彩民15元中大乐透1600万 奖池36.57亿", 15, Unit: "元"), new("其中，四川彩友中得1注1000万元基本头奖；", 10000000, Unit: "元"),
        new("本期开奖结束后，奖池金额攀升至36.57亿元。", 3657000000, Unit: "元"), new("１欧元可以", 1, Unit: "欧元"),
        new("兑换１．０７５３美元", 1.0753m, Unit: "美元"), new("兑换1.0092瑞士法郎", 1.0092m, Unit: "瑞士法郎"),
        new("2016年由于并购等直接投资，中国资金净流出1200亿美元", 120000000000, Unit: "美元"),
        new("宝安科技公司与国际精密的15位股东签署收购协议，以每股1.95港元", 1.95m, Unit: "港元"),
        new("央行到期定存单5306亿台币", 530600000000, Unit: "台币"), new("东芝重组另需1万亿日元 已向交易银行申请贷款", 1000000000000, Unit: "日元"),
        new("达到445奈拉兑换", 445, Unit: "奈拉"), new("十五美元", 15, Unit: "美元"),
        new("这台电脑两美元", 2, Unit: "美元"), new("这个手机壳五元三毛", 5.3m, Unit: "元"),
        new("10日元5日本銭", 10.05m, Unit: "日元", Skip: "sub-units of foreign currencies are not written in Chinese news"),
    };

    public static readonly FigureCase[] Dimension =
    {
        new("去年，潜江虾稻产业综合产值突破180亿元，带动就业超10万人，龙虾养殖户户平增收16000元，带动全省养殖小龙虾387万亩。", 3870000, Unit: "亩"),
        new("阳西辣椒火辣上市日均20万公斤远销珠三角", 200000, Unit: "公斤"), new("如今身高168公分", 168, Unit: "公分"),
        new("缴获近一吨冰毒", 1, Unit: "吨"), new("如今身高168cm", 168, Unit: "cm"), new("如今身高168CM", 168),
        new("这里水深超过250m", 250, Unit: "m"), FigureCase.None("dimension是什么意思"),
        new("一吨半", 1.5m, Unit: "吨"), new("十五斤半", 15.5m, Unit: "斤"), new("12千米", 12, Unit: "千米"),
        new("2.3千克", 2.3m, Unit: "千克"), new("1千克", 1, Unit: "千克"), new("三百米", 300, Unit: "米"),
        new("四十克", 40, Unit: "克"), new("三千比特", 3000, Unit: "比特"),
        new("五十兆字节", 50, Unit: "兆字节"), new("100赫兹", 100, Unit: "赫兹"), new("一百千瓦", 100, Unit: "千瓦"),
        new("323千卡", 323, Unit: "千卡"), new("三十两", 30, Skip: NoScale), new("三千两百两", 3200, Skip: "两 as a weight unit collides with 两 = 2"),
        new("负0.2千米", -0.2m, Unit: "千米"), new("负13.5千米", -13.5m, Unit: "千米"),
        new("成人每天需要摄入2.4微克的维生素B12", 2.4m, Unit: "微克"),
    };
}
