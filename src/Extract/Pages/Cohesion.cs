using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Puts back paragraphs the columns printed under the wrong headline. Each paragraph (with
/// the sub-headings just above it) is compared with every article of the page by the runs of three
/// Han characters it shares with them — names of zones, companies and people are what such runs
/// catch — each run weighted by how few articles use it. A paragraph moves only when another article
/// shares clearly more with it than its own (and the lead paragraph of a headline never moves);
/// a fragment that shares enough with an article joins it, unless it names its own reporter.</summary>
internal static class Cohesion
{
    private const double MinimumScore = 3;

    public static void Reassign(List<ArticleDraft> drafts)
    {
        if (drafts.Count < 2) return;
        var bags = drafts.Select(Bag).ToList();
        var moves = new List<(ArticleDraft From, List<Paragraph> Unit, ArticleDraft To)>();
        for (var a = 0; a < drafts.Count; a++)
        {
            var from = drafts[a];
            if (from.IsFragment && from.Authors.Count > 0) continue;
            var units = Units(from.Paragraphs);
            for (var u = 0; u < units.Count; u++)
            {
                if (!from.IsFragment && u == 0) continue;
                var unit = units[u];
                if (unit.All(p => p.IsNote)) continue;
                var grams = Trigrams(string.Concat(unit.Select(p => p.Text)));
                if (grams.Count == 0) continue;
                var scores = Score(grams, bags, a);
                var best = Enumerable.Range(0, drafts.Count).Where(b => b != a && !drafts[b].IsFragment)
                    .OrderByDescending(b => scores[b]).FirstOrDefault(-1);
                if (best < 0) continue;
                if (scores[best] >= MinimumScore && scores[best] >= 2 * scores[a] + 1)
                    moves.Add((from, unit, drafts[best]));
            }
        }
        foreach (var (from, unit, to) in moves)
        {
            foreach (var p in unit) from.Paragraphs.Remove(p);
            to.Paragraphs.AddRange(unit);
        }
    }

    /// <summary>A paragraph together with the sub-headings printed above it.</summary>
    private static List<List<Paragraph>> Units(List<Paragraph> paragraphs)
    {
        var units = new List<List<Paragraph>>();
        var open = new List<Paragraph>();
        foreach (var p in paragraphs)
        {
            open.Add(p);
            if (p.IsSubheading) continue;
            units.Add(open);
            open = new List<Paragraph>();
        }
        if (open.Count > 0) units.Add(open);
        return units;
    }

    private static double[] Score(Dictionary<string, int> unit, List<Dictionary<string, int>> bags, int own)
    {
        var scores = new double[bags.Count];
        foreach (var (gram, count) in unit)
        {
            var holders = new List<int>();
            for (var b = 0; b < bags.Count; b++)
            {
                var n = bags[b].GetValueOrDefault(gram);
                if (b == own) n -= count;
                if (n > 0) holders.Add(b);
            }
            foreach (var b in holders) scores[b] += 1.0 / holders.Count;
        }
        return scores;
    }

    private static Dictionary<string, int> Bag(ArticleDraft draft)
    {
        var bag = Trigrams(draft.Title);
        foreach (var p in draft.Paragraphs)
            foreach (var (g, n) in Trigrams(p.Text))
                bag[g] = bag.GetValueOrDefault(g) + n;
        return bag;
    }

    private static Dictionary<string, int> Trigrams(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= folded.Length; i++)
        {
            if (!ChineseScript.IsHan(folded[i]) || !ChineseScript.IsHan(folded[i + 1]) || !ChineseScript.IsHan(folded[i + 2])) continue;
            var g = folded.Substring(i, 3);
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }
        return grams;
    }
}
