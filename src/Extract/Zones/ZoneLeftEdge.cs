using Pipeline.Extract.Resources;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Zones;

/// <summary>
/// Where a zone name's place starts when the place is not a known one: words glued on before it that no place
/// name opens with — verbs, pronouns, quantifiers, locatives (位列经开区, 以下简称经开区, 许多高新区, 检测经济开发区)
/// — are cut off. The words come from Resources/zone-left-edge.txt: its listed words, and the jieba tags
/// (<c>@tags</c>) of a leading word that is no place; a word the list names as a place part (<c>@keep</c>) stays.
/// </summary>
internal sealed class ZoneLeftEdge
{
    public const string FileName = "zone-left-edge.txt";

    private static readonly Lazy<ZoneLeftEdge> LazyDefault = new(() => new ZoneLeftEdge(ResourceFile.Load(FileName), JiebaSegmenter.Default));

    private readonly HashSet<string> _words;
    private readonly string[] _tags;
    private readonly HashSet<string> _keep;
    private readonly string[] _platformTrades;
    private readonly HashSet<string> _commonWordPlaces;
    private readonly JiebaSegmenter _segmenter;
    private readonly int _longest;

    internal ZoneLeftEdge(ResourceFile rules, JiebaSegmenter segmenter)
    {
        Rules = rules;
        _words = rules.Entries.ToHashSet(StringComparer.Ordinal);
        _longest = _words.Max(w => w.Length);
        _tags = rules.Setting("tags");
        _keep = rules.Settings.TryGetValue("keep", out var keep) ? keep.ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
        _platformTrades = rules.Setting("platform-trades");
        _commonWordPlaces = rules.Setting("common-word-places").ToHashSet(StringComparer.Ordinal);
        _segmenter = segmenter;
    }

    public static ZoneLeftEdge Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <summary>How many leading characters of <paramref name="candidate"/> are no part of a place; the whole
    /// length when nothing of it is one.</summary>
    public int LeadingNonPlace(string candidate)
    {
        var cut = 0;
        while (cut < candidate.Length)
        {
            var listed = ListedWordAt(candidate, cut);
            if (listed > 0)
            {
                cut += listed;
                continue;
            }
            var words = _segmenter.Tag(candidate[cut..]);
            if (words.Count == 0) break;
            var first = words[0];
            if (_keep.Contains(first.Word) || !IsNonPlaceTag(first.Tag)) break;
            cut += first.Word.Length;
        }
        return cut;
    }

    /// <summary>True when a word of the place part (after the first) is a verb or another word no place holds
    /// (汽车落户, 企业进入): a clause, not a name.</summary>
    public bool HoldsClause(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (ListedWordAt(text, i) > 0) return true;
        return _segmenter.Tag(text).Any(w => !_keep.Contains(w.Word) && w.Tag.StartsWith('v'));
    }

    /// <summary>True when the words between a zone's name and a company's registered ending end with the trade of a
    /// zone's development or asset company (临海工业园开发, 投资控股, 国有资产经营).</summary>
    public bool IsPlatformTrade(string infix)
    {
        foreach (var trade in _platformTrades)
            if (infix.EndsWith(trade, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when <paramref name="place"/> is a county's short name whose everyday meaning comes first (灯塔, 前进,
    /// 城东: <c>@common-word-places</c>): the page must vouch that the word means the county.</summary>
    public bool IsCommonWord(string place) => _commonWordPlaces.Contains(place);

    private int ListedWordAt(string text, int start)
    {
        for (var length = Math.Min(_longest, text.Length - start); length >= 1; length--)
            if (_words.Contains(text.Substring(start, length))) return length;
        return 0;
    }

    private bool IsNonPlaceTag(string tag) => _tags.Any(t => tag == t || t.EndsWith('*') && tag.StartsWith(t[..^1], StringComparison.Ordinal));
}
