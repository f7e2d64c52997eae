namespace Pipeline.Extract.Zones;

/// <summary>The zone words (高新区, 经开区 …), the kind each stands for, and the canonical form of
/// a zone name built from its place and its zone word (see GUIDE: 无锡国家高新区 → 无锡高新区).</summary>
internal static class ZoneNames
{
    public const string HiTech = "hitech";
    public const string Etdz = "etdz";
    public const string Development = "development";
    public const string Demo = "demo";
    public const string IndustrialPark = "industrial_park";
    public const string EcoCity = "eco_city";
    public const string NewArea = "new_area";

    /// <summary>Zone words, longest first so the regex alternation prefers the full word.</summary>
    public static readonly IReadOnlyList<(string Word, string Kind)> Suffixes = new (string, string)[]
    {
        ("农业高新技术产业示范区", Demo),
        ("高新技术产业开发区", HiTech),
        ("高技术产业开发区", HiTech),
        ("新技术产业开发区", HiTech),
        ("高新技术开发区", HiTech),
        // 万年高新技术产业园区: provincial high-tech zones of some provinces are named 产业园区.
        ("高新技术产业园区", HiTech),
        ("新技术开发区", HiTech),
        ("经济技术开发区", Etdz),
        ("自主创新示范区", Demo),
        // 自创区: the short form of 国家自主创新示范区 (郑洛新自创区).
        ("自创区", Demo),
        // 农高区: the short form of 国家农业高新技术产业示范区 (杨凌农高区, 晋中农高区).
        ("农高区", Demo),
        ("承接产业转移示范区", Demo),
        ("城乡一体化示范区", Demo),
        ("经济开发区", Development),
        ("工业园区", IndustrialPark),
        // 阳澄生态新区: a district-rank new area named for its ecology, a zone word of its own (not 生态 + 新区).
        ("生态新区", NewArea),
        ("高新区", HiTech),
        ("经开区", Etdz),
        ("开发区", Development),
        ("示范区", Demo),
        ("生态城", EcoCity),
        ("新区", NewArea),
    };

    /// <summary>Rank words written between the place and the zone word (无锡国家高新区).</summary>
    public static readonly string[] RankWords = { "国家级", "国家", "省级" };

    public static string KindOf(string zoneWord) =>
        Suffixes.First(s => s.Word == zoneWord).Kind;

    /// <summary>The place part of a zone name: 武汉东湖 for 武汉东湖高新区, 无锡 for 无锡国家高新区;
    /// the name itself when it ends with no zone word.</summary>
    public static string PlaceOf(string name)
    {
        // By index: a foreach over the list's interface allocated an enumerator at every call.
        for (var k = 0; k < Suffixes.Count; k++)
        {
            var word = Suffixes[k].Word;
            if (!name.EndsWith(word, StringComparison.Ordinal) || name.Length == word.Length) continue;
            var place = name[..^word.Length];
            foreach (var rank in RankWords)
                if (place.EndsWith(rank, StringComparison.Ordinal) && place.Length > rank.Length)
                {
                    place = place[..^rank.Length];
                    break;
                }
            return place;
        }
        return name;
    }

    /// <summary>Canonical name for a zone not in the gazetteer: high-tech zones become
    /// <c>&lt;place&gt;高新区</c>, ETDZs <c>&lt;place&gt;经开区</c>; other kinds keep their own word.</summary>
    public static string Compose(string place, string zoneWord) => KindOf(zoneWord) switch
    {
        HiTech => place + "高新区",
        Etdz => place + "经开区",
        _ when zoneWord is "自主创新示范区" or "自创区" => place + "国家自主创新示范区",
        _ => place + zoneWord,
    };

    /// <summary>Strips a province written before the place (江苏省惠山 → 惠山, 山东青岛 → 青岛) and 市
    /// written after a known city (开封市 → 开封, 青岛市黄岛 → 青岛黄岛).</summary>
    public static string TrimPlace(string place, ZoneGazetteer gazetteer)
    {
        for (var cut = 3; cut >= 2; cut--)
        {
            if (cut >= place.Length || !gazetteer.IsProvince(place[..cut])) continue;
            var rest = place[cut..];
            if (rest.Length > 2 && rest[0] is '省' or '市') rest = rest[1..];
            if (rest.Length >= 2)
            {
                place = rest;
                break;
            }
        }
        var i = place.IndexOf('市');
        if (i >= 2 && gazetteer.IsKnownPlace(place[..i]) && (i == place.Length - 1 || place.Length - i - 1 >= 2))
            place = place[..i] + place[(i + 1)..];
        return place;
    }
}
