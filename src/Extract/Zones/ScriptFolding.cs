namespace Pipeline.Extract.Zones;

/// <summary>
/// Character-for-character folding used by the zone and enterprise matchers: Traditional
/// characters common in place, zone and company names become Simplified, full-width ASCII and
/// full-width parentheses become half-width. One char maps to one char, so offsets found in the
/// folded text are offsets in the original.
/// </summary>
internal static class ScriptFolding
{
    // Pairs written Traditional then Simplified; limited to characters that occur in zone words,
    // company suffixes and common place names (a full converter belongs to the text normalizer).
    private const string Traditional =
        "區國開發經濟術業產園範態團資訊電腦網際數據機車輛環節約與為這個東漢陽廣華灣門龍鳳慶寧蘇臺雲貴陝遼黑晉魯閩贛鄂湘粵瓊蒙" +
        "興會議證號碼實驗學院醫療藥農漁礦鋼鐵銀貨幣財稅幣聯線設計營運務權標準質檢測達動創視頻聲員長鄉鎮縣島臨滬鄭錫塢襄濰" +
        "紹溫貿廠場億萬兩戶項條進總體環廢氣電價壓舊舉歲倉儲運輸鏈訊覽賽獎試點濱屬齊頭灣鑒濟蘭麗順劉張陳楊黃趙吳孫馮盧鄧";
    private const string Simplified =
        "区国开发经济术业产园范态团资讯电脑网际数据机车辆环节约与为这个东汉阳广华湾门龙凤庆宁苏台云贵陕辽黑晋鲁闽赣鄂湘粤琼蒙" +
        "兴会议证号码实验学院医疗药农渔矿钢铁银货币财税币联线设计营运务权标准质检测达动创视频声员长乡镇县岛临沪郑锡坞襄潍" +
        "绍温贸厂场亿万两户项条进总体环废气电价压旧举岁仓储运输链讯览赛奖试点滨属齐头湾鉴济兰丽顺刘张陈杨黄赵吴孙冯卢邓";

    private static readonly Dictionary<char, char> Map = BuildMap();

    private static Dictionary<char, char> BuildMap()
    {
        if (Traditional.Length != Simplified.Length)
            throw new InvalidOperationException("ScriptFolding tables differ in length");
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Traditional.Length; i++)
            if (Traditional[i] != Simplified[i]) map[Traditional[i]] = Simplified[i];
        return map;
    }

    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0); // full-width ASCII, incl. （）
        if (c == '\u3000') return ' ';
        return Map.TryGetValue(c, out var s) ? s : c;
    }

    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = Fold(chars[i]);
        return new string(chars);
    }

    public static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
}
