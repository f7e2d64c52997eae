using Pipeline.Extract.Zones;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// The short forms a text may use for a company named in full: the name without its suffix, without
/// its leading place (广州市万绿达集团有限公司 → 万绿达) and without trailing trade words
/// (雄川氢能科技(广州)有限责任公司 → 雄川氢能 → 雄川). Depth counts the words removed, so a form
/// two companies share goes to the one it is closer to.
/// </summary>
internal sealed class EnterpriseShortForms
{
    private static readonly string[] Suffixes =
        { "集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司" };

    private static readonly string[] TradeWords =
    {
        "新能源汽车", "房地产", "供应链", "云计算", "半导体", "微电子", "自动化", "机器人", "新能源", "新材料",
        "科技", "技术", "信息", "电子", "网络", "软件", "数字", "智能", "生物", "医疗", "医药", "制药", "药业", "能源", "氢能",
        "材料", "环保", "环境", "实业", "发展", "投资", "控股", "集团", "股份", "贸易", "工业", "制造", "设备", "装备", "机械",
        "汽车", "电气", "电力", "化工", "建设", "工程", "咨询", "服务", "管理", "物流", "文化", "传媒", "健康", "光电", "通信",
        "通讯", "数据", "系统", "集成", "产业", "创新", "检测", "食品", "农业", "精密", "光学", "动力", "储能", "电池", "金融",
        "资本", "资产", "置业", "地产", "建材", "钢铁", "纺织", "化学", "航空", "航天", "交通", "运输", "船舶", "海洋", "水务",
        "燃气", "热力", "国际", "集团",
    };

    private static readonly HashSet<string> Generic = new(TradeWords) { "中国", "中华", "国家", "全国" };

    /// <summary>True for a trade word or a country-wide word (中国, 国家): nothing a company is named by alone.</summary>
    internal static bool IsGenericWord(string word) => Generic.Contains(word);

    /// <summary>True when <paramref name="word"/> is a trade word (科技, 汽车, 新材料).</summary>
    internal static bool IsTradeWord(string word) => Array.IndexOf(TradeWords, word) >= 0;

    /// <summary>True when <paramref name="text"/> (Simplified) is trade words and 企业 alone (企业发展, 科技信息): what a registered name
    /// holds after its stem, no name by itself.</summary>
    internal static bool IsTradeWordsOnly(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var word = TradeWords.Append("企业").Where(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0).MaxBy(w => w.Length);
            if (word is null) return false;
            at += word.Length;
        }
        return text.Length > 0;
    }

    /// <summary>The longest trade word <paramref name="text"/> ends with, or null.</summary>
    internal static string? TradeWordEnding(string text) =>
        TradeWords.Where(w => text.EndsWith(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();

    /// <summary>True when a short name is another name less its group, holding or company word or Taiwan's listing mark (阿里巴巴
    /// for 阿里巴巴集团, 腾讯 for 腾讯控股, 比亚迪 for 比亚迪股份, 茂林 for 茂林-KY; both folded): the same company written short.</summary>
    internal static bool IsNameLessSuffix(string shortName, string name)
    {
        if (name.Length <= shortName.Length || !name.StartsWith(shortName, StringComparison.Ordinal)) return false;
        var rest = name[shortName.Length..];
        return rest is "集团" or "公司" or "集团公司" or "控股" or "控股集团" or "股份" || UncuedCompanyFinder.TaiwanMarkLength(name, shortName.Length) == rest.Length;
    }

    private static readonly string[] LegalForms = { "有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司" };

    /// <summary>True when a name found on a page is another found name written short (both folded): less its group, holding or
    /// company word or listing mark (<see cref="IsNameLessSuffix"/>), less its legal form (某某传媒集团 for 某某传媒集团有限公司),
    /// or a bank for its branch the page is about (某某银行 for 某某银行成都分行: gold names the branch, the bank its variant).</summary>
    internal static bool IsWrittenShortFor(string shortName, string name)
    {
        if (IsNameLessSuffix(shortName, name) || IsRegisteredCoreLessPlace(shortName, name) || IsBankAbbreviation(shortName, name)) return true;
        if (name.Length <= shortName.Length || !name.StartsWith(shortName, StringComparison.Ordinal)) return false;
        var rest = name.AsSpan(shortName.Length);
        foreach (var form in LegalForms)
            if (rest.SequenceEqual(form)) return true;
        return shortName.EndsWith("银行", StringComparison.Ordinal) && rest.Length is > 2 and <= 8 && (rest.EndsWith("分行") || rest.EndsWith("支行"));
    }

    /// <summary>True when a bank's abbreviation is a bank's name shortened as banks are (国开行 for 国家开发银行, 进出口行
    /// for 中国进出口银行; both folded): 行 for 银行, and the characters before it taken in order from the name's, the
    /// first one its first (past 中国).</summary>
    internal static bool IsBankAbbreviation(string shortName, string name)
    {
        if (shortName.Length is < 2 or > 5 || shortName[^1] != '行' || shortName.EndsWith("银行", StringComparison.Ordinal) ||
            !name.EndsWith("银行", StringComparison.Ordinal)) return false;
        var stem = name[..^2];
        // One character and 行 (中行, 建行, 工行): the stem's first character past 中国, 中 for 中国银行 itself.
        if (shortName.Length == 2)
            return stem.Length >= 2 && shortName[0] == (stem.StartsWith("中国", StringComparison.Ordinal) && stem.Length > 2 ? stem[2] : stem[0]);
        if (stem.StartsWith("中国", StringComparison.Ordinal) && stem.Length > 3 && stem[0] != shortName[0]) stem = stem[2..];
        return stem.Length >= shortName.Length - 1 && stem[0] == shortName[0] && HoldsInOrder(stem, shortName[..^1]);
    }

    /// <summary>True when a short name abbreviates a longer name as Chinese abbreviations do (中国电科 for 中国电子科技集团公司,
    /// 中国星网 for 中国卫星网络集团有限公司, 某地城投公司 for 某地城市开发投资有限公司; both folded): four characters or more
    /// (公司 after them aside), the first two the name's, the others taken in order from the rest of the name before its
    /// legal form or group word, and at least one of its characters skipped (a name's prefix is read by the other rules).
    /// Banks are read by their own rule (中国银行 is no abbreviation of 中国农业发展银行某某分行), and a name with no legal form
    /// or group word (a branch, an office) is abbreviated by none.</summary>
    internal static bool IsAbbreviationOf(string shortName, string name)
    {
        if (shortName.Length > 4 && shortName.EndsWith("公司", StringComparison.Ordinal)) shortName = shortName[..^2];
        if (shortName.Length < 4 || shortName.EndsWith("银行", StringComparison.Ordinal) || name.StartsWith(shortName, StringComparison.Ordinal) ||
            string.CompareOrdinal(shortName, 0, name, 0, 2) != 0) return false;
        var form = LegalForms.Append("集团公司").Append("集团").Append("公司").OrderByDescending(f => f.Length)
            .FirstOrDefault(f => name.EndsWith(f, StringComparison.Ordinal) && name.Length > f.Length);
        if (form is null) return false;
        var core = name[..^form.Length];
        return core.Length > shortName.Length && HoldsInOrder(core[2..], shortName[2..]);
    }

    /// <summary>True when every character of <paramref name="chars"/> stands in <paramref name="name"/>, in the same order.</summary>
    internal static bool HoldsInOrder(string name, string chars)
    {
        var at = 0;
        foreach (var c in chars)
        {
            at = name.IndexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    private static readonly string[] BranchEnds = { "分行营业部", "营业部", "分行", "支行" };

    /// <summary>The bank a bank's or a branch's name (folded) names, or null: 某某银行 for 某某银行成都分行 and 某某银行股份有限公司,
    /// 建行 for 建行绍兴分行 and 建行 itself (a bank's abbreviation: 行 second to fourth).</summary>
    internal static string? BankOf(string name)
    {
        foreach (var form in LegalForms.OrderByDescending(f => f.Length))
            if (name.EndsWith(form, StringComparison.Ordinal) && name.Length > form.Length) { name = name[..^form.Length]; break; }
        var bankEnd = name.IndexOf("银行", StringComparison.Ordinal) is var at and >= 2 ? at + 2 : name.IndexOf('行') is var end and >= 1 and <= 3 ? end + 1 : -1;
        if (bankEnd < 0) return null;
        var rest = name[bankEnd..];
        return rest.Length == 0 || BranchEnds.Any(e => rest.EndsWith(e, StringComparison.Ordinal)) && rest.Length <= 12 ? name[..bankEnd] : null;
    }

    /// <summary>True when two banks (as <see cref="BankOf"/> gives them) are one: the same name, the same less 中国 (建设银行,
    /// 中国建设银行), or one the other's abbreviation (建行, 中国建设银行).</summary>
    internal static bool AreOneBank(string bank, string other)
    {
        if (bank == other) return true;
        var isBank = bank.EndsWith("银行", StringComparison.Ordinal);
        var otherIsBank = other.EndsWith("银行", StringComparison.Ordinal);
        if (isBank && otherIsBank) return WithoutChina(bank) == WithoutChina(other);
        return isBank ? IsBankAbbreviation(other, bank) : otherIsBank && IsBankAbbreviation(bank, other);

        static string WithoutChina(string name) => name.StartsWith("中国", StringComparison.Ordinal) && name.Length > 4 ? name[2..] : name;
    }

    /// <summary>True when a short name is a registered name less its legal form and its leading place (百傲化学 for
    /// 大连市百傲化学有限责任公司; both folded), as a filing's header or a headline writes it before the body names it in full.</summary>
    private static bool IsRegisteredCoreLessPlace(string shortName, string name)
    {
        if (shortName.Length < 2) return false;
        foreach (var form in LegalForms)
        {
            if (!name.EndsWith(form, StringComparison.Ordinal)) continue;
            var core = name[..^form.Length];
            // 台灣中油股份有限公司 for 中油: the place may be written in Traditional script.
            if (core.Length > shortName.Length && core.EndsWith(shortName, StringComparison.Ordinal) &&
                IsPlaceOrOutside(ChineseScript.ToSimplified(core[..^shortName.Length])))
                return true;
        }
        return false;
    }

    /// <summary>A registered name (folded) less its legal form and a place opening it (某某精工科技 for 珠海某某精工科技有限公司),
    /// or null when it has no legal form or no place before its name.</summary>
    internal static string? RegisteredCoreLessPlace(string name)
    {
        foreach (var form in LegalForms)
        {
            if (!name.EndsWith(form, StringComparison.Ordinal)) continue;
            var core = name[..^form.Length];
            for (var length = Math.Min(4, core.Length - 2); length >= 2; length--)
                if (IsPlaceOrOutside(ChineseScript.ToSimplified(core[..length]))) return core[length..];
            return null;
        }
        return null;
    }

    /// <summary>A place of the gazetteer or one outside it that opens companies' names (台湾, 香港).</summary>
    private static bool IsPlaceOrOutside(string text) => LazyDefault.Value.IsPlace(text) || UncuedCompanyFinder.IsPlaceOutsideGazetteer(text);

    private static readonly Lazy<EnterpriseShortForms> LazyDefault = new(() => new EnterpriseShortForms(ZoneGazetteer.Default));

    private readonly ZoneGazetteer _places;

    public EnterpriseShortForms(ZoneGazetteer places) => _places = places;

    /// <summary>Length of the company suffix (有限公司, 集团, 公司) a folded name ends with, 0 when none.</summary>
    internal static int SuffixLength(string foldedName)
    {
        foreach (var suffix in Suffixes)
            if (foldedName.EndsWith(suffix, StringComparison.Ordinal) && foldedName.Length > suffix.Length) return suffix.Length;
        return 0;
    }

    /// <summary>True when <paramref name="mention"/> names the company of the full (folded) name <paramref name="full"/>
    /// another way: the full name less its leading place (某某材料有限公司 for 烟台某某材料有限公司) or with the place's level
    /// for it (省某某集团 for 安徽某某集团), or the start of the
    /// name before its suffix, with or without the place, and 公司 (某某公司 for 某某投资有限公司, 上海某某公司 for
    /// 上海某某有限公司).</summary>
    public bool IsOtherFormOf(string mention, string full)
    {
        if (mention.Length >= full.Length) return false;
        if (full.EndsWith(mention, StringComparison.Ordinal)) return IsPlace(full[..^mention.Length]);
        // 省农垦集团 for 安徽农垦集团: the level of a place written for the place itself.
        if (mention[0] is '省' or '市' or '县' && mention.Length > 3 && full.EndsWith(mention.AsSpan(1), StringComparison.Ordinal))
            return IsPlace(full[..^(mention.Length - 1)]);
        if (!mention.EndsWith("公司", StringComparison.Ordinal) || SuffixLength(mention) != 2 || SuffixLength(full) <= 2) return false;
        var stem = mention[..^2];
        var core = EnterpriseNameBoundary.StripParentheses(full[..^SuffixLength(full)]);
        if (stem.Length < 2 || Generic.Contains(stem) || _places.IsKnownPlace(stem)) return false;
        return core.StartsWith(stem, StringComparison.Ordinal) || StripLeadingPlace(core).StartsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>True when a group name is the stem of a fuller group's name and 集团 (天岚集团 for 河南天岚绿色装配集团有限公司,
    /// 紫岚集团 for 紫岚文化集团; both folded): the fuller name holds 集团 too, and its core less a leading place starts with the
    /// stem and goes on. A stem of country-wide words (中国建筑集团 beside 中国建筑设计集团) or a place says nothing.</summary>
    public bool IsGroupStemOf(string groupName, string fullName)
    {
        if (!groupName.EndsWith("集团", StringComparison.Ordinal) || groupName.Length < 4) return false;
        var stem = groupName[..^2];
        if (Generic.Any(g => stem.StartsWith(g, StringComparison.Ordinal)) || _places.IsKnownPlace(stem)) return false;
        var groupAt = fullName.IndexOf("集团", StringComparison.Ordinal);
        if (groupAt < 0) return false;
        var core = StripLeadingPlace(EnterpriseNameBoundary.StripParentheses(fullName[..groupAt]));
        return core.Length >= stem.Length + 2 && core.StartsWith(stem, StringComparison.Ordinal);
    }

    /// <summary>Short forms of a full (folded) company name with their depth, longest first.</summary>
    public IReadOnlyList<(string Form, int Depth)> Derive(string foldedName)
    {
        var core = foldedName;
        var isGroup = false;
        foreach (var suffix in Suffixes)
            if (core.EndsWith(suffix, StringComparison.Ordinal) && core.Length > suffix.Length)
            {
                core = core[..^suffix.Length];
                isGroup = suffix.StartsWith("集团", StringComparison.Ordinal);
                break;
            }
        core = EnterpriseNameBoundary.StripParentheses(core);
        var forms = new List<(string, int)>();
        if (isGroup) Add(forms, core + "集团", 1);
        Add(forms, core, 1);
        var withoutPlace = StripLeadingPlace(core);
        var depth = 1;
        if (withoutPlace != core) Add(forms, withoutPlace, ++depth);
        var current = withoutPlace;
        while (true)
        {
            var word = TradeWords.FirstOrDefault(w => current.EndsWith(w, StringComparison.Ordinal) && current.Length - w.Length >= 2);
            if (word == null) break;
            current = current[..^word.Length];
            Add(forms, current, ++depth);
        }
        return forms.OrderByDescending(f => f.Item1.Length).ToList();
    }

    private void Add(List<(string, int)> forms, string form, int depth)
    {
        if (form.Length < 2 || Generic.Contains(form) || _places.IsKnownPlace(form)) return;
        if (forms.All(f => f.Item1 != form)) forms.Add((form, depth));
    }

    /// <summary>A known place, with or without its 省, 市, 区 or 县.</summary>
    private bool IsPlace(string text) =>
        _places.IsKnownPlace(text) || text.Length > 2 && text[^1] is '省' or '市' or '区' or '县' && _places.IsKnownPlace(text[..^1]);

    private string StripLeadingPlace(string core)
    {
        for (var round = 0; round < 2; round++)
        {
            var stripped = false;
            for (var length = Math.Min(4, core.Length - 2); length >= 2; length--)
            {
                if (!_places.IsKnownPlace(core[..length])) continue;
                var rest = core[length..];
                if (rest.Length > 2 && rest[0] is '省' or '市' or '区' or '县') rest = rest[1..];
                if (rest.Length < 2) continue;
                core = rest;
                stripped = true;
                break;
            }
            if (!stripped) break;
        }
        return core;
    }
}
