using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

internal sealed partial class UncuedCompanyFinder
{
    // ------------------------------------------------------------------ items of a list of companies, each after what it makes

    /// <summary>Longest clause read back from 等 for the items of a list of companies.</summary>
    private const int MaxQualifiedList = 200;

    /// <summary>Where what qualifies a company's name before it ends (生产碳化矽晶锭与基板的 + 某某, 半导体设备厂 + 某某, 应用商 + 某某):
    /// after the last 的, or after the kind of business the name is filed under (<see cref="KindEnd"/>), whichever is later,
    /// leaving a stem for the name; -1 when nothing qualifies it.</summary>
    internal int QualifierEnd(string folded, int start, int end)
    {
        var of = end - MinStemLength > start ? folded.LastIndexOf('的', end - 1 - MinStemLength, end - MinStemLength - start) : -1;
        var kind = KindEnd(folded, of >= 0 ? of + 1 : start, end);
        return kind >= 0 ? kind : of >= 0 ? of + 1 : -1;
    }

    /// <summary>Items of a list the text calls companies (…、…等8家业者, …等厂商, …等企业), each written after what it makes or
    /// the kind of business it is (此次包含二极体制造商某某、半导体设备厂某某科技…及AIoT医疗商某某等8家业者; 其中包含IC设计的某某 (3034-TW)、
    /// 生产碳化矽晶锭与基板的某某材料…等厂商): the name after the qualifier (<see cref="QualifierEnd"/>), to a space, a bracket or the
    /// item's end, when it reads as a list mate's name does. Such items run longer than a list of bare names allows, and a
    /// joiner (及, 与) may stand inside the qualifier as well as between two items: each item is read from its end, back to its
    /// qualifier, then on from the joiner before that. Items with nothing before their names are the other finders' business.</summary>
    public IReadOnlyList<(int Start, int End)> FindQualifiedListItems(string folded)
    {
        var found = new List<(int Start, int End)>();
        foreach (var (deng, head, _) in ContextCompanyFinder.EnumerationEnds(folded))
        {
            if (!ContextCompanyFinder.IsCompanyHead(head)) continue;
            var from = Math.Max(0, deng - MaxQualifiedList);
            var clauseStart = folded.AsSpan(from, deng - from).LastIndexOfAny(TextNormalizer.ClausePunctuation) is var stop and >= 0 ? from + stop + 1 : from;
            var itemEnd = deng;
            for (var at = deng - 1; at >= clauseStart - 1; at--)
            {
                if (at >= clauseStart && folded[at] != '、') continue;
                ReadQualifiedItem(folded, at + 1, itemEnd, found);
                itemEnd = at;
            }
        }
        return found.Distinct().ToList();
    }

    /// <summary>The names of one 、-item (<paramref name="start"/>..<paramref name="end"/>) of a list of companies, last first: the
    /// name after the item's last qualifier, then those of what stands before the joiner that precedes that qualifier.</summary>
    private void ReadQualifiedItem(string folded, int start, int end, List<(int Start, int End)> found)
    {
        while (end - start > MinStemLength && QualifierEnd(folded, start, end) is var nameStart and >= 0)
        {
            while (nameStart < end && folded[nameStart] == ' ') nameStart++;
            var nameEnd = nameStart;
            while (nameEnd < end && IsNameChar(folded[nameEnd])) nameEnd++;
            var name = folded[nameStart..nameEnd];
            if (name.Length is >= MinStemLength and <= MaxListItem && IsListMateName(name)) found.Add((nameStart, nameEnd));
            var joiner = folded.AsSpan(start, nameStart - start).LastIndexOfAny(ItemJoiners);
            if (joiner < 0) return;
            end = start + joiner;
        }
    }
}
