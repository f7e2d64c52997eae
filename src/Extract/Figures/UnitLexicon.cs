namespace Pipeline.Extract.Figures;

/// <summary>Figure kinds as written in the record.</summary>
internal static class FigureKinds
{
    public const string Money = "money";
    public const string Percent = "percent";
    public const string Count = "count";
    public const string Measure = "measure";
    public const string Duration = "duration";
    public const string Ratio = "ratio";
    public const string Other = "other";
}

/// <summary>Units that may follow a number, with the kind of quantity each makes, Simplified and
/// Traditional. Matching is longest first, so 人次 wins over 人 and 吨标准煤 over 吨.</summary>
internal static class UnitLexicon
{
    private static readonly string[] Currencies =
    {
        "元", "圆", "美元", "欧元", "日元", "港元", "港币", "港幣", "英镑", "英鎊", "韩元", "韓元", "澳元", "加元",
        "卢布", "盧布", "新台币", "新台幣", "台币", "台幣", "人民币", "人民幣", "元人民币", "元人民幣", "美金", "块钱", "塊錢",
        "瑞士法郎", "法郎", "泰铢", "泰銖", "卢比", "盧比", "奈拉", "林吉特", "比索", "新加坡元", "新元", "雷亚尔", "兰特",
        "里拉", "越南盾", "澳门元", "澳門元", "澳币", "澳幣", "加币", "加幣", "韩币", "韓幣", "日币", "日幣",
        "日圆", "日圓", "美圆", "美圓", "港圆", "港圓",
    };

    /// <summary>Currency words that may name the currency before the number (新台幣1.2兆元, 港幣500萬元),
    /// folded to Simplified as the view is.</summary>
    private static readonly string[] CurrenciesBefore =
    {
        "新台币", "台币", "港币", "人民币", "美金", "澳门币", "澳门元", "日币", "韩币",
        "US$", "HK$", "NT$", "S$", "A$", "C$", "MOP$", "RMB", "$", "¥", "￥", "€", "£",
        "CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "NTD", "MOP", "SGD", "AUD", "CAD", "KRW", "CHF",
    };

    private static readonly string[] Percents = { "%", "％", "‰", "个百分点", "個百分點", "百分点", "百分點", "成" };

    private static readonly string[] Counts =
    {
        "个", "個", "家", "人", "名", "位", "项", "項", "辆", "輛", "台", "臺", "套", "件", "户", "戶", "种", "種",
        "次", "座", "所", "条", "條", "篇", "份", "张", "張", "只", "隻",
        "头", "頭", "株", "棵", "批", "场", "場", "支", "款", "颗", "顆", "床", "路", "块", "塊", "类", "類",
        "处", "處", "间", "間", "栋", "棟", "幢", "层", "層", "枚", "部", "本", "册", "冊", "例", "笔", "筆",
        "单", "單", "片", "根", "架", "艘", "组", "組", "对", "對", "粒", "瓶", "箱", "盒", "包", "袋", "团", "團",
        "队", "隊", "员", "員", "企", "门", "門", "轮", "輪", "班", "趟", "页", "頁", "首", "封", "股", "台套", "臺套",
        "宗", "起", // 30宗 (cases, deals, parcels), 9起 (accidents, cases)
        "字", // 约1.2万字: a text's length
    };

    /// <summary>Units of no other kind: ages (29岁) and labour in person-years (230万人年).</summary>
    private static readonly string[] OtherUnits = { "岁", "歲", "周岁", "週歲", "人年" };

    /// <summary>Measure words that take 次 to count occurrences (人次, 家次, 场次, 架次): the compound is the unit,
    /// and longest-first matching keeps both characters.</summary>
    private static readonly string[] CountsPerOccurrence =
    {
        "人", "家", "场", "場", "批", "架", "车", "車", "班", "户", "戶", "项", "項", "台", "臺", "辆", "輛", "件", "艘",
        "例", "篇", "列", "航",
    };

    private static readonly string[] Measures =
    {
        "吨", "噸", "公吨", "千克", "公斤", "克", "斤", "兆瓦", "千瓦", "瓦", "吉瓦", "太瓦", "兆瓦时", "兆瓦時", "千瓦时", "千瓦時",
        "吉瓦时", "吉瓦時", "太瓦时", "太瓦時", "瓦时", "瓦時", "千伏安",
        "度", "千伏", "伏", "平方米", "平方公里", "平方千米", "平方公尺", "平米", "亩", "畝", "公顷", "公頃", "公里",
        "千米", "米", "公尺", "厘米", "毫米", "微米", "纳米", "奈米", "立方米", "立方公尺", "升", "毫升", "英寸", "英尺",
        "英里", "海里", "吨标准煤", "噸標準煤", "标准煤", "標準煤", "吨标煤", "吨二氧化碳", "兆帕", "千帕", "帕",
        "赫兹", "兆赫", "兆赫兹", "兆焦", "兆焦耳", "千焦", "兆瓦峰", "兆伏安", "吉焦", "马力", "馬力", "千卡", "焦耳", "分贝", "分貝", "摄氏度", "攝氏度", "桶", "标箱", "標箱",
        "字节", "位元组", "兆字节", "千字节", "吉字节", "公分", "微克", "毫克", "比特", "平方厘米", "立方厘米", "公升",
        "加仑", "加侖", "英吋", "吋", "呎", "英呎", "公裏", "英裏", "磅", "盎司", "安士", "華氏度", "华氏度", "°C", "℃", "°F", "℉", "°",
    };

    private static readonly string[] Durations =
    {
        "个月", "個月", "天", "小时", "小時", "个小时", "個小時", "分钟", "分鐘", "秒", "秒钟", "周", "週", "星期",
        "个工作日", "個工作日", "工作日", "个工作天", "個工作天", "工作天", "个季度", "個季度", "季度", "毫秒", "微秒",
    };

    private static readonly string[] Ratios = { "倍" };

    /// <summary>Latin unit symbols; any other letters glued to a number make a code (5G, 8K, 3D).</summary>
    private static readonly Dictionary<string, string> LatinUnits = new(StringComparer.Ordinal)
    {
        ["MW"] = FigureKinds.Measure, ["kW"] = FigureKinds.Measure, ["KW"] = FigureKinds.Measure, ["GW"] = FigureKinds.Measure,
        ["kWh"] = FigureKinds.Measure, ["MWh"] = FigureKinds.Measure, ["GWh"] = FigureKinds.Measure, ["km"] = FigureKinds.Measure,
        ["kg"] = FigureKinds.Measure, ["mm"] = FigureKinds.Measure, ["cm"] = FigureKinds.Measure, ["CM"] = FigureKinds.Measure, ["KM"] = FigureKinds.Measure, ["KG"] = FigureKinds.Measure, ["nm"] = FigureKinds.Measure,
        ["m"] = FigureKinds.Measure, ["t"] = FigureKinds.Measure, ["GB"] = FigureKinds.Measure, ["TB"] = FigureKinds.Measure,
        ["MB"] = FigureKinds.Measure, ["PB"] = FigureKinds.Measure, ["EB"] = FigureKinds.Measure, ["Gbps"] = FigureKinds.Measure,
        ["Mbps"] = FigureKinds.Measure, ["GHz"] = FigureKinds.Measure, ["MHz"] = FigureKinds.Measure, ["Hz"] = FigureKinds.Measure,
        ["kV"] = FigureKinds.Measure, ["MPa"] = FigureKinds.Measure, ["L"] = FigureKinds.Measure, ["ml"] = FigureKinds.Measure,
        ["m2"] = FigureKinds.Measure, ["m3"] = FigureKinds.Measure, ["m²"] = FigureKinds.Measure, ["m³"] = FigureKinds.Measure,
        ["km2"] = FigureKinds.Measure, ["km²"] = FigureKinds.Measure, ["mu"] = FigureKinds.Measure,
        ["TW"] = FigureKinds.Measure, ["TWh"] = FigureKinds.Measure, ["Wh"] = FigureKinds.Measure, ["KWh"] = FigureKinds.Measure,
        ["kwh"] = FigureKinds.Measure, ["Kwh"] = FigureKinds.Measure, ["kVA"] = FigureKinds.Measure, ["MVA"] = FigureKinds.Measure,
        ["kWp"] = FigureKinds.Measure, ["MWp"] = FigureKinds.Measure, ["GWp"] = FigureKinds.Measure,
        ["mAh"] = FigureKinds.Measure, ["Ah"] = FigureKinds.Measure, ["Tbps"] = FigureKinds.Measure, ["kbps"] = FigureKinds.Measure,
        ["Kbps"] = FigureKinds.Measure, ["kHz"] = FigureKinds.Measure, ["THz"] = FigureKinds.Measure, ["mg"] = FigureKinds.Measure,
        ["μm"] = FigureKinds.Measure, ["dB"] = FigureKinds.Measure, ["g"] = FigureKinds.Measure, ["mL"] = FigureKinds.Measure,
        ["cc"] = FigureKinds.Measure, ["lb"] = FigureKinds.Measure, ["oz"] = FigureKinds.Measure, ["ft"] = FigureKinds.Measure,
        ["CNY"] = FigureKinds.Money, ["USD"] = FigureKinds.Money, ["HKD"] = FigureKinds.Money, ["EUR"] = FigureKinds.Money,
        ["JPY"] = FigureKinds.Money, ["GBP"] = FigureKinds.Money, ["RMB"] = FigureKinds.Money,
        // Computing power (100PFlops, 2EFLOPS, 256TOPS); a bare P needs 算力 nearby, see ComputeUnitInContext.
        ["FLOPS"] = FigureKinds.Other, ["Flops"] = FigureKinds.Other, ["TFLOPS"] = FigureKinds.Other, ["TFlops"] = FigureKinds.Other,
        ["PFLOPS"] = FigureKinds.Other, ["PFlops"] = FigureKinds.Other, ["EFLOPS"] = FigureKinds.Other, ["EFlops"] = FigureKinds.Other,
        ["GFLOPS"] = FigureKinds.Other, ["GFlops"] = FigureKinds.Other, ["TOPS"] = FigureKinds.Other,
        ["h"] = FigureKinds.Duration, ["min"] = FigureKinds.Duration, ["s"] = FigureKinds.Duration, ["ms"] = FigureKinds.Duration,
    };

    /// <summary>Words after a number that make it a year count or a calendar year, never a figure.</summary>
    private static readonly string[] YearWords = { "年", "周年", "週年", "年度", "多年", "余年", "餘年" };

    private static readonly Dictionary<string, string> KindOf = Build();
    private static readonly int LongestUnit = KindOf.Keys.Max(k => k.Length);

    private static Dictionary<string, string> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, string kind)
        {
            foreach (var w in words) d[w] = kind;
        }
        Add(Currencies, FigureKinds.Money);
        Add(Percents, FigureKinds.Percent);
        Add(Counts, FigureKinds.Count);
        Add(CountsPerOccurrence.Select(w => w + "次"), FigureKinds.Count);
        Add(Measures, FigureKinds.Measure);
        Add(Durations, FigureKinds.Duration);
        Add(Ratios, FigureKinds.Ratio);
        Add(OtherUnits, FigureKinds.Other);
        return d;
    }

    /// <summary>The currency word ending just before <paramref name="at"/> (新台币 in 新台币500亿), or null.</summary>
    public static string? CurrencyEndingAt(string text, int at)
    {
        foreach (var word in CurrenciesBefore)
            if (at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0) return word;
        return null;
    }

    /// <summary>The longest unit word starting at <paramref name="at"/>, or null.</summary>
    public static string? MatchUnit(string text, int at)
    {
        for (var len = Math.Min(LongestUnit, text.Length - at); len > 0; len--)
        {
            var w = text.Substring(at, len);
            if (KindOf.ContainsKey(w)) return w;
        }
        return null;
    }

    /// <summary>The run of ASCII letters (and ²³23 right after them) starting at <paramref name="at"/>.</summary>
    public static string LatinRun(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        if (i > at && i < text.Length && text[i] is '²' or '³' or '2' or '3' && (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
            && LatinUnits.ContainsKey(text[at..(i + 1)])) i++;
        return text[at..i];
    }

    public static bool IsLatinUnit(string word) => LatinUnits.ContainsKey(word);

    public static bool StartsYearWord(string text, int at, out string word)
    {
        foreach (var w in YearWords.OrderByDescending(w => w.Length))
            if (string.CompareOrdinal(text, at, w, 0, w.Length) == 0 && at + w.Length <= text.Length)
            {
                word = w;
                return true;
            }
        word = "";
        return false;
    }

    /// <summary>The kind a unit makes; compound units (吨标准煤/万元) take their numerator's kind.</summary>
    public static string KindOfUnit(string unit)
    {
        if (unit.Length == 0) return FigureKinds.Other;
        if (LatinUnits.TryGetValue(unit, out var latin)) return latin;
        var numerator = unit.Split('/')[0];
        if (KindOf.TryGetValue(numerator, out var kind)) return kind;
        if (LatinUnits.TryGetValue(numerator, out latin)) return latin;
        return FigureKinds.Other;
    }
}
