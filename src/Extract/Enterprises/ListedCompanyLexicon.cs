using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// The listed Chinese companies (Resources/listed-companies.tsv, built by tools/build-listed-companies.py):
/// short name → full name; with the names of companies known without a cue word from two more sources: Taiwan
/// listed companies (Resources/tw-listed-companies.tsv, built by tools/build-tw-listed-companies.py) and
/// multinationals by their Chinese names (Resources/foreign-company-names.txt). Only short names distinctive
/// enough to be matched in running text are kept (<see cref="IsDistinctive"/>; precision measured in
/// docs/extraction.md): 太阳能, 生态, 深圳 (names some listed companies go by) are ordinary words there.
/// </summary>
internal sealed partial class ListedCompanyLexicon
{
    public const string FileName = "listed-companies.tsv";
    public const string TaiwanFileName = "tw-listed-companies.tsv";
    public const string ForeignFileName = "foreign-company-names.txt";
    public const string LargeCompaniesFileName = "large-companies.tsv";

    private const int MinNameLength = 3;

    private static readonly Lazy<ListedCompanyLexicon> LazyDefault = new(() =>
    {
        using var listed = ResourceFile.Open(FileName);
        using var taiwan = ResourceFile.Open(TaiwanFileName);
        using var large = ResourceFile.Open(LargeCompaniesFileName);
        var foreign = ResourceFile.Load(ForeignFileName).Entries;
        var largeRows = ParseRows(large, LargeCompaniesFileName);
        var taiwanRows = CodedRows(taiwan, TaiwanFileName, codeField: 1);
        var listedRows = CodedRows(listed, FileName, codeField: 2);
        var known = taiwanRows.Select(row => (Text.TextNormalizer.Fold(row.Name), "")).Concat(foreign.Select(name => (name, ""))).Concat(largeRows);
        var lexicon = new ListedCompanyLexicon(listedRows.Select(row => (row.Name, row.Full)).ToList(), known, largeRows.Select(row => row.Item1).Concat(foreign));
        lexicon._hasCodes = taiwanRows.Concat(listedRows).Any(row => row.Code.Length > 0);
        lexicon._codes = new Lazy<TradingCodes>(() => TradingCodes.From(taiwanRows, listedRows));
        return lexicon;
    });

    /// <summary>The names by trading code, folded and indexed on the first question: a name is asked about with its code only
    /// when a Han run is followed by a bracketed number (3 pages in 126 of the development sets), so start-up leaves them.</summary>
    private Lazy<TradingCodes> _codes = new(() => TradingCodes.None);

    /// <summary>Whether any company has a code (<see cref="_codes"/> answered without building it).</summary>
    private bool _hasCodes;

    private sealed class TradingCodes
    {
        public static readonly TradingCodes None = new();

        /// <summary>Short name and code of every listed company ("name\tcode"): a name printed right before its own code in
        /// brackets (宜特(3289), 中环(2323)) is the company, whatever the name's length or its words.</summary>
        public HashSet<string> CodedNames { get; } = new(StringComparer.Ordinal);

        /// <summary>Short and full names (folded) of the Hong Kong companies by code, for the abbreviations market reports
        /// print before a code (新地(16) for 新鸿基地产发展, 九仓(4) for 九龙仓).</summary>
        public Dictionary<string, List<string>> HongKongNamesByCode { get; } = new(StringComparer.Ordinal);

        /// <summary>The same names in ordinal order, so that the names a string begins are found by one binary search.</summary>
        private string[] _hongKongNamesSorted = [];

        /// <summary>True when a Hong Kong company's short or full name is <paramref name="start"/> or begins with it.</summary>
        public bool AnyHongKongNameBeginsWith(string start)
        {
            var at = Array.BinarySearch(_hongKongNamesSorted, start, StringComparer.Ordinal);
            if (at >= 0) return true;
            at = ~at;
            return at < _hongKongNamesSorted.Length && _hongKongNamesSorted[at].StartsWith(start, StringComparison.Ordinal);
        }

        public static TradingCodes From(List<(string Name, string Full, string Code)> taiwanRows, List<(string Name, string Full, string Code)> listedRows)
        {
            var codes = new TradingCodes();
            foreach (var row in taiwanRows.Concat(listedRows).Where(row => row.Code.Length > 0))
                codes.CodedNames.Add(Text.TextNormalizer.Fold(row.Name) + "\t" + row.Code);
            foreach (var row in listedRows.Where(row => row.Code.Length == HongKongCodeLength))
            {
                if (!codes.HongKongNamesByCode.TryGetValue(row.Code, out var names)) codes.HongKongNamesByCode[row.Code] = names = new List<string>();
                names.Add(Text.TextNormalizer.Fold(row.Name));
                if (row.Full.Length > 0) names.Add(Text.TextNormalizer.Fold(row.Full));
            }
            codes._hongKongNamesSorted = codes.HongKongNamesByCode.Values.SelectMany(names => names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            return codes;
        }
    }

    /// <summary>True when a listed company trades under <paramref name="name"/> (folded) with <paramref name="code"/>.</summary>
    public bool IsListedAs(string name, string code) => _hasCodes && _codes.Value.CodedNames.Contains(name + "\t" + code);

    /// <summary>Hong Kong codes are five digits (00016), printed without their zeros (新地(16)).</summary>
    private const int HongKongCodeLength = 5;

    /// <summary>True when <paramref name="name"/> (folded) is a Hong Kong company's short or full name shortened as market reports
    /// shorten them: its first character, then characters of it in order (恒安 for 恒安国际, 中海外 for 中国海外发展, 新地 for
    /// 新鸿基地产发展), the company listed under the very code printed after it.</summary>
    private bool IsHongKongAbbreviation(string name, string code)
    {
        if (code.Length > HongKongCodeLength || !_codes.Value.HongKongNamesByCode.TryGetValue(code.PadLeft(HongKongCodeLength, '0'), out var names)) return false;
        return names.Any(listed => listed.Length > name.Length && listed[0] == name[0] && EnterpriseShortForms.HoldsInOrder(listed, name));
    }

    /// <summary>True when <paramref name="abbreviation"/> shortens <paramref name="name"/> (both folded, either script) as Hong
    /// Kong market reports shorten a listed company's name with no code after it (新地 for 新鸿基地产, 九仓 for 九龙仓集团): the
    /// name is a Hong Kong company's short or full name or begins one, and the abbreviation is shorter, its first character
    /// the name's and its others held in the name in order.</summary>
    public bool IsHongKongAbbreviationOf(string abbreviation, string name)
    {
        var shortForm = Text.ChineseScript.ToSimplified(abbreviation);
        var full = Text.ChineseScript.ToSimplified(name);
        if (shortForm.Length < 2 || shortForm.Length >= full.Length || shortForm[0] != full[0] || !EnterpriseShortForms.HoldsInOrder(full, shortForm))
            return false;
        return _codes.Value.AnyHongKongNameBeginsWith(full);
    }

    /// <summary>A run of Han characters and a bracketed code of one to six digits after it (宜特(3289)、均豪(5443)、新地(16)).</summary>
    internal const string NameThenBareCodePattern = @"(?<han>[\u4E00-\u9FFF]{2,8}) ?\((?<code>\d{1,6})(?:[-.]TWO?)?\)";

    [System.Text.RegularExpressions.GeneratedRegex(@"\G" + NameThenBareCodePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NameThenBareCodeAnchored { get; }

    /// <summary>What follows the name in <see cref="NameThenBareCodePattern"/>: the bracket or a space before it.</summary>
    private static readonly System.Buffers.SearchValues<char> BareCodeOpening = System.Buffers.SearchValues.Create(" (");

    /// <summary>Listed companies printed right before their own code in brackets (台股: 宜特(3289)、中环(2323)买进…, or with the exchange
    /// as Taiwan sites write it: 进阶(3118-TW), 宜特(3289.TW); 港股: 恒安(1044)跌,
    /// 新地(16)跌): the longest end of the Han run before the bracket that a listed company trades under with that very code,
    /// or that shortens a Hong Kong company's name listed under it (<see cref="IsHongKongAbbreviation"/>). Bare digits are a
    /// year or a count as often as a code; only the pair of name and code from the exchanges' tables counts.</summary>
    public IReadOnlyList<(int Start, int End)> FindNamesBeforeTheirCodes(string folded)
    {
        var found = new List<(int, int)>();
        if (!_hasCodes || !folded.Contains('(')) return found;
        // Found from the brackets back: scanned from the run, the pattern was tried at every Han character of the text.
        foreach (var m in Text.HanRunMatches.Find(folded, NameThenBareCodeAnchored, BareCodeOpening, 2, 8))
        {
            var han = m.Groups["han"];
            var code = m.Groups["code"].Value;
            for (var start = han.Index; start <= han.Index + han.Length - 2; start++)
                if (IsListedBefore(folded.Substring(start, han.Index + han.Length - start), code))
                {
                    found.Add((start, han.Index + han.Length));
                    break;
                }
        }
        return found;
    }

    /// <summary>True when <paramref name="name"/> printed before <paramref name="code"/> is the company listed under it: its own
    /// name (four digits or more; a Hong Kong code may drop its zeros) or a Hong Kong abbreviation of it.</summary>
    private bool IsListedBefore(string name, string code) =>
        code.Length >= 4 && IsListedAs(name, code) ||
        code.Length <= HongKongCodeLength && (IsListedAs(name, code.PadLeft(HongKongCodeLength, '0')) || IsHongKongAbbreviation(name, code));

    /// <summary>Names of three characters or more by their first three, longest first: a word start is compared only
    /// with the names it can begin (中国… alone has dozens of names of two characters in common).</summary>
    private readonly Dictionary<long, List<string>> _byFirstThree = new();
    /// <summary>Names of two characters by themselves (as a pair of characters).</summary>
    private readonly Dictionary<int, string> _twoCharacterNames = new();
    /// <summary>Asked first at every word start of a text: most pairs of characters begin no name.</summary>
    private readonly Text.CharPairFilter _prefixes = new();
    private readonly Dictionary<string, string> _fullNameOf = new();
    private readonly Dictionary<string, string> _shortNameOf = new();

    /// <summary>Whether each name met so far is distinctive: decided on first use, as most never occur in a text
    /// and tagging all of them would cost every run.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _distinctive = new();

    /// <summary>The two-character short names of the Taiwan and multinational lists (國巨, 博世): a two-character
    /// name is kept only when it is one of these, and only when <see cref="IsDistinctiveTwoCharacterName"/>.</summary>
    private readonly HashSet<string> _twoCharacterKnownNames = new(StringComparer.Ordinal);

    private readonly HashSet<string> _handChecked;

    /// <param name="knownCompanies">Companies known without a listing here (Taiwan listed companies, multinationals, large
    /// unlisted Chinese companies), short name in Simplified script and full name or ""; two characters are enough for
    /// these.</param>
    /// <param name="handChecked">Names of <paramref name="knownCompanies"/> from a list checked by hand against common words
    /// (large-companies.tsv, foreign-company-names.txt): a name the dictionary holds as a proper noun or an abbreviation is kept there
    /// (<see cref="IsProperNounOrAbbreviation"/>).</param>
    public ListedCompanyLexicon(IEnumerable<(string Short, string Full)> companies, IEnumerable<(string Short, string Full)>? knownCompanies = null,
        IEnumerable<string>? handChecked = null)
    {
        _handChecked = new HashSet<string>(handChecked ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var known = (knownCompanies ?? Enumerable.Empty<(string, string)>()).ToList();
        foreach (var (name, _) in known)
            if (name.Length == 2) _twoCharacterKnownNames.Add(name);
        foreach (var (shortName, full) in companies.Concat(known))
        {
            if (shortName.Length < 2 || !_fullNameOf.TryAdd(shortName, full)) continue;
            if (full.Length > 0) _shortNameOf.TryAdd(full, shortName);
            _prefixes.Add(shortName[0], shortName[1]);
            if (shortName.Length == 2) _twoCharacterNames[Pair(shortName, 0)] = shortName;
            else if (_byFirstThree.TryGetValue(FirstThree(shortName, 0), out var list)) list.Add(shortName);
            else _byFirstThree[FirstThree(shortName, 0)] = new List<string> { shortName };
        }
        foreach (var list in _byFirstThree.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public static ListedCompanyLexicon Default => LazyDefault.Value;

    public static ListedCompanyLexicon Parse(TextReader reader) => new(ParseRows(reader, FileName));

    /// <summary>Every row of the listed-companies table (short name, full name or ""), unfiltered.</summary>
    internal static List<(string, string)> ListedRows()
    {
        using var listed = ResourceFile.Open(FileName);
        return ParseRows(listed, FileName);
    }

    /// <summary>Rows of short name, full name (and more fields, ignored) of a resource table.</summary>
    private static List<(string, string)> ParseRows(TextReader reader, string fileName)
    {
        var rows = new List<(string, string)>();
        foreach (var (number, line) in ResourceFile.Lines(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0)
                throw new InvalidDataException($"{fileName} line {number}: expected short name<TAB>full name, got '{line}'");
            rows.Add((fields[0], fields[1]));
        }
        return rows;
    }

    /// <summary>Rows of a table of listed companies: short name as written, full name (listed-companies.tsv's second
    /// field, "" in the Taiwan table) and the trading code in field <paramref name="codeField"/> ("" when absent).</summary>
    private static List<(string Name, string Full, string Code)> CodedRows(TextReader reader, string fileName, int codeField)
    {
        var rows = new List<(string, string, string)>();
        foreach (var (number, line) in ResourceFile.Lines(reader))
        {
            var fields = line.Split('\t');
            var name = fields[0].Trim();
            if (name.Length < 2) throw new InvalidDataException($"{fileName} line {number}: expected a short name of two characters or more, got '{line}'");
            if (codeField == 2 && fields.Length < 2) throw new InvalidDataException($"{fileName} line {number}: expected short name<TAB>full name, got '{line}'");
            var full = codeField == 2 ? fields[1] : "";
            rows.Add((name, full, fields.Length > codeField ? fields[codeField].Trim() : ""));
        }
        return rows;
    }

    /// <summary>The longest short name starting at <paramref name="index"/>, or null: only names distinctive enough to
    /// match in running text, unless <paramref name="distinctiveOnly"/> is false — for names a trading marker already
    /// calls listed (*ST某某).</summary>
    public string? MatchAt(string text, int index, bool distinctiveOnly = true)
    {
        if (index + 1 >= text.Length || !_prefixes.MayContain(text[index], text[index + 1])) return null;
        // Longest first: the names of three characters or more that start so, then the one of two.
        if (index + 2 < text.Length && _byFirstThree.TryGetValue(FirstThree(text, index), out var longer))
            foreach (var name in longer)
                if (name.Length <= text.Length - index && text.AsSpan(index, name.Length).SequenceEqual(name)
                    && (!distinctiveOnly || IsKept(name))) return name;
        return _twoCharacterNames.TryGetValue(Pair(text, index), out var pair) && (!distinctiveOnly || IsKept(pair)) ? pair : null;
    }

    /// <summary>The full (registered) name the lexicon gives a short name, "" when it gives none, null when it lacks the name.</summary>
    public string? FullNameOf(string shortName) => _fullNameOf.GetValueOrDefault(shortName);

    /// <summary>Every name of the lexicon, short and full, distinctive or not.</summary>
    public IEnumerable<string> Names => _fullNameOf.Keys.Concat(_fullNameOf.Values.Where(full => full.Length > 0));

    /// <summary>True when <paramref name="shortName"/> is a listed company's name distinctive enough to match.</summary>
    public bool Contains(string shortName) => _fullNameOf.ContainsKey(shortName) && IsKept(shortName);

    private bool IsKept(string name) => _distinctive.TryGetValue(name, out var kept) ? kept : _distinctive.GetOrAdd(name, Decide(name));

    private bool Decide(string name) =>
        name.Length == 2 ? _twoCharacterKnownNames.Contains(name) && IsDistinctiveTwoCharacterName(name) :
        IsDistinctive(name) || _handChecked.Contains(name) && IsProperNounOrAbbreviation(name);

    /// <summary>
    /// True when a name of a list checked by hand is an abbreviation or a proper noun rather than a phrase: one word the
    /// dictionary lacks or tags a name (娃哈哈 nz), or words of which one is a single character, a word the dictionary lacks
    /// or a name or abbreviation (中储粮 = 中 + 储粮, 中交四航局, 小红书 = 小 + 红 + 书). Names made only of ordinary words of
    /// two characters or more (国家管网, 中国节能, 元气森林) read as phrases and are not kept.
    /// </summary>
    internal static bool IsProperNounOrAbbreviation(string name)
    {
        var words = DomainDictionary.Segmenter.Tag(name, hmm: false);
        if (words.Count == 1) return IsNameTag(words[0].Tag) || !DomainDictionary.Segmenter.ContainsWord(name);
        return words.Any(w => w.Word.Length == 1 || IsNameTag(w.Tag) || !DomainDictionary.Segmenter.ContainsWord(w.Word));
    }

    private static bool IsNameTag(string tag) => tag is "nt" or "nz" or "j" || tag.StartsWith("nr", StringComparison.Ordinal);

    /// <summary>The short name a listed company with this full (registered) name trades under, or null; any
    /// name, distinctive or not: with the full name on the page the short one means the company.</summary>
    public string? ShortNameOf(string fullName) => _shortNameOf.GetValueOrDefault(fullName);

    private static int Pair(string text, int index) => text[index] << 16 | text[index + 1];

    private static long FirstThree(string text, int index) => (long)text[index] << 32 | (long)text[index + 1] << 16 | text[index + 2];

    /// <summary>Word tags of names in jieba's tag set: organisations and other proper nouns.</summary>
    private static readonly HashSet<string> NameTags = new() { "nt", "nz" };

    /// <summary>
    /// A short name is matched in running text only when it cannot be an ordinary word or phrase:
    /// three characters or more (two-character names such as 中新, 海创 recur inside phrases); not one
    /// word of the dictionary unless tagged as an organisation (太阳能, 生态, 新天地 are words; 浦发银行
    /// is nt); not a zone's short form (东湖高新); and, when every word of it is a
    /// dictionary word with no name tag, a trade word after a stem of its own (金风科技, 苏州银行 — not
    /// 国际资源, 智慧农业, 中国动力, 新产业).
    /// </summary>
    internal static bool IsDistinctive(string name)
    {
        if (name.Length < MinNameLength || name.EndsWith("高新", StringComparison.Ordinal)) return false;
        if (name.Any(c => !(Text.ChineseScript.IsHan(c) || char.IsAsciiLetterOrDigit(c)))) return false;
        if (name.All(char.IsAsciiLetterOrDigit)) return false; // Latin names (CAI, OSL) are ordinary acronyms in Chinese text
        // A name ending in a trade (金风科技, 苏州银行) is a company's when the stem before it is its own (not 智慧农业, 绿色经济发展).
        if (TradeEnding(name) != null) return HasOwnStemBeforeTrade(name);
        var words = DomainDictionary.Segmenter.Tag(name, hmm: false);
        // One word of the dictionary: a company only when tagged an organisation (浦发银行); nz also tags idioms
        // and terms (新天地, 大数据).
        if (words.Count == 1) return words[0].Tag == "nt" || !DomainDictionary.Segmenter.ContainsWord(name);
        // 驰宏锌锗 = 驰 + 宏 + 锌 + 锗: a name of four characters or more the dictionary can only cut into single characters
        // is an abbreviation of its own, no phrase of running text.
        return words.Any(w => NameTags.Contains(w.Tag) || w.Tag.StartsWith("nr", StringComparison.Ordinal) ||
                              !DomainDictionary.Segmenter.ContainsWord(w.Word)) ||
               name.Length >= MinSingleCharacterAbbreviation && words.All(w => w.Word.Length == 1);
    }

    /// <summary>Shortest name read as an abbreviation when every word of it is a single character (驰宏锌锗).</summary>
    private const int MinSingleCharacterAbbreviation = 4;

    /// <summary>
    /// A two-character name (国巨, 稳懋, 博世) is matched only when no dictionary word is spelt so — unless the
    /// dictionary tags that word an organisation: 统一, 大同, 中华, 全家 (Taiwan listed companies too) are words and
    /// places, and are left to the other signals (a company word after them, a list of companies). A word the dictionary
    /// tags a person's name (和硕, 华硕, 惠普, 长荣: proper nouns, no phrase of running text) is kept too. The word-cut
    /// test where the name is matched, and the evidence a two-character name needs where it stands (a company noun
    /// before it or trade words after it), do the rest (中国巨头 holds no 国巨).
    /// </summary>
    internal static bool IsDistinctiveTwoCharacterName(string name)
    {
        if (name.Length != 2 || !name.All(Text.ChineseScript.IsHan)) return false;
        if (!DomainDictionary.Segmenter.ContainsWord(name)) return true;
        var words = DomainDictionary.Segmenter.Tag(name, hmm: false);
        return words.Count == 1 && (words[0].Tag == "nt" || words[0].Tag.StartsWith("nr", StringComparison.Ordinal));
    }

    /// <summary>金风科技: a trade word (科技) after a stem (金风) that is neither a trade word, a generic
    /// modifier (智慧, 国际) nor a country-wide word (中国).</summary>
    internal static bool HasOwnStemBeforeTrade(string name)
    {
        var stem = name;
        while (TradeEnding(stem) is { } trade && stem.Length > trade.Length) stem = stem[..^trade.Length];
        if (stem == name || stem.Length < 2) return false;
        return !EnterpriseShortForms.IsGenericWord(stem) && !ContextCompanyFinder.IsGenericModifier(stem);
    }

    /// <summary>True when the name ends with a trade or company word (金风科技, 苏州银行).</summary>
    internal static bool EndsWithTrade(string name) => TradeEnding(name) != null;

    private static string? TradeEnding(string name) =>
        UncuedCompanyFinder.TradeEndings.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal)) ?? CompanyWordEnding(name);

    private static readonly string[] CompanyWords = { "银行", "证券", "保险", "信托", "股份", "控股", "集团" };

    /// <summary>A word only companies end with (银行, 股份), or a two-character trade in 业 (钨业, 纸业), or null.</summary>
    private static string? CompanyWordEnding(string name)
    {
        var word = CompanyWords.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal));
        if (word != null) return word;
        return name.Length > 2 && name[^1] == '业' && DomainDictionary.Segmenter.ContainsWord(name.AsSpan(name.Length - 2)) ? name[^2..] : null;
    }
}
