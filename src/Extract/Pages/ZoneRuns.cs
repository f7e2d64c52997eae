using System.Text.RegularExpressions;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Puts back runs of paragraphs the columns printed under another article's headline, reading
/// the zones they name. Each article is anchored to the zone its headline (or else its lead) names.
/// A paragraph that names another article's anchor zone and not its own article's starts a displaced
/// run; the run takes in the unlabelled paragraphs before it (back to the last one naming its own
/// zone, unless the run opens with a sub-heading) and after it (until one names its own zone again),
/// and moves to the other article.</summary>
internal static partial class ZoneRuns
{
    [GeneratedRegex(
        @"(?<place>[\p{IsCJKUnifiedIdeographs}]{2})(?<kind>高新技术产业开发区|高新区|经济技术开发区|经开区|示范区|生态城|工业园区|新区)")]
    private static partial Regex ZoneName { get; }

    /// <summary>Words before a zone word that do not name a place (国家高新区, 各高新区, 这个高新区).</summary>
    [GeneratedRegex(@"国家|省级|市级|全国|地区|园区|城区|全区|辖区|本区|各|该|这|那|个|家|级|批|新升|型|色|展|质")]
    private static partial Regex NotAPlace { get; }

    public static void Reassign(List<ArticleDraft> drafts)
    {
        var anchors = drafts.Select(Anchor).ToList();
        if (anchors.Count(a => a != null) < 2) return;
        var moves = new List<(ArticleDraft From, List<Paragraph> Run, ArticleDraft To)>();
        for (var a = 0; a < drafts.Count; a++)
        {
            var own = anchors[a];
            if (own == null || drafts[a].IsFragment) continue;
            var units = Paragraph.Units(drafts[a].Paragraphs);
            var labels = units.Select(u => Label(u, own, anchors)).ToList();
            var u0 = 1; // the lead stays
            while (u0 < units.Count)
            {
                if (labels[u0] is not { } foreign || foreign == own) { u0++; continue; }
                var start = u0;
                // A run that opens with its own sub-heading starts there; otherwise the unlabelled
                // paragraphs just before it are its beginning.
                if (!units[u0][0].IsSubheading)
                    while (start - 1 >= 1 && labels[start - 1] == null) start--;
                var end = u0;
                while (end + 1 < units.Count && (labels[end + 1] == null || labels[end + 1] == foreign)) end++;
                var target = drafts[anchors.IndexOf(foreign)];
                moves.Add((drafts[a], units.Skip(start).Take(end - start + 1).SelectMany(x => x).ToList(), target));
                u0 = end + 1;
            }
        }
        foreach (var (from, run, to) in moves)
        {
            foreach (var p in run) from.Paragraphs.Remove(p);
            to.Paragraphs.AddRange(run);
        }
    }

    /// <summary>True when the unit names a zone of the page that the article is not about.</summary>
    public static bool NamesOtherZone(IEnumerable<Paragraph> unit, ArticleDraft article, List<ArticleDraft> drafts)
    {
        var anchor = Anchor(article);
        if (anchor == null) return false;
        var named = Zones(string.Concat(unit.Select(p => p.Text))).ToHashSet();
        return named.Count > 0 && !named.Contains(anchor);
    }

    /// <summary>The zone an article is about: the first its headline names, else the one its lead names most.</summary>
    internal static string? Anchor(ArticleDraft draft)
    {
        if (draft.IsFragment) return null;
        var lead = draft.Paragraphs.FirstOrDefault(p => !p.IsSubheading && !p.IsNote);
        var anchor = Zones(draft.Title).FirstOrDefault()
                     ?? (lead == null ? null : Zones(lead.Text).GroupBy(z => z).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault());
        if (anchor == null) return null;
        // An article about a zone keeps naming it; one named once is not what the article is about.
        var mentions = draft.Paragraphs.Sum(p => Zones(p.Text).Count(z => z == anchor));
        return mentions >= 2 ? anchor : null;
    }

    private static string? Label(List<Paragraph> unit, string own, List<string?> anchors)
    {
        var named = Zones(string.Concat(unit.Select(p => p.Text))).ToHashSet();
        if (named.Contains(own)) return own;
        var foreign = anchors.Where(a => a != null && named.Contains(a)).Distinct().ToList();
        return foreign.Count == 1 ? foreign[0] : null;
    }

    /// <summary>Zone keys named in a text: the two characters before the zone word and the word in its
    /// short form (无锡高新区, 滨海高新区, 天津生态城).</summary>
    internal static IEnumerable<string> Zones(string text)
    {
        foreach (Match m in ZoneName.Matches(TextNormalizer.Fold(text)))
        {
            var place = m.Groups["place"].Value;
            if (NotAPlace.IsMatch(place)) continue;
            var kind = m.Groups["kind"].Value switch
            {
                "高新技术产业开发区" => "高新区",
                "经济技术开发区" => "经开区",
                var k => k,
            };
            yield return place + kind;
        }
    }
}
