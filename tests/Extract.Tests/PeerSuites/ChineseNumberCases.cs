namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from chinese-numbers-converter (anton-bot/chinese-numbers-converter.js), MIT License as its package states:
/// src/index-numbers.test.ts (toInteger of a number standing alone or leading a string) and
/// src/index-sentences.test.ts (the numbers toInteger rewrites inside sentences). Standalone numerals run through
/// our parser; strings with other text run through the figure stage (value as the library gives it, unit as our
/// guide writes it; the library's two numbers for a spoken range 三到四百萬 are one range in our guide).
/// </summary>
internal static class ChineseNumbersConverterCases
{
    private const string Odd = "a numeral written against Chinese usage (萬五 with no digit before 萬) that news text does not print";
    private const string NotChinese = "a bare number before English words or asterisks, with no unit: in mixed text such a number is as often part of a name or a code (iPhone 15 Pro), which the guide leaves out, so a unit-less number counts only where a Chinese phrase ends";

    public static readonly NumeralCase[] Numerals =
    {
        new("345", 345), new("一", 1), new("兩百四十五", 245), new("二十二", 22), new("二萬五", 25000), new("二萬二", 22000),
        new("8千3", 8300), new("345 萬", 3450000), new("345萬", 3450000), new("3.5萬", 35000), new("3萬5", 35000), new("五萬", 50000),
        new("2千萬", 20000000), new("2千萬五", 20005000), new("一千萬", 10000000), new("1000萬", 10000000), new("8千4百萬", 84000000),
        new("8千3萬", 83000000), new("萬五", 15000, Odd), new("一百六十八萬", 1680000), new("一百六十八萬五", 1685000),
        new("一百六十八萬六千", 1686000), new("一百六十八萬五千兩百四十五", 1685245), new("3.1323445124421445642", 3.1323445124421445642m),
    };

    public static readonly FigureCase[] Sentences =
    {
        // index-numbers.test.ts: numbers with other text
        new("345 abc", 345, Skip: NotChinese), new(" 二〇一二年", 2012, Skip: "二〇一二年 is a year: a date of the guide, not a figure"),
        new("***貳佰零伍元***", 205, Unit: "元"), new("1000 and one", 1000, Skip: NotChinese), FigureCase.None("haha no numbers here"),
        new("九龍", 9, Skip: "九龍 (Kowloon) is a place name; a number inside a name is not a figure"),
        // index-sentences.test.ts
        new("3.5萬", 35000), new("***3.1323445124421445***", 3.1323445124421445m, Skip: NotChinese), new("一百. What a great number.", 100),
        new("4 000 000", 4000000), new("4 000 000 RMB", 4000000, Unit: "RMB"),
        new("這款車的價格從34.5萬港幣到55.4萬港幣。", 345000, 554000, "港幣"), new("三到四百萬", 3000000, 4000000),
        new("3, 5 and 4", 3, Skip: "three bare digits in English text: the library checks only that it leaves them as they are"),
        FigureCase.None("sample0123@example.com"), FigureCase.None("參"),
    };
}

/// <summary>
/// Cases from chinese-number (magiclen/chinese-number, Rust), MIT License, Copyright (c) 2018 magiclen.org: tests/
/// chinese_to_number.rs (to_number with ChineseCountMethod::TenThousand, the 萬進 counting our texts use; the Low,
/// Middle and High methods differ only above 億, in 兆, 京 and larger units). Each distinct input once.
/// </summary>
internal static class MagiclenChineseNumberCases
{
    private const string BigUnits = "兆 means mega (兆瓦, 兆帕) in our texts, and 京, 垓, 秭 … are not used in news";

    public static readonly NumeralCase[] Numerals =
    {
        new("壹佰貳拾柒", 127), new("負壹佰貳拾捌", -128), new("貳佰伍拾伍", 255), new("參萬貳仟柒佰陸拾柒", 32767),
        new("負參萬貳仟柒佰陸拾捌", -32768), new("陸萬伍仟伍佰參拾伍", 65535), new("貳拾壹億肆仟柒佰肆拾捌萬參仟陸佰肆拾柒", 2147483647),
        new("負貳拾壹億肆仟柒佰肆拾捌萬參仟陸佰肆拾捌", -2147483648), new("肆拾貳億玖仟肆佰玖拾陸萬柒仟貳佰玖拾伍", 4294967295),
        new("玖佰貳拾貳京參仟參佰柒拾貳兆零參佰陸拾捌億伍仟肆佰柒拾柒萬伍仟捌佰零柒", 9223372036854775807, BigUnits),
        new("負玖佰貳拾貳京參仟參佰柒拾貳兆零參佰陸拾捌億伍仟肆佰柒拾柒萬伍仟捌佰零捌", -9223372036854775808, BigUnits),
        new("壹仟捌佰肆拾肆京陸仟柒佰肆拾肆兆零柒佰參拾柒億零玖佰伍拾伍萬壹仟陸佰壹拾伍", 18446744073709551615, BigUnits),
        new("壹佰貳拾參肆角陸分", 123.46m, "an amount in 角 and 分 with no 元 after its whole part is not written in news"),
        new("負壹佰貳拾參肆角陸分", -123.46m, "an amount in 角 and 分 with no 元 after its whole part is not written in news"),
        new("a", null), new("壹佰貳拾佰", null),
    };
}
