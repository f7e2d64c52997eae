using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Extract.Zones;

/// <summary>A zone mention proposed by <see cref="ZoneSpanFinder"/>: where it is, the place it
/// names and the zone word it was written with (or the gazetteer zone it names outright).</summary>
internal sealed record ZoneSpan(int Start, int End, string Place, string? ZoneWord, GazetteerZone? Named, bool Coordinated, string? Level);

/// <summary>
/// Extractor: proposes zone mentions in a text — gazetteer names (longest first), <c>X高新区</c>-style
/// patterns whose X is a place, and lists of places ending with a zone word
/// (<c>成都、武汉等6个国家高新区</c>). Gives no canonical names; <see cref="ZoneResolver"/> does.
/// </summary>
internal sealed partial class ZoneSpanFinder
{
    /// <summary>Characters that cannot be inside a place name written before a zone word.</summary>
    private const string StopChars = "的在和与及是为于到从对把被将让由向以等了个家之或也都就并已还其该各本全这那每些此即所批";

    /// <summary>Characters of verbs, adverbs and function words that almost never occur in a place
    /// name: a zone word after 推动, 促进, 国内, 部分 names no place (推动高新区发展).</summary>
    private const string NonPlaceChars =
        "促推进动提升加强实现发挥设鼓励覆盖创围绕结过激做好召形聚部分度要把被让使对该这那些们么什怎样很更最都也就还又再才已曾" +
        "正着了得之其所为以于从向往到给跟比继续研究利调年级国内外面立批型类助持引导支撑深入积极全力不没非每此均";

    /// <summary>Verbs and adverbs that often stand right before a place.</summary>
    private static readonly string[] LeadingWords =
    {
        "落户", "位于", "入驻", "来到", "走进", "地处", "推动", "支持", "打造", "获批", "成为", "设立", "包括", "依托", "建设",
        "参观", "考察", "调研", "进驻", "扎根", "聚集", "集聚", "发布", "加快", "推进", "助力", "服务", "覆盖", "携手", "联合",
        "举行", "召开", "比如", "例如", "其中", "目前", "同时", "此外", "近日", "日前", "今年", "去年", "据悉", "作为", "通过",
        "围绕", "聚焦", "对标", "全力", "正在", "已经", "积极", "升级", "认定", "批准", "获准", "新设", "新建", "新增", "入选",
        "签约", "来自", "前往", "赴", "如", "像", "随着", "立足", "依靠", "带动", "引领", "发挥", "构建", "布局", "深耕",
    };

    /// <summary>Words that make X a class of zones, not a place (国家高新区, 各高新区, 全国高新区).</summary>
    private static readonly HashSet<string> GenericPlaces = new()
    {
        "国家", "国家级", "全国", "我国", "省级", "全省", "全市", "本市", "本省", "本区", "其他", "其它", "这些", "多个", "所在",
        "区内", "园区", "城市", "新型", "各地", "地方", "周边", "相关", "重点", "一批", "同类", "兄弟", "优秀", "先进", "综合",
        "特色", "专业", "创新", "科技", "产业", "现代", "智慧", "绿色", "生态", "低碳", "数字", "高新", "试点", "示范", "国际",
        "中国", "世界", "全球", "海外", "境外", "跨境", "边境", "自贸", "临空", "城乡", "农业", "工业", "经济", "技术", "高端",
        "沿海", "西部", "东部", "中部", "东北", "新兴", "未来", "欠发达", "发达", "一流", "世界一流", "头部", "龙头", "全域",
    };

    /// <summary>Words after a standalone name that make it part of another name (张江实验室, 中关村大街).</summary>
    private static readonly string[] InnerNameWords =
    {
        "科学城", "科技城", "实验室", "大学", "学院", "研究院", "研究所", "科技园", "软件园", "产业园", "大街", "路", "街道", "镇",
        "论坛", "银行", "集团", "公司", "药谷", "医院", "中学", "小学", "剧场", "大道", "生物城",
    };

    /// <summary>Heads of park names that may follow a zone's name after a trade word (张江医械园: 园 not followed by 区).</summary>
    private static readonly string[] ParkWords = { "产业园", "科技园", "软件园", "创业园", "工业园", "产业基地", "基地", "小镇", "实验室", "研究院", "园" };

    /// <summary>Endings of a company's registered name: a zone's name that runs on into one is the company's
    /// (上海张江(集团)有限公司, 北京亦庄投资控股有限公司).</summary>
    private static readonly string[] CompanyEndings = { "有限公司", "有限责任公司", "股份公司", "(集团)" }; // folded: （集团） reads (集团)

    /// <summary>How many name characters may stand between a zone's name and a company ending.</summary>
    private const int MaxCompanyInfix = 8;

    private static readonly Regex ZoneWordPattern = new(
        "(?:" + string.Join("|", ZoneNames.RankWords) + ")?(?:" +
        string.Join("|", ZoneNames.Suffixes.Select(s => Regex.Escape(s.Word))) + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A region or collective written between 等 and the zone word of a list
    /// (长春、哈尔滨等东北地区国家高新区, 合肥、芜湖等地的高新区, 南昌、赣州等中西部高新区): it qualifies
    /// the listed places and is not a place itself.</summary>
    private const string ListQualifier =
        @"(?:[\p{IsCJKUnifiedIdeographs}]{0,4}?(?:地区|地方|地|区域|城市群|城市|都市圈|经济圈|经济带|省份|省区|省|市|部|沿海|沿江|沿边|边境|内陆|湾区|三角)|京津冀|成渝|粤港澳)的?";

    /// <summary>The zone words a list can end with (the last group of <see cref="ListEndPattern"/>), as alternatives:
    /// a constant, so that the pattern is generated at build time. 新区 is tried after 高新区, which ends with it.</summary>
    private const string ListZoneWordAlternatives = "高新技术产业开发区|高新区|经济技术开发区|经开区|自主创新示范区|新区";
    private static readonly string[] ListZoneWords = ListZoneWordAlternatives.Split('|');

    /// <summary>The zone word ending a list: 等6个国家高新区, 两个国家级经开区, 等高新区.
    /// A count may be set off by spaces (克拉玛依 4 家) and followed by a short modifier ending with
    /// 的 (4家新升级的国家高新区) or a region (等3个中部地区国家高新区); without 等 or a count a
    /// modifier would make any 发展的高新区 a list end.</summary>
    internal const string ListEndPatternText =
        "(?:(?<deng>等)(?:" + ListQualifier + ")??)?" +
        @"(?:\s*(?<count>[0-9０-９]+|[一二三四五六七八九十两]+)\s*(?:个|家|大)?(?:[\p{IsCJKUnifiedIdeographs}]{1,5}的|" + ListQualifier + ")?)?" +
        "(?:国家级|国家|省级)?(?<word>" + ListZoneWordAlternatives + ")";

    [GeneratedRegex(ListEndPatternText, RegexOptions.CultureInvariant)]
    private static partial Regex ListEndPattern { get; }

    /// <summary>Every list end holds one of <see cref="ListZoneWords"/>, so only the runs of
    /// <see cref="IsListEndCharacter"/> around one are scanned (<see cref="RunMatches"/>). The pattern begins with
    /// optional parts, so the regex would otherwise try a match at every digit, space, 等, 国 and 新 of the text.</summary>
    internal static readonly System.Buffers.SearchValues<string> ListZoneWordValues =
        System.Buffers.SearchValues.Create(ListZoneWords, StringComparison.Ordinal);

    /// <summary>Every character <see cref="ListEndPattern"/> can match: a Han character (its words, qualifiers and
    /// Chinese numerals), a digit or white space.</summary>
    internal static bool IsListEndCharacter(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '0' and <= '9' or >= '０' and <= '９' || char.IsWhiteSpace(c);

    private readonly ZoneGazetteer _gazetteer;
    private readonly ZoneLeftEdge _leftEdge;

    public ZoneSpanFinder(ZoneGazetteer gazetteer) : this(gazetteer, ZoneLeftEdge.Default) { }

    public ZoneSpanFinder(ZoneGazetteer gazetteer, ZoneLeftEdge leftEdge)
    {
        _gazetteer = gazetteer;
        _leftEdge = leftEdge;
    }

    /// <param name="context">Text printed with the article outside its body (title, source line, site header), read only
    /// for the city a bare zone word stands for.</param>
    public IReadOnlyList<ZoneSpan> Find(string text, string? context = null)
    {
        var folded = TextNormalizer.Fold(text);
        var foldedContext = context == null ? null : TextNormalizer.Fold(context);
        // 蘇州工業(yè)園區(qū): names are read without the pinyin readings glued into them, and found where they are written.
        var readings = PinyinReadings.Strip(folded);
        if (readings != null) folded = readings.Text;
        if (foldedContext != null) foldedContext = PinyinReadings.Without(foldedContext);
        var spans = new List<ZoneSpan>();
        FindNames(folded, spans);
        FindNationalThemeZones(folded, spans);
        FindPatterns(folded, spans);
        DropPlatformCompanyNames(folded, spans);
        FindLists(folded, spans);
        FindListsAfterZoneWord(folded, spans);
        FindBracketedTitles(folded, spans);
        NameFormerNames(folded, spans);
        FindZonesOfTheCityReferredTo(folded, spans);
        FindBareZonesOfTheCity(folded, foldedContext, spans);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return readings == null ? spans : spans.Select(s => s with { Start = readings.ToWritten(s.Start), End = readings.ToWritten(s.End) }).ToList();
    }

    /// <summary>Bare zone words a page uses for the zone it is about (经开区深入贯彻…, 市高新区…), when it names no zone of
    /// that kind and exactly one city that has a gazetteer zone of the kind (芜湖 → 芜湖经开区).</summary>
    private static readonly (string Word, string Kind)[] BareZoneWords = { ("高新区", ZoneNames.HiTech), ("经开区", ZoneNames.Etdz) };

    /// <summary>What may stand right before a bare zone word that names the page's zone: 市高新区, 本经开区, 我区….</summary>
    private const string BeforeBareZone = "市本我";

    /// <summary>Conjunctions that may join a bare zone word to what comes before it (园区和高新区, 与经开区).</summary>
    private const string JoinsBareZone = "和与及同";

    private const int MinBareMentions = 2;

    /// <summary>Zone words standing alone or after 市/本/我 from <paramref name="from"/> on, outside found zones.</summary>
    private static List<(int Start, int End)> BareMentions(string folded, int from, string word, IReadOnlyList<ZoneSpan> spans)
    {
        var bare = new List<(int Start, int End)>();
        for (var at = folded.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var start = at > from && BeforeBareZone.Contains(folded[at - 1]) ? at - 1 : at;
            // 国家高新区, 各经开区: a class; 工业园区和高新区: the zone joined to another place.
            if (start > from && ChineseScript.IsHan(folded[start - 1]) && start == at && !JoinsBareZone.Contains(folded[start - 1])) continue;
            if (Overlaps(spans, start, at + word.Length)) continue;
            bare.Add((start, at + word.Length));
        }
        return bare;
    }

    private static string? KindOf(ZoneSpan span) => span.Named?.Kind ?? (span.ZoneWord == null ? null : ZoneNames.KindOf(span.ZoneWord));

    /// <summary>The zones of a kind among <paramref name="named"/>, one per zone. Apart, with <see cref="AnyOfKind"/>, from the loop
    /// over the bare zone words, whose lambdas' closure over the kind was allocated for every word.</summary>
    private static List<ZoneSpan> ZonesOfKind(List<ZoneSpan> named, string kind) =>
        named.Where(s => KindOf(s) == kind).DistinctBy(s => s.Named?.Canonical ?? s.Place).ToList();

    private static bool AnyOfKind(List<ZoneSpan> spans, string kind)
    {
        foreach (var span in spans)
            if (KindOf(span) == kind) return true;
        return false;
    }

    private void FindBareZonesOfTheCity(string folded, string? context, List<ZoneSpan> spans)
    {
        var withContext = context == null ? folded : folded + "\n" + context;
        var named = context == null ? null : ZonesNamedIn(context);
        foreach (var (word, kind) in BareZoneWords)
        {
            // 来源:岳阳经济技术开发区 over a body that says 经开区: the one zone of the kind the title or the page's header
            // names in full is the one its bare zone words stand for, whatever other zones the body names.
            var headed = named == null ? null : ZonesOfKind(named, kind);
            if (headed is { Count: 1 } && BareMentions(folded, 0, word, spans) is { Count: > 0 } headedBare)
            {
                var zone = headed[0];
                foreach (var (start, end) in headedBare) spans.Add(zone with { Start = start, End = end, Coordinated = false });
                continue;
            }
            if (AnyOfKind(spans, kind)) continue;
            var bare = BareMentions(folded, 0, word, spans);
            // The title's bare mentions count too (“十三五”期间市高新区…报告 over a body that says 高新区 once).
            if (bare.Count + BareMentions(withContext, folded.Length, word, spans).Count < MinBareMentions) continue;
            var zones = new HashSet<GazetteerZone>();
            for (var i = 0; i < withContext.Length && zones.Count < 2; i++)
                for (var length = 3; length >= 2; length--)
                {
                    if (i + length > withContext.Length) continue;
                    var place = withContext.AsSpan(i, length);
                    if (_gazetteer.ByPlace(place, kind) is { } zone && place.SequenceEqual(zone.City)) { zones.Add(zone); break; }
                }
            if (zones.Count != 1) continue;
            var only = zones.First();
            foreach (var (start, end) in bare) spans.Add(new ZoneSpan(start, end, only.Place, null, only, false, "national"));
        }
    }

    /// <summary>A zone word after 该市/本市 (界首市…在该市经开区): the zone of the city the text named last with 市.</summary>
    [GeneratedRegex("(?:该|本)市(?<word>高新技术产业开发区|高新区|经济技术开发区|经开区|经济开发区)")]
    private static partial Regex ZoneOfTheCityReferredTo { get; }

    /// <summary>How far back the city that 该市 refers to may be named.</summary>
    private const int MaxCityReferenceReach = 300;

    /// <summary>界首市十二个项目分别在该市经开区…: 该市 (本市) refers back to the city named last with 市, a county-level city
    /// as often as a prefecture; its zone word names that city's zone, in the gazetteer or not (界首经开区), even said once.</summary>
    private static void FindZonesOfTheCityReferredTo(string folded, List<ZoneSpan> spans)
    {
        if (!folded.Contains("该市", StringComparison.Ordinal) && !folded.Contains("本市", StringComparison.Ordinal)) return;
        foreach (Match match in ZoneOfTheCityReferredTo.Matches(folded))
        {
            var word = match.Groups["word"];
            var end = word.Index + word.Length;
            if (Overlaps(spans, match.Index, end) || CityNamedBefore(folded, match.Index) is not { } city) continue;
            spans.Add(new ZoneSpan(word.Index, end, city, word.Value, null, false, null));
        }
    }

    /// <summary>The city or county-level city (its short name) written last with 市 before <paramref name="before"/>.</summary>
    private static string? CityNamedBefore(string folded, int before)
    {
        for (var at = before > 0 ? folded.LastIndexOf('市', before - 1) : -1; at >= 2 && before - at <= MaxCityReferenceReach; at = folded.LastIndexOf('市', at - 1))
            for (var length = 3; length >= 2; length--)
                if (at - length >= 0 && Divisions.Default.IsPlace(folded.AsSpan(at - length, length + 1)) &&
                    Divisions.Default.IsPlace(folded.AsSpan(at - length, length)))
                    return folded.Substring(at - length, length);
        return null;
    }

    /// <summary>龙岩高新区(经开区), 某某经开区（高新区）: a zone word alone in brackets right after a zone is that zone's second
    /// title (one administration with two plates), not another zone; the page's other bare mentions of that word stand
    /// for the same zone.</summary>
    private static void FindBracketedTitles(string folded, List<ZoneSpan> spans)
    {
        if (!folded.Contains('(')) return;
        var titles = new List<(ZoneSpan Zone, string Word)>();
        foreach (var zone in spans.ToList())
        {
            if (zone.End + 2 >= folded.Length || folded[zone.End] != '(') continue;
            var close = folded.IndexOf(')', zone.End + 1);
            if (close < 0) continue;
            var word = folded[(zone.End + 1)..close];
            if (!ZoneNames.Suffixes.Any(s => s.Word == word) || titles.Any(t => t.Word == word && t.Zone.Named != zone.Named)) continue;
            spans.Add(zone with { Start = zone.End + 1, End = close, Coordinated = false });
            titles.Add((zone, word));
        }
        foreach (var (zone, word) in titles.DistinctBy(t => t.Word))
            foreach (var (start, end) in BareMentions(folded, 0, word, spans))
                spans.Add(zone with { Start = start, End = end, Coordinated = false });
    }

    /// <summary>What stands between 前身 and the former name (吴中经开区的前身——吴县经济开发区, 前身为某某开发区).</summary>
    [GeneratedRegex(@"前身\s*(——|—|-|为|是|系|:|,)?\s*$")]
    private static partial Regex FormerNameLead { get; }

    /// <summary>How far back in its sentence the zone whose former name it is may stand.</summary>
    private const int MaxFormerNameReach = 30;

    /// <summary>甲经开区的前身——乙经济开发区: a zone named right after 前身 is the earlier name of the zone named before it in
    /// the sentence, one zone on the page, not a second one.</summary>
    private static void NameFormerNames(string folded, List<ZoneSpan> spans)
    {
        if (!folded.Contains("前身", StringComparison.Ordinal)) return;
        for (var k = 0; k < spans.Count; k++)
        {
            var former = spans[k];
            var from = Math.Max(0, former.Start - 8);
            if (!FormerNameLead.IsMatch(folded.AsSpan(from, former.Start - from))) continue;
            var current = spans.Where(s => s.End <= former.Start && former.Start - s.End <= MaxFormerNameReach
                                           && folded.AsSpan(s.End, former.Start - s.End).IndexOfAny("。;；!！?？\n") < 0)
                .OrderByDescending(s => s.End).FirstOrDefault();
            if (current != null) spans[k] = current with { Start = former.Start, End = former.End, Coordinated = false };
        }
    }

    /// <summary>The zones a title or header line names with their place (岳阳经济技术开发区, 某某高新区).</summary>
    private List<ZoneSpan> ZonesNamedIn(string context)
    {
        var spans = new List<ZoneSpan>();
        FindNames(context, spans);
        FindPatterns(context, spans);
        return spans.Where(s => s.Named != null || s.Place.Length > 0).ToList();
    }

    private void FindNames(string folded, List<ZoneSpan> spans)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            for (var length = Math.Min(_gazetteer.LongestNameAt(folded, i), folded.Length - i); length >= 2; length--)
            {
                if (!_gazetteer.TryGetName(folded.AsSpan(i, length), out var zone, out var standalone)) continue;
                // Names without a zone word (光谷, 中关村, 北京亦庄, 泰达) may start a longer name (中关村大街, 泰达集团);
                // an official name ending in 园区 (中关村科技园区) is the zone's own even before a park of it.
                var name = folded.Substring(i, length);
                var bare = standalone || ZoneNames.PlaceOf(zone.Canonical) == name || ZoneNames.PlaceOf(name) == name && !name.EndsWith('区');
                if (bare && (IsInsideLongerName(folded, i + length) || EndsQuotedCoinage(folded, i) || IsInsideListedName(folded, i, i + length))) continue;
                var level = zone.Kind is ZoneNames.HiTech or ZoneNames.Etdz or ZoneNames.NewArea ? "national" : null;
                var start = i - PlacePrefixLength(folded, i, zone, spans);
                spans.Add(new ZoneSpan(start, i + length, zone.Place, null, zone, false, level));
                i += length - 1;
                break;
            }
        }
    }

    /// <summary>How far before a standalone name a listed company's name holding it may start (上海复旦张江生物医药).</summary>
    private const int MaxListedNamePrefix = 6;

    /// <summary>复旦张江, 张江高科, 泰达股份: a standalone name inside a longer listed company's name written there is the
    /// company's, not the zone.</summary>
    private static bool IsInsideListedName(string folded, int start, int end)
    {
        if (RunsIntoOwnParkName(folded, end)) return false;
        var lexicon = ListedCompanyLexicon.Default;
        for (var from = Math.Max(0, start - MaxListedNamePrefix); from <= start; from++)
            if (lexicon.MatchAt(folded, from, distinctiveOnly: false) is { } name && from + name.Length >= end && name.Length > end - start)
                return true;
        return false;
    }

    /// <summary>张江高科技园区: a standalone name running on, through up to four name characters, into 园区 is the zone's own
    /// name, though 张江高科 is also a listed company's.</summary>
    private static bool RunsIntoOwnParkName(string folded, int end)
    {
        for (var at = end; at <= end + 4 && at + 1 < folded.Length; at++)
        {
            if (folded[at] == '园' && folded[at + 1] == '区') return true;
            if (!ChineseScript.IsHan(folded[at]) || StopChars.Contains(folded[at])) return false;
        }
        return false;
    }

    /// <summary>A standalone name ending a longer name in quotes (“湾区光谷”, “中原光谷”): a slogan after the zone's
    /// model, not the zone.</summary>
    private static bool EndsQuotedCoinage(string folded, int start)
    {
        var s = start;
        while (s > 0 && start - s < 4 && ChineseScript.IsHan(folded[s - 1])) s--;
        return s < start && s > 0 && folded[s - 1] is '“' or '"' or '「' or '『' or '‘';
    }

    private static bool IsInsideLongerName(string folded, int end)
    {
        foreach (var word in InnerNameWords)
            if (string.CompareOrdinal(folded, end, word, 0, word.Length) == 0) return true;
        if (StartsCompanyName(folded, end)) return true;
        // A park named after the zone with a trade word between (张江科技产业园, 光谷生物医药产业基地).
        for (var gap = 1; gap <= 4 && end + gap < folded.Length; gap++)
        {
            var between = folded[end + (gap - 1)];
            if (!ChineseScript.IsHan(between) || StopChars.Contains(between) || NonPlaceChars.Contains(between)) return false;
            foreach (var word in ParkWords)
                if (string.CompareOrdinal(folded, end + gap, word, 0, word.Length) == 0)
                    return !IsZoneWordAt(folded, end + gap + word.Length); // 张江高科技园区 is the zone's own name
        }
        return false;
    }

    /// <summary>The name runs on, through name characters only, into a company's registered ending.</summary>
    private static bool StartsCompanyName(string folded, int end) => CompanyEndingAt(folded, end) >= 0;

    /// <summary>Where the registered ending of a company name that runs on from <paramref name="end"/> through name
    /// characters only begins; -1 when none does.</summary>
    private static int CompanyEndingAt(string folded, int end)
    {
        for (var at = end; at <= end + MaxCompanyInfix && at < folded.Length; at++)
        {
            foreach (var ending in CompanyEndings)
                if (string.CompareOrdinal(folded, at, ending, 0, ending.Length) == 0) return at;
            var c = folded[at];
            if (!ChineseScript.IsHan(c) || StopChars.Contains(c)) return -1;
        }
        return -1;
    }

    /// <summary>中山火炬开发区临海工业园开发有限公司: a zone's full name that runs on into a company whose trade is the zone's
    /// development or assets (开发, 投资, 控股 … before the registered ending: <c>@platform-trades</c> of zone-left-edge.txt)
    /// is that company's name, the zone's own platform, not a mention of the zone. A company named after its trade
    /// (常州经开区江南织造股份有限公司) keeps the zone it stands in.</summary>
    private void DropPlatformCompanyNames(string folded, List<ZoneSpan> spans) =>
        spans.RemoveAll(s => CompanyEndingAt(folded, s.End) is var ending && ending > s.End && _leftEdge.IsPlatformTrade(folded[s.End..ending]));

    /// <summary>区 after a park word makes a zone word (科技园区, 工业园区).</summary>
    private static bool IsZoneWordAt(string folded, int index) => index < folded.Length && folded[index] == '区';

    /// <summary>What may follow a zone's city or province before the zone's name, in the order tried (西安市, 陕西省, 西安).</summary>
    private static readonly string[] PlaceSuffixes = ["市", "省", ""];

    /// <summary>The city or province written right before a gazetteer name that does not carry it
    /// (上海 + 漕河泾开发区, 江苏省 + 常州高新区), or another city of the zone's province (眉山 + 天府新区: the part of a
    /// zone that spans cities): part of the mention, so the page's form becomes an alias.</summary>
    private static int PlacePrefixLength(string folded, int start, GazetteerZone zone, IReadOnlyList<ZoneSpan> spans)
    {
        // The place, then its suffix, compared where they stand: no copy of the text after the zone, no prefix strings.
        foreach (var place in (ReadOnlySpan<string>)[zone.City, zone.Province])
        {
            if (place.Length < 2 || folded.AsSpan(start).StartsWith(place, StringComparison.Ordinal)) continue;
            foreach (var suffix in PlaceSuffixes)
            {
                var length = place.Length + suffix.Length;
                var at = start - length;
                if (at >= 0 && string.CompareOrdinal(folded, at, place, 0, place.Length) == 0
                    && string.CompareOrdinal(folded, at + place.Length, suffix, 0, suffix.Length) == 0 && !Inside(spans, at))
                    return length;
            }
        }
        if (zone.Province.Length < 2) return 0;
        for (var length = MaxCityPrefix; length >= 2; length--)
        {
            var at = start - length;
            if (at >= 0 && !Inside(spans, at) && Divisions.Default.ProvinceOfCity(folded.AsSpan(at, length)) == zone.Province)
                return length;
        }
        return 0;
    }

    /// <summary>The longest city name checked before a gazetteer name (眉山市, 黔东南苗族侗族自治州 is left out).</summary>
    private const int MaxCityPrefix = 4;

    /// <summary>National demonstration zones named by their theme, not a place (国家传感网创新示范区).
    /// The themes that are classes of many zones (国家自主创新示范区, 国家可持续发展议程创新示范区)
    /// name no zone without a place before them (苏南国家自主创新示范区 is a gazetteer name).</summary>
    [GeneratedRegex(
        @"国家(?<theme>[\p{IsCJKUnifiedIdeographs}]{2,8}?)创新示范区", RegexOptions.CultureInvariant)]
    private static partial Regex NationalThemeZonePattern { get; }

    // 进口贸易促进: the title of a trade programme given to dozens of places, no zone of its own.
    private static readonly HashSet<string> ClassThemes = new() { "自主", "可持续发展议程", "农业高新技术产业", "进口贸易促进" };

    private static void FindNationalThemeZones(string folded, List<ZoneSpan> spans)
    {
        foreach (Match match in NationalThemeZonePattern.Matches(folded))
        {
            var theme = match.Groups["theme"].Value;
            var end = match.Index + match.Length;
            if (ClassThemes.Contains(theme) || theme.Any(c => StopChars.Contains(c)) || Overlaps(spans, match.Index, end)) continue;
            spans.Add(new ZoneSpan(match.Index, end, "国家" + theme + "创新", "示范区", null, false, "national"));
        }
    }

    private void FindPatterns(string folded, List<ZoneSpan> spans)
    {
        foreach (Match match in ZoneWordPattern.Matches(folded))
        {
            var end = match.Index + match.Length;
            if (Overlaps(spans, match.Index, end)) continue;
            if (end < folded.Length && folded[end] == '域') continue; // 区域: "area", not a zone
            var rank = ZoneNames.RankWords.FirstOrDefault(r => match.Value.StartsWith(r, StringComparison.Ordinal));
            var zoneWord = rank == null ? match.Value : match.Value[rank.Length..];
            var kind = ZoneNames.KindOf(zoneWord);
            var found = PlaceBefore(folded, match.Index, spans);
            // …工业园区 is a zone only at city rank (苏州工业园区, GUIDE): after a prefecture-level city's own name (海东工业园区);
            // 某县工业园区 and 上饶市工业园区, 全市工业园区 (the city's parks together) are parks.
            if (kind == ZoneNames.IndustrialPark)
            {
                if (found is { } park && match.Index > 0 && folded[match.Index - 1] != '市' && Divisions.Default.IsCityShortName(park.Place))
                    spans.Add(new ZoneSpan(park.Start, end, park.Place, zoneWord, null, false, null));
                continue;
            }
            if ((found == null || !IsPlaceFor(found.Value.Place, kind, zoneWord)) && NamesAZoneAlone(zoneWord))
                found = (match.Index, ""); // 市城乡一体化示范区: the word alone names the city's zone (GUIDE)
            if (found == null) continue;
            var (start, place) = found.Value;
            if (place.Length > 0 && !IsPlaceFor(place, kind, zoneWord) && !IsTownZone(folded, place, zoneWord) &&
                !IsProvinceNewArea(folded, start, match.Index, place, zoneWord) && !IsNameGivenWithItsPlace(folded, spans, place, zoneWord)) continue;
            // 并入肥东经济开发区: a county glued to a verb before 经济开发区 still names it; only the loose words need the text to vouch.
            if (IsLooseZoneWord(kind, zoneWord) && place.Length > 0 && GluedToWordBefore(folded, start, place)) continue;
            if (IsLooseZoneWord(kind, zoneWord) && IsCommonWordCountyNotNamed(folded, place)) continue;
            var level = rank == "省级" ? "provincial" : rank != null ? "national" : null;
            if (folded.AsSpan(end).TrimStart().StartsWith("(筹)")) level = "preparatory";
            spans.Add(new ZoneSpan(start, end, place, zoneWord, null, false, level));
        }
    }

    /// <summary>徐圩新区 on a page that names 连云港, 安康市恒口示范区: a new area or demonstration zone named by a town of a city
    /// or county the page names (徐圩街道 of 连云港, 恒口镇 of 安康), written with its city or alone, and named so at least twice —
    /// the zone the page is about, not a passing phrase. A town's short name is trusted only beside its city: alone,
    /// hundreds of them are common words.</summary>
    private bool IsTownZone(string folded, string place, string zoneWord)
    {
        if (zoneWord is not ("新区" or "示范区")) return false;
        if (IsTownZoneName(folded, place, zoneWord)) return true;
        for (var cityLength = 2; cityLength <= 3; cityLength++)
            if (place.Length - cityLength is 2 or 3 && _gazetteer.IsPlaceName(place[..cityLength]) &&
                IsTownZoneName(folded, place[cityLength..], zoneWord))
                return true;
        return false;
    }

    private bool IsTownZoneName(string folded, string town, string zoneWord) =>
        IsVouchedName(folded, town, zoneWord) && Divisions.Default.IsTownOfAPlaceNamedIn(folded, town);

    /// <summary>A zone's own name of two or three characters (河湟, 恒口) that is no generic place word and no common word, and
    /// that the page writes with the zone word at least twice: 新区 and 示范区 being common nouns too, the page must vouch for it.</summary>
    private bool IsVouchedName(string folded, string name, string zoneWord) =>
        name.Length is 2 or 3 && !GenericPlaces.Contains(name) && !_leftEdge.IsCommonWord(name) &&
        folded.AsSpan().Count((name + zoneWord).AsSpan()) >= MinBareMentions;

    /// <summary>珠海市鹤洲新区 … 鹤洲新区: a name the page vouches for (its earlier mention with its place is one of the two) and
    /// gave a new area or demonstration zone with its place before is that zone when written alone after it.</summary>
    private bool IsNameGivenWithItsPlace(string folded, List<ZoneSpan> spans, string name, string zoneWord) =>
        zoneWord is "新区" or "示范区" && IsVouchedName(folded, name, zoneWord) && spans.Any(s =>
            s.ZoneWord == zoneWord && s.Named == null && s.Place.Length > name.Length && s.Place.EndsWith(name, StringComparison.Ordinal));

    /// <summary>青海河湟新区: a provincial new area written after its province with a name of its own (two or three characters
    /// that are no clause, no generic word), and named so at least twice on the page — 新区 being a common noun too, the
    /// page must vouch for the name.</summary>
    private bool IsProvinceNewArea(string folded, int start, int zoneWordAt, string place, string zoneWord)
    {
        if (zoneWord != "新区" || place.Length is not (2 or 3) || zoneWordAt - place.Length <= start) return false;
        var province = folded[start..(zoneWordAt - place.Length)];
        if (province.EndsWith('省')) province = province[..^1];
        if (!_gazetteer.IsProvince(province) || string.CompareOrdinal(folded, zoneWordAt - place.Length, place, 0, place.Length) != 0) return false;
        return LooksLikePlace(place) && !_leftEdge.HoldsClause(place) && !IsCollective(place) && IsVouchedName(folded, place, zoneWord);
    }

    /// <summary>科技新城示范区: a county's short name (新城) that ends a word written before it (科技新城) is no place of a
    /// zone; only a place the zone gazetteer knows, or one after a function word or a leading verb, starts a name there.</summary>
    private bool GluedToWordBefore(string folded, int start, string place)
    {
        if (start == 0 || !ChineseScript.IsHan(folded[start - 1]) || StopChars.Contains(folded[start - 1])) return false;
        // 广东省珠海市鹤洲新区: a place written after its province or city with 省/市 is not glued to a word.
        if (folded[start - 1] is '省' or '市' && PlaceEndsAt(folded, start - 1)) return false;
        if (_gazetteer.IsKnownPlace(place) || _gazetteer.IsKnownPlace(ZoneNames.TrimPlace(place, _gazetteer))) return false;
        foreach (var word in LeadingWords)
            if (start >= word.Length && string.CompareOrdinal(folded, start - word.Length, word, 0, word.Length) == 0) return false;
        return true;
    }

    private bool PlaceEndsAt(string folded, int end)
    {
        for (var length = 2; length <= 3 && length <= end; length++)
            if (_gazetteer.IsPlaceName(folded.AsSpan(end - length, length))) return true;
        return false;
    }

    /// <summary>Zone words that are also common nouns (示范区, 新区, 开发区): unlike 高新区, 经开区, 经济开发区 and 生态新区 they
    /// name a zone only after a place the text vouches for.</summary>
    private static bool IsLooseZoneWord(string kind, string zoneWord) =>
        kind is not (ZoneNames.HiTech or ZoneNames.Etdz) && zoneWord is not ("经济开发区" or "生态新区");

    /// <summary>灯塔示范区, 前进新区: a county's short name that is a common word (灯塔市's 灯塔, "lighthouse") names the county
    /// before a loose zone word only when the text writes the county in full somewhere (灯塔市) or the zone gazetteer knows
    /// the place; otherwise the word describes the zone (a model, 灯塔, demonstration zone), and no zone is named.</summary>
    private bool IsCommonWordCountyNotNamed(string folded, string place) =>
        Divisions.Default.IsCountyShortName(place) && !_gazetteer.IsKnownPlace(place) && _leftEdge.IsCommonWord(place) &&
        !Divisions.Default.NamesCountyInFull(folded, place);

    /// <summary>Zone words distinctive enough to name a zone with no place before them (城乡一体化示范区).</summary>
    private static bool NamesAZoneAlone(string zoneWord) => zoneWord == "城乡一体化示范区";

    /// <summary>High-tech and ETDZ words name a zone after any place-like X; the looser words
    /// (新区, 示范区, 开发区, 工业园区, 生态城) only after a known place, since they are also common nouns.</summary>
    private bool IsPlaceFor(string place, string kind, string? zoneWord = null)
    {
        if (place.Length < 2 || GenericPlaces.Contains(place) || IsVerbBeforeZoneWord(place) || IsInstitution(place)) return false;
        if ((kind is ZoneNames.HiTech or ZoneNames.Etdz) && _gazetteer.ByPlace(place, kind) != null) return true; // 盘锦辽滨沿海经开区
        // 阿克苏地区 is a prefecture: 地区 after a known place names that place.
        var prefecture = place.EndsWith("地区", StringComparison.Ordinal) && _gazetteer.IsKnownPlace(place[..^2]) && !_gazetteer.IsRegion(place[..^2]);
        if (IsCollective(place) && !prefecture) return false;
        // 江苏省国家级高新区, 江苏省18家国家高新区: a province with 省 before a zone word is the province's zones, not one.
        if (place.EndsWith('省') && _gazetteer.IsProvince(place[..^1])) return false;
        if (place.EndsWith('型') || place.EndsWith('级') || place.EndsWith('类')) return false;
        var known = prefecture || _gazetteer.IsPlaceName(place) || _gazetteer.ByPlace(place, kind) != null;
        // 全国唯一的医药专业国家高新区: an unknown name ending with a word of kinds (专业, 特色, 创新) describes the zone; no place does.
        if (!known && EndsWithGenericWord(place)) return false;
        // 生态新区 is distinctive enough to name a zone after an unlisted place, as 经济开发区 is (阳澄生态新区).
        if (kind is ZoneNames.HiTech or ZoneNames.Etdz || zoneWord is "经济开发区" or "生态新区")
        {
            if (_gazetteer.IsRegion(place)) return false;
            // 上虞曹娥江, 漳州古雷港, 泉州双阳华侨: a city or county the divisions know, then the zone's own name; the place
            // vouches for a name longer than an unknown place may be.
            return known || place.Length <= 4 && LooksLikePlace(place) || IsPlaceAndName(place, _gazetteer.IsPlaceName, 4, rejectClause: true);
        }
        if (_gazetteer.IsRegion(place)) return false;
        return known || kind == ZoneNames.NewArea && IsPlaceAndName(place, _gazetteer.IsKnownPlace, 3, rejectClause: false);
    }

    private static bool EndsWithGenericWord(string place)
    {
        foreach (var word in GenericPlaces)
            if (place.Length > word.Length && place.EndsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A place <paramref name="vouches"/> for (two or three characters) followed by a name of two to
    /// <paramref name="maxName"/> characters: new areas below national rank are written so after a zone gazetteer city
    /// (中山翠亨), provincial development zones after any city or county (上虞曹娥江), where the name must hold no clause
    /// (<paramref name="rejectClause"/>: 泉州推动发展 is no place).</summary>
    private bool IsPlaceAndName(string place, Func<string, bool> vouches, int maxName, bool rejectClause)
    {
        for (var placeLength = 2; placeLength <= 3 && placeLength <= place.Length - 2; placeLength++)
        {
            var name = place[placeLength..];
            if (name.Length <= maxName && vouches(place[..placeLength]) && !_gazetteer.IsRegion(place[..placeLength]) &&
                (LooksLikePlace(name) || _gazetteer.IsPlaceName(name)) && !IsCollective(name) && !(rejectClause && _leftEdge.HoldsClause(name)))
                return true;
        }
        return false;
    }

    /// <summary>Heads of organisations no place name ends with (福建海峡银行与东侨经开区: the bank is no place).</summary>
    private static readonly string[] InstitutionEndings =
    {
        "银行", "公司", "集团", "大学", "学院", "医院", "研究院", "研究所", "协会", "联盟", "中心", "平台", "单位", "机构", "政府",
        "委员会", "管委会", "基金", "企业", "工厂",
    };

    private static bool IsInstitution(string place) => InstitutionEndings.Any(e => place.EndsWith(e, StringComparison.Ordinal));

    private static bool LooksLikePlace(string text) => !text.Any(c => NonPlaceChars.Contains(c));

    /// <summary>Regions and groups of places written where a place would be (东北地区, 中西部, 大湾区,
    /// 成渝两地, 沿海): 大湾区高新区 is the zones of a region, not a zone.</summary>
    [GeneratedRegex(
        "^(?:[东西南北中]{1,3}部|.*(?:地区|地方|两地|三地|多地|各地|异地|本地|外地|湾区|区域|一带|沿线|流域|城市群|城市|省份|省区|省市|地市|县市|市县|区县|都市圈|经济圈|经济带|沿海|沿江|沿边|内陆|全域))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CollectivePattern { get; }

    internal static bool IsCollective(string place) => CollectivePattern.IsMatch(place);

    /// <summary>Verbs that take a zone word as their object (打造高新区, 建设新区, 申报国家高新区): what
    /// stands before the zone word then is the verb, not a place.</summary>
    private static readonly HashSet<string> ZoneVerbs = new()
    {
        "创建", "创办", "申报", "申建", "申请", "筹建", "规划", "发展", "共建", "托管", "壮大", "做强", "做大", "争创", "兴办",
        "开发", "谋划", "整合", "优化", "管理", "运营", "扩区", "升级", "带领", "引导", "联动", "合作", "对接", "赋能", "考核",
        "评价", "监测", "统计", "领导", "服务于", "依靠", "入园", "进入", "走进", "回到", "离开",
        // 全省共有国家级高新区8家, 全市拥有省级经开区3个: verbs of having, whose object the zones are.
        "共有", "拥有", "现有", "已有", "建有", "设有",
    };

    /// <summary>Verbs of two or more characters no place name ends with.</summary>
    private static readonly string[] VerbEndings = ZoneVerbs.Concat(LeadingWords).Where(w => w.Length >= 2).Distinct().ToArray();

    /// <summary>The candidate is such a verb or ends with one (纷纷打造高新区 cut to 纷打造).</summary>
    private static bool IsVerbBeforeZoneWord(string candidate) =>
        ZoneVerbs.Contains(candidate) || Array.IndexOf(LeadingWords, candidate) >= 0 ||
        VerbEndings.Any(w => candidate.Length > w.Length && candidate.EndsWith(w, StringComparison.Ordinal));

    /// <summary>An unknown place may follow a two-character verb the word lists miss (结合惠山).</summary>
    private static string? CleanUnknownPlace(string candidate)
    {
        if (candidate.Length is >= 2 and <= 4 && LooksLikePlace(candidate)) return candidate;
        if (candidate.Length is >= 4 and <= 5 && LooksLikePlace(candidate[2..])) return candidate[2..];
        return null;
    }

    /// <summary>Finds the place written right before <paramref name="end"/>: the earliest known place
    /// in the run of Han characters before it (followed by at most a short district name), else the
    /// characters after the last function word, without leading verbs.</summary>
    internal (int Start, string Place)? PlaceBefore(string folded, int end, IReadOnlyList<ZoneSpan> spans)
    {
        var runStart = end;
        while (runStart > 0 && end - runStart < 10 && ChineseScript.IsHan(folded[runStart - 1]) && !Inside(spans, runStart - 1))
            runStart--;
        var run = folded[runStart..end];
        if (run.Length < 2) return null;
        for (var p = 0; p <= run.Length - 2; p++)
        {
            var known = KnownPlaceAt(run, p);
            if (known == 0) continue;
            var rest = run[(p + known)..];
            if (rest.StartsWith('市') || rest.StartsWith('省')) rest = rest[1..];
            // 广州花都: a district after its city is place all the same, though 都 and 从 are function words elsewhere.
            if (rest.Length > 4 || (rest.Any(c => StopChars.Contains(c)) || !LooksLikePlace(rest)) && !_gazetteer.IsPlaceName(rest)) continue;
            // What follows the place is part of its zone's name (泰州 + 医药), not a clause (长安 + 汽车落户).
            if (rest.Length >= 2 && (IsVerbBeforeZoneWord(rest) || _leftEdge.HoldsClause(rest))) continue;
            return (runStart + p, ZoneNames.TrimPlace(run[p..], _gazetteer));
        }
        var offset = run.LastIndexOfAny(StopChars.ToCharArray()) + 1;
        foreach (var word in LeadingWords)
        {
            var at = run.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length < run.Length - 1) offset = Math.Max(offset, at + word.Length);
        }
        var candidate = run[offset..];
        bool stripped;
        do
        {
            stripped = false;
            foreach (var word in LeadingWords)
                if (candidate.Length > word.Length && candidate.StartsWith(word, StringComparison.Ordinal))
                {
                    candidate = candidate[word.Length..];
                    offset += word.Length;
                    stripped = true;
                }
        } while (stripped);
        if (IsVerbBeforeZoneWord(candidate)) return null; // 积极打造高新区: 打造 is the verb itself
        var clean = CleanUnknownPlace(candidate);
        if (clean == null) return null;
        // Words glued on before an unknown place (位列, 以下简称, 许多, 检测): cut them; nothing left, no place.
        var glued = _leftEdge.LeadingNonPlace(clean);
        if (clean.Length - glued < 2) return null;
        clean = clean[glued..];
        return (end - clean.Length, clean);
    }

    /// <summary>Length of the longest known place starting at <paramref name="p"/>, 0 when none.</summary>
    private int KnownPlaceAt(string run, int p)
    {
        for (var length = Math.Min(6, run.Length - p); length >= 2; length--)
            if (_gazetteer.IsPlaceName(run.AsSpan(p, length))) return length;
        return 0;
    }

    private void FindLists(string folded, List<ZoneSpan> spans)
    {
        foreach (var match in RunMatches.Find(folded, ListEndPattern, ListZoneWordValues, IsListEndCharacter))
        {
            if (match.Index == 0 || !ChineseScript.IsHan(folded[match.Index - 1])) continue;
            var marked = match.Groups["deng"].Success || match.Groups["count"].Success;
            var kind = ZoneNames.KindOf(match.Groups["word"].Value);
            var items = ListItemsBefore(folded, match.Index, spans, match.Groups["word"].Value);
            if (items.Count == 0 || (items.Count < 2 && !marked)) continue;
            // Without 等 or a count the zone word is the last item's own (成都、武汉高新区); earlier
            // items that are zones already (广州高新区和青岛高新区) make it no list at all.
            if (!marked && items.Take(items.Count - 1).Any(i => Overlaps(spans, i.Start, i.End))) continue;
            bool IsKnown(ListItem i) => (Lookup(i.Text, kind) ?? NamedWithListWord(i.Text, match.Groups["word"].Value)) != null || _gazetteer.IsKnownPlace(i.Text) || Overlaps(spans, i.Start, i.End);
            var knownCount = items.Count(IsKnown);
            if (knownCount == 0) continue;
            // Without 等 or a count nothing but the separator says the items are places, so only known
            // ones are (新材料平台、宁波经济技术开发区 is no list of zones); one left makes no list.
            if (!marked)
            {
                items = items.Where(IsKnown).ToList();
                if (items.Count < 2) continue;
            }
            var level = match.Value.Contains("省级") ? "provincial" : "national";
            foreach (var item in items)
                AddListItem(spans, item, Lookup(item.Text, kind) ?? NamedWithListWord(item.Text, match.Groups["word"].Value), kind,
                    match.Groups["word"].Value, level);
        }
    }

    /// <summary>Adds a list item as a coordinated zone of the list's kind, or marks the zone already found there as
    /// coordinated.</summary>
    private void AddListItem(List<ZoneSpan> spans, ListItem item, GazetteerZone? named, string kind, string zoneWord, string level)
    {
        var existing = spans.FindIndex(s => s.Start < item.End && item.Start < s.End);
        if (existing >= 0)
        {
            var span = spans[existing];
            // 上海张江 where only 张江 was matched by name: the mention is the whole item.
            var widen = named != null && span.Named == named && span.Start >= item.Start && span.End <= item.End;
            spans[existing] = widen
                ? span with { Start = item.Start, End = item.End, Coordinated = true }
                : span with { Coordinated = true };
            return;
        }
        // An item that is an area of its own (天津港保税区, 某某园) names no place for this list's zones.
        if (named == null && item.Text[^1] is '区' or '园' or '城') return;
        // 上海浦东、天津滨海…等19个国家级新区: 新区 is a common noun too (城市更新、产业升级等新区建设), so only the
        // gazetteer's new areas are listed.
        if (named == null && kind == ZoneNames.NewArea) return;
        var place = ZoneNames.TrimPlace(item.Text, _gazetteer);
        if (named == null && !IsPlaceFor(place, kind)) return;
        spans.Add(new ZoneSpan(item.Start, item.End, named?.Place ?? place, zoneWord, named, true, level));
    }

    private GazetteerZone? Lookup(string item, string kind)
    {
        if (_gazetteer.TryGetName(item, out var zone, out _)) return zone;
        return _gazetteer.ByPlace(ZoneNames.TrimPlace(item, _gazetteer), kind);
    }

    /// <summary>大连金普、南京江北…等新区: an item that is a gazetteer zone's name once the list's zone word is put back
    /// (大连金普新区, the official name).</summary>
    private GazetteerZone? NamedWithListWord(string item, string zoneWord) =>
        _gazetteer.TryGetName(item + zoneWord, out var zone, out _) ? zone : null;

    private sealed record ListItem(int Start, int End, string Text);

    /// <summary>Reads list items backwards from the list's zone word: items separated by 、 with
    /// 和/及/与/以及 before the last; the first item starts at its place (PlaceBefore).</summary>
    private List<ListItem> ListItemsBefore(string folded, int end, IReadOnlyList<ZoneSpan> spans, string zoneWord)
    {
        var items = new List<ListItem>();
        var pos = end;
        while (pos > 0 && items.Count < 40)
        {
            var j = pos;
            while (j > 0 && pos - j < 12 && ChineseScript.IsHan(folded[j - 1])) j--;
            var token = folded[j..pos];
            // 和/及/与 join the last two items: split the token at the connector nearest its end.
            var connector = LastConnector(token);
            if (connector is { } c)
            {
                var right = token[(c.Index + c.Length)..];
                if (IsListItem(right, spans, pos - right.Length, zoneWord))
                {
                    items.Add(new ListItem(pos - right.Length, pos, right));
                    pos = j + c.Index;
                    continue;
                }
            }
            var delimited = j > 0 && folded[j - 1] == '、';
            if (delimited && IsListItem(token, spans, j, zoneWord))
            {
                items.Add(new ListItem(j, pos, token));
                pos = j - 1;
                continue;
            }
            // First item: only its place counts (支持成都 → 成都).
            var existing = spans.FirstOrDefault(s => s.End == pos && s.Start >= j);
            if (existing != null) items.Add(new ListItem(existing.Start, existing.End, folded[existing.Start..existing.End]));
            else if (PlaceBefore(folded, pos, spans) is { } first && first.Start >= j)
                items.Add(new ListItem(first.Start, pos, folded[first.Start..pos]));
            break;
        }
        items.Reverse();
        return items;
    }

    private static (int Index, int Length)? LastConnector(string token)
    {
        for (var i = token.Length - 3; i >= 2; i--)
        {
            if (token[i] is '和' or '及' or '与')
                return i > 0 && token[i - 1] == '以' && token[i] == '及' ? (i - 1, 2) : (i, 1);
        }
        return null;
    }

    private bool IsListItem(string token, IReadOnlyList<ZoneSpan> spans, int start, string zoneWord)
    {
        if (token.Length < 2 || token.Length > 10) return false;
        if (Overlaps(spans, start, start + token.Length)) return true;
        if (_gazetteer.TryGetName(token, out _, out _) || _gazetteer.IsKnownPlace(ZoneNames.TrimPlace(token, _gazetteer))) return true;
        if (NamedWithListWord(token, zoneWord) != null) return true;
        // 花都, 从化: a county's name holding a character that is a function word elsewhere (都, 从) is a place all the same.
        if (token.Length <= 4 && _gazetteer.IsPlaceName(ZoneNames.TrimPlace(token, _gazetteer))) return true;
        return token.Length <= 4 && !token.Any(c => StopChars.Contains(c)) && !GenericPlaces.Contains(token);
    }

    private static bool Overlaps(IReadOnlyList<ZoneSpan> spans, int start, int end) =>
        spans.Any(s => s.Start < end && start < s.End);

    private static bool Inside(IReadOnlyList<ZoneSpan> spans, int index)
    {
        for (var k = 0; k < spans.Count; k++)
            if (spans[k].Start <= index && index < spans[k].End) return true;
        return false;
    }
}
