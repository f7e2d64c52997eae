namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Cases from cn2an's own test (Ailln/cn2an, cn2an/cn2an_test.py: strict_data_dict, normal_data_dict,
/// error_normal_datas), MIT License, Copyright (c) 2017 HaveTwoBrush. Values as cn2an expects them.
/// </summary>
internal static class Cn2anCases
{
    private const string ClockWord = "零点 alone is a clock time (midnight) in running text, not a numeral";

    public static readonly NumeralCase[] Cn2an =
    {
        new("一", 1), new("两", 2), new("十", 10), new("十一", 11), new("一十一", 11), new("一百一十一", 111),
        new("一千一百一十一", 1111), new("一万一千一百一十一", 11111), new("一十一万一千一百一十一", 111111),
        new("一百一十一万一千一百一十一", 1111111), new("一千一百一十一万一千一百一十一", 11111111),
        new("一亿一千一百一十一万一千一百一十一", 111111111), new("一十一亿一千一百一十一万一千一百一十一", 1111111111),
        new("一百一十一亿一千一百一十一万一千一百一十一", 11111111111), new("一千一百一十一亿一千一百一十一万一千一百一十一", 111111111111),
        new("壹", 1), new("拾", 10), new("拾壹", 11), new("壹拾壹", 11), new("壹佰壹拾壹", 111), new("壹仟壹佰壹拾壹", 1111),
        new("壹万壹仟壹佰壹拾壹", 11111), new("壹拾壹万壹仟壹佰壹拾壹", 111111), new("壹佰壹拾壹万壹仟壹佰壹拾壹", 1111111),
        new("壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 11111111), new("壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 111111111),
        new("壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 1111111111), new("壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 11111111111),
        new("壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 111111111111),
        new("一百零一", 101), new("一千零一", 1001), new("一千零一十一", 1011), new("一千一百零一", 1101), new("一万零一", 10001),
        new("一万零一十一", 10011), new("一万零一百一十一", 10111), new("一十万零一", 100001), new("一百万零一", 1000001),
        new("一千万零一", 10000001), new("一千零一万一千零一", 10011001), new("一千零一万零一", 10010001), new("一亿零一", 100000001),
        new("一十亿零一", 1000000001), new("一百亿零一", 10000000001), new("一千零一亿一千零一万一千零一", 100110011001),
        new("一千亿一千万一千零一", 100010001001), new("一千亿零一", 100000000001),
        new("零点零零零零零零零零零零零零零零一", 0.000000000000001m), new("零点零零零零零零零一", 0.00000001m),
        new("零点零零零一", 0.0001m), new("零点零一", 0.01m), new("零点一", 0.1m),
        // normal mode
        new("十万", 100000), new("十万零一", 100001), new("十亿零一万零一", 1000010001), new("一一", 11), new("一一一", 111),
        new("一一一一", 1111), new("拾万零壹", 100001), new("拾亿零壹万零壹", 1000010001), new("壹壹", 11), new("壹壹壹", 111),
        new("壹壹壹壹", 1111), new("一七二零", 1720), new("一七二零点一", 1720.1m), new("一七二零点一三四", 1720.134m),
        new("零点", 0, ClockWord), new("零点零", 0, ClockWord), new("零点零零", 0, ClockWord),
        new("点零", 0, "a bare 点 with no whole part is not written in news text"),
        new("点一", 0.1m, "a bare 点 with no whole part is not written in news text"),
        // errors in every mode
        new("零点点", null), new("零点零大", null),
    };
}
