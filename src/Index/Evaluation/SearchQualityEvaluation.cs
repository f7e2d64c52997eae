using Pipeline.Extract.Model;
using Pipeline.Index.Analysis;

namespace Pipeline.Index.Evaluation;

/// <summary>A known-item query: what was typed, and which articles it is about.</summary>
public sealed record QualityQuery(string Kind, string Query, IReadOnlySet<string> Relevant);

/// <summary>Recall@10 (the share of an article's relevant set, up to 10, found in the first 10 hits) and MRR
/// (1 / rank of the first relevant hit, 0 when none is in the first 10), averaged over the queries of a kind.</summary>
public sealed record QualityScore(string Kind, int Queries, double RecallAt10, double Mrr);

/// <summary>A ranking check that needs no hand judgments: queries are read off the indexed articles themselves —
/// an article's distinctive title phrase (relevant: the articles whose title holds it), its primary zone's name
/// (relevant: the articles whose primary zone it is) and one of its companies in one of the forms the text names it (relevant: the
/// articles that name that company as an entity) — and each analyzer's index is scored on how high it ranks them.</summary>
public static class SearchQualityEvaluation
{
    public const int Depth = 10;

    public static IReadOnlyList<QualityQuery> BuildQueries(IReadOnlyList<ArticleRecord> archive, int perKind, int seed = 17)
    {
        var random = new Random(seed);
        var titles = archive.Select(a => ExactTextAnalyzer.Fold(a.Title ?? "")).ToList();
        var queries = new List<QualityQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Draw(string kind, Func<ArticleRecord, (string Query, Func<int, bool> IsRelevant)?> make)
        {
            var wanted = queries.Count + perKind;
            for (var attempt = 0; attempt < perKind * 20 && queries.Count < wanted; attempt++)
            {
                var article = archive[random.Next(archive.Count)];
                if (make(article) is not { } q || q.Query.Length < 2 || !seen.Add(kind + "\u0001" + q.Query)) continue;
                var relevant = Enumerable.Range(0, archive.Count).Where(q.IsRelevant).Select(i => archive[i].Id).ToHashSet(StringComparer.Ordinal);
                if (relevant.Count > 0) queries.Add(new QualityQuery(kind, q.Query, relevant));
            }
        }
        Draw("title", a =>
        {
            var phrase = DistinctivePhrase(a.Title ?? "");
            if (phrase == null) return null;
            var folded = ExactTextAnalyzer.Fold(phrase);
            return (phrase, i => titles[i].Contains(folded, StringComparison.Ordinal));
        });
        Draw("zone", a => string.IsNullOrWhiteSpace(a.PrimaryZone) ? null : (a.PrimaryZone!, i => archive[i].PrimaryZone == a.PrimaryZone));
        Draw("company", a =>
        {
            if (a.Enterprises.Count == 0) return null;
            var company = a.Enterprises[random.Next(a.Enterprises.Count)];
            // As the text names it: one of its written forms (长飞 or 长飞光纤光缆股份有限公司), each form its own query.
            var forms = company.Mentions.Select(m => m.Text).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal)
                .OrderBy(t => t, StringComparer.Ordinal).ToList();
            var written = forms.Count > 0 ? forms[random.Next(forms.Count)] : company.Name;
            return (written, i => archive[i].Enterprises.Any(e => e.Name == company.Name));
        });
        return queries;
    }

    /// <summary>The longest run of a title between punctuation and spaces (a title's clauses are its phrases),
    /// at most 12 characters; null when it has no run of 4.</summary>
    internal static string? DistinctivePhrase(string title)
    {
        var runs = ExactTextAnalyzer.Runs(title).ToList();
        var best = runs.OrderByDescending(r => r.Length).FirstOrDefault();
        return best == null || best.Length < 4 ? null : best[..Math.Min(best.Length, 12)];
    }

    /// <param name="entityRanking">false: rank by words alone, as before terms naming a zone or company ranked the
    /// articles carrying it first (for comparison).</param>
    public static IReadOnlyList<QualityScore> Score(ArticleSearcher searcher, IReadOnlyList<QualityQuery> queries, bool entityRanking = true)
    {
        searcher.RankEntitiesFirst = entityRanking;
        var byKind = new Dictionary<string, (int Count, double Recall, double Reciprocal)>();
        foreach (var query in queries)
        {
            var hits = searcher.Search(new SearchRequest { Query = ExactMatchEvaluation.QueryFor(query.Query), Limit = Depth, MaxSnippets = 0 }).Hits;
            var found = hits.Count(h => query.Relevant.Contains(h.Id));
            var first = hits.Select((h, rank) => (h, rank)).FirstOrDefault(x => query.Relevant.Contains(x.h.Id), (null!, -1)).Item2;
            var (count, recall, reciprocal) = byKind.GetValueOrDefault(query.Kind);
            byKind[query.Kind] = (count + 1, recall + (double)found / Math.Min(Depth, query.Relevant.Count), reciprocal + (first >= 0 ? 1.0 / (first + 1) : 0));
        }
        var scores = byKind.Select(p => new QualityScore(p.Key, p.Value.Count, p.Value.Recall / p.Value.Count, p.Value.Reciprocal / p.Value.Count)).ToList();
        var total = scores.Sum(s => s.Queries);
        if (total > 0)
            scores.Add(new QualityScore("all", total, scores.Sum(s => s.RecallAt10 * s.Queries) / total, scores.Sum(s => s.Mrr * s.Queries) / total));
        return scores;
    }
}
