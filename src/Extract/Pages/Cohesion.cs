using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Places text that belongs to no headline. Each paragraph of a fragment (with the
/// sub-headings just above it) is compared with every article of the page by the runs of three Han
/// characters it shares with them (names of companies and people are what such runs catch), weighted
/// TF-IDF over the page. It joins the article it is clearly closest to, unless it names its own
/// reporter or a zone that article is not about; otherwise it stays a fragment.</summary>
internal static class Cohesion
{
    /// <summary>How much closer (cosine of TF-IDF trigram vectors) another article must be.</summary>
    private const double Margin = 1.5;
    private const double MinimumSimilarity = 0.04;

    /// <summary>Moves one unit at a time, the clearest case first, and compares again after each move,
    /// so that displaced paragraphs that vouch for each other do not hold each other in place.</summary>
    public static void Reassign(List<ArticleDraft> drafts)
    {
        // Only unsigned fragments are placed: a page without one (most pages) needs no bags.
        if (drafts.Count < 2 || !drafts.Any(IsPlaceable)) return;
        var moved = new HashSet<Paragraph>(ReferenceEqualityComparer.Instance);
        // A move changes two articles: only their bags are made again.
        var bags = drafts.Select(Bag).ToList();
        for (var round = 0; round < 200; round++)
        {
            var idf = InverseFrequencies(bags);
            PageBags? page = null; // indexed at the first fragment: most pages have none
            (int From, List<Paragraph> Unit, int To, double Gain)? best = null;
            for (var a = 0; a < drafts.Count; a++)
            {
                var from = drafts[a];
                // Only text that belongs to no headline is placed by its words; headlined articles
                // were put in order by ZoneRuns, which reads what the text says outright.
                if (!IsPlaceable(from)) continue;
                var units = Paragraph.Units(from.Paragraphs);
                for (var u = 0; u < units.Count; u++)
                {
                    var unit = units[u];
                    if (unit.All(p => p.IsNote) || unit.Any(moved.Contains)) continue;
                    var grams = Trigrams(string.Concat(unit.Select(p => p.Text)));
                    if (grams.Count == 0) continue;
                    page ??= new PageBags(bags, idf);
                    var similarity = page.Similarities(grams, a);
                    for (var b = 0; b < drafts.Count; b++)
                    {
                        if (b == a || drafts[b].IsFragment) continue;
                        if (similarity[b] < MinimumSimilarity || similarity[b] < Margin * similarity[a]) continue;
                        // Read last: it scans the article's zones, and most articles are not close enough to ask.
                        if (ZoneRuns.NamesOtherZone(unit, drafts[b], drafts)) continue;
                        var gain = similarity[b] - similarity[a];
                        if (best == null || gain > best.Value.Gain) best = (a, unit, b, gain);
                    }
                }
            }
            if (best == null) return;
            var (fromIndex, moving, toIndex, _) = best.Value;
            foreach (var p in moving)
            {
                drafts[fromIndex].Paragraphs.Remove(p);
                moved.Add(p);
            }
            drafts[toIndex].Paragraphs.AddRange(moving);
            bags[fromIndex] = Bag(drafts[fromIndex]);
            bags[toIndex] = Bag(drafts[toIndex]);
        }
    }

    private static bool IsPlaceable(ArticleDraft draft) => draft.IsFragment && draft.Authors.Count == 0;

    /// <summary>A round's article bags, indexed so that a unit is compared only with the articles it shares a
    /// trigram with (every other similarity is 0): comparing every unit with every whole bag made one big page
    /// text cost the square of its length. Sums run in each bag's own order, as a scan of the bag adds them, so
    /// every similarity is the same number to the last bit.</summary>
    private sealed class PageBags
    {
        private readonly List<Dictionary<string, int>> _bags;
        private readonly Dictionary<string, double> _idf;
        /// <summary>Each trigram's bags, with its place in each bag's order.</summary>
        private readonly Dictionary<string, List<(int Bag, int Order)>> _postings = new(StringComparer.Ordinal);
        /// <summary>Each bag's squared TF-IDF norm (the unit's own article is made again without the unit).</summary>
        private readonly double[] _norms;

        public PageBags(List<Dictionary<string, int>> bags, Dictionary<string, double> idf)
        {
            (_bags, _idf) = (bags, idf);
            _norms = new double[bags.Count];
            for (var b = 0; b < bags.Count; b++)
            {
                var order = 0;
                double norm = 0;
                foreach (var (g, n) in bags[b])
                {
                    if (!_postings.TryGetValue(g, out var list)) _postings[g] = list = new List<(int, int)>();
                    list.Add((b, order++));
                    if (n <= 0) continue;
                    norm += Math.Pow(n * idf.GetValueOrDefault(g), 2);
                }
                _norms[b] = norm;
            }
        }

        /// <summary>Cosine between the unit and each article without the unit, trigrams weighted by
        /// TF-IDF over the page's articles: words every article uses count for nothing.</summary>
        public double[] Similarities(Dictionary<string, int> unit, int own)
        {
            var unitNorm = Math.Sqrt(unit.Sum(kv => Math.Pow(kv.Value * _idf.GetValueOrDefault(kv.Key), 2)));
            var result = new double[_bags.Count];
            if (unitNorm == 0) return result;
            result[own] = OwnSimilarity(unit, own, unitNorm);
            var shared = new Dictionary<int, List<(int Order, string Gram, int Count)>>();
            foreach (var (g, u) in unit)
            {
                if (!_postings.TryGetValue(g, out var bags)) continue;
                foreach (var (b, order) in bags)
                {
                    if (b == own) continue;
                    if (!shared.TryGetValue(b, out var grams)) shared[b] = grams = new List<(int, string, int)>();
                    grams.Add((order, g, u));
                }
            }
            foreach (var (b, grams) in shared)
            {
                grams.Sort((x, y) => x.Order.CompareTo(y.Order));
                double dot = 0;
                foreach (var (_, g, u) in grams)
                {
                    var c = _bags[b][g];
                    if (c <= 0) continue;
                    var w = _idf.GetValueOrDefault(g);
                    dot += u * c * w * w;
                }
                result[b] = _norms[b] == 0 ? 0 : dot / (unitNorm * Math.Sqrt(_norms[b]));
            }
            return result;
        }

        /// <summary>The unit's own article, without the unit: a scan of its bag.</summary>
        private double OwnSimilarity(Dictionary<string, int> unit, int own, double unitNorm)
        {
            double dot = 0, norm = 0;
            foreach (var (g, n) in _bags[own])
            {
                var c = n - unit.GetValueOrDefault(g);
                if (c <= 0) continue;
                var w = _idf.GetValueOrDefault(g);
                norm += Math.Pow(c * w, 2);
                if (unit.TryGetValue(g, out var u)) dot += u * c * w * w;
            }
            return norm == 0 ? 0 : dot / (unitNorm * Math.Sqrt(norm));
        }
    }

    private static Dictionary<string, double> InverseFrequencies(List<Dictionary<string, int>> bags)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bag in bags)
            foreach (var g in bag.Keys)
                df[g] = df.GetValueOrDefault(g) + 1;
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((double)bags.Count / kv.Value), StringComparer.Ordinal);
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
