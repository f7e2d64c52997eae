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
        ("新技术开发区", HiTech),
        ("经济技术开发区", Etdz),
        ("自主创新示范区", Demo),
        ("城乡一体化示范区", Demo),
        ("经济开发区", Development),
        ("工业园区", IndustrialPark),
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
        foreach (var (word, _) in Suffixes)
        {
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
        _ when zoneWord == "自主创新示范区" => place + "国家自主创新示范区",
        _ => place + zoneWord,
    };

    /// <summary>Strips 省/市 written after a place (青岛市 → 青岛) and a province written before a
    /// city (山东青岛 → 青岛) when what is left is still a known place.</summary>
    public static string TrimPlace(string place, ZoneGazetteer gazetteer)
    {
        if (place.Length > 2 && (place.EndsWith('市') || place.EndsWith('省')) && gazetteer.IsKnownPlace(place[..^1]))
            place = place[..^1];
        for (var cut = 2; cut <= 3 && cut < place.Length - 1; cut++)
        {
            var head = place[..cut];
            var rest = place[cut..];
            if (rest.StartsWith('省')) rest = rest[1..];
            if (gazetteer.IsProvince(head) && rest.Length >= 2 && gazetteer.IsKnownPlace(rest)) return TrimPlace(rest, gazetteer);
        }
        if (place.Length > 3 && place.Contains('市'))
        {
            var i = place.IndexOf('市');
            var city = place[..i];
            if (gazetteer.IsKnownPlace(city) && i + 1 < place.Length) place = city + place[(i + 1)..];
        }
        return place;
    }
}
