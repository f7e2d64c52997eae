using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Text;
using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Extract.Zones;

/// <summary>Lists of places written after their zone word: rankings and rosters (53个高新技术产业开发区是:北京、武汉、…;
/// 在中部地区21家国家级开发区中,…前十名的依次是长春、合肥、…). The list ends a clause; its zone word stands earlier in
/// the same sentence with a count or a rank (N个, N家, 国家级, 省级), and the lead says what follows is its members.</summary>
internal sealed partial class ZoneSpanFinder
{
    /// <summary>Words that open a list of the members of what the sentence named before (folded: ： reads :).</summary>
    private static readonly string[] ListLeads = { "依次是", "依次为", "分别是", "分别为", "是:", "为:", "包括:", "有:" };

    private static readonly SearchValues<string> ListLeadValues = SearchValues.Create(ListLeads, StringComparison.Ordinal);

    /// <summary>A zone word counted or ranked: 53个高新技术产业开发区, 21家国家级开发区, 36家新升级开发区, 国家级开发区.</summary>
    [GeneratedRegex(@"(?:(?:[0-9]+|[一二三四五六七八九十两百]+)\s*(?:个|家)[\p{IsCJKUnifiedIdeographs}]{0,4}?|国家级|国家|省级)(?<word>高新技术产业开发区|高新区|经济技术开发区|经开区|开发区|新区)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CountedZoneWord { get; }

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("。！？!?;；\n");

    /// <summary>Fewer listed places than this after a lead make no roster (是:北京 is a clause, not a list).</summary>
    private const int MinLeadListItems = 3;

    private const int MaxLeadListItems = 80;

    private void FindListsAfterZoneWord(string folded, List<ZoneSpan> spans)
    {
        for (var at = 0; at < folded.Length;)
        {
            var offset = folded.AsSpan(at).IndexOfAny(ListLeadValues);
            if (offset < 0) return;
            var lead = at + offset;
            var leadLength = ListLeads.First(l => string.CompareOrdinal(folded, lead, l, 0, l.Length) == 0).Length;
            at = lead + leadLength;
            var sentence = folded.AsSpan(0, lead).LastIndexOfAny(SentenceBreaks) + 1;
            Match? head = null;
            for (var m = CountedZoneWord.Match(folded, sentence, lead - sentence); m.Success; m = m.NextMatch()) head = m;
            if (head == null) continue;
            var zoneWord = head.Groups["word"].Value;
            var kind = ZoneNames.KindOf(zoneWord);
            var items = ItemsAfterLead(folded, at);
            GazetteerZone? Named(ListItem i) =>
                Lookup(i.Text, kind) ?? NamedWithListWord(i.Text, zoneWord) ??
                // 国家级开发区 ranks the national ETDZs (天津、苏州…), which news also calls X开发区.
                (kind == ZoneNames.Development ? Lookup(i.Text, ZoneNames.Etdz) : null);
            bool IsKnown(ListItem i) => Named(i) != null || _gazetteer.IsKnownPlace(ZoneNames.TrimPlace(i.Text, _gazetteer)) || Overlaps(spans, i.Start, i.End);
            // Only known places and zones count: nothing but the lead says the items are zones.
            var known = items.Where(IsKnown).ToList();
            if (known.Count < MinLeadListItems || known.Count * 3 < items.Count * 2) continue;
            var level = head.Value.Contains("省级") ? "provincial" : "national";
            foreach (var item in known) AddListItem(spans, item, Named(item), kind, zoneWord, level);
        }
    }

    /// <summary>The items of a list starting at <paramref name="start"/>: runs of Han characters separated by 、, a
    /// bracketed aside after an item skipped (无锡(含宜兴环保工业园)), 和/及/与 before the last. A run of known places a
    /// page ran together (南京沈阳天津, its separators lost with the links they were) is read as its places.</summary>
    private List<ListItem> ItemsAfterLead(string folded, int start)
    {
        var items = new List<ListItem>();
        var p = start;
        while (p < folded.Length && items.Count < MaxLeadListItems)
        {
            var q = p;
            while (q < folded.Length && ChineseScript.IsHan(folded[q])) q++;
            if (q - p < 2) break;
            var token = folded[p..q];
            if (LastConnector(token) is { } c && _gazetteer.IsKnownPlace(token[..c.Index]))
            {
                items.Add(new ListItem(p, p + c.Index, token[..c.Index]));
                p += c.Index + c.Length;
                token = folded[p..q];
            }
            items.AddRange(KnownPlacesRunTogether(token, p) ?? [new ListItem(p, q, token)]);
            if (q < folded.Length && folded[q] == '(')
            {
                var close = folded.IndexOf(')', q);
                if (close < 0 || close - q > 20) break;
                q = close + 1;
            }
            if (q >= folded.Length || folded[q] != '、') break;
            p = q + 1;
        }
        return items;
    }

    /// <summary>南京沈阳天津 → 南京, 沈阳, 天津 when the whole run is two or more known places; else null.</summary>
    private List<ListItem>? KnownPlacesRunTogether(string token, int start)
    {
        if (token.Length < 4 || _gazetteer.IsKnownPlace(token)) return null;
        var parts = new List<ListItem>();
        for (var i = 0; i < token.Length;)
        {
            var length = _gazetteer.KnownPlaceLengthAt(token, i);
            if (length < 2) return null;
            parts.Add(new ListItem(start + i, start + i + length, token.Substring(i, length)));
            i += length;
        }
        return parts.Count >= 2 ? parts : null;
    }
}
