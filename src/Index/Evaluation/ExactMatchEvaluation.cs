using System.Globalization;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Model;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Zones;
using Pipeline.Index.Analysis;

namespace Pipeline.Index.Evaluation;

/// <summary>A query term of the exact-match check and where it was drawn from.</summary>
public sealed record ExactMatchTerm(string Text, string Origin);

/// <summary>One term's outcome: articles that contain it, articles the search found, and both.</summary>
public sealed record ExactMatchOutcome(ExactMatchTerm Term, int Expected, int Found, int Correct)
{
    /// <summary>1 when nothing was found (nothing wrong was found).</summary>
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;
    /// <summary>1 when no article contains it.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
    public bool Exact => Expected == Correct && Found == Correct;
}

/// <summary>Checks that a search for a term finds exactly the articles whose text (title, body, captions) contains
/// it: the truth is a plain substring test over the text folded as the index folds it (width, script, case), with
/// a Latin or digit edge of the term not inside a longer word (AI is not in MAIN), and nothing judged by hand.</summary>
public static class ExactMatchEvaluation
{
    /// <summary>Terms from the zone gazetteer, the company lexicon (the records' companies and the short-name list),
    /// the indicator vocabulary (the records' figure metrics), frequent words of the records, and runs of Han
    /// characters cut anywhere in the records' text (across word boundaries, where segmentation differs most).
    /// Deterministic for a seed; at most <paramref name="count"/> terms, split evenly over the five origins.</summary>
    public static IReadOnlyList<ExactMatchTerm> DrawTerms(IReadOnlyList<ArticleRecord> records, int count = 320, int seed = 5)
    {
        var random = new Random(seed);
        var texts = records.Select(r => ExactTextAnalyzer.Fold(IndexSchema.SearchableText(r))).ToList();
        bool Occurs(string term) => texts.Any(t => Contains(t, ExactTextAnalyzer.Fold(term)));

        // Terms found in the records first (they test recall and precision), then some that are absent (they test that nothing is found).
        List<string> Pick(IEnumerable<string> candidates, int quota)
        {
            var distinct = candidates.Where(c => c.Length >= 2 && c.All(ch => ExactTextAnalyzer.IsHan(ch) || ExactTextAnalyzer.IsWordChar(ch))).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
            var present = Shuffle(distinct.Where(Occurs).ToList(), random);
            var absent = Shuffle(distinct.Where(c => !Occurs(c)).ToList(), random);
            var presentQuota = Math.Min(present.Count, quota * 3 / 4);
            return present.Take(presentQuota).Concat(absent.Take(quota - presentQuota)).Concat(present.Skip(presentQuota)).Take(quota).ToList();
        }

        var quota = Math.Max(1, count / 5);
        var terms = new List<ExactMatchTerm>();
        void Add(string origin, IEnumerable<string> picked)
        {
            foreach (var p in picked)
                if (terms.All(t => t.Text != p)) terms.Add(new ExactMatchTerm(p, origin));
        }
        Add("zone", Pick(KnownZones.All.Select(z => z.Name).Concat(records.SelectMany(r => r.Zones.SelectMany(z => z.Aliases.Prepend(z.Name)))), quota));
        Add("company", Pick(KnownEnterprises.ShortNames.Concat(records.SelectMany(r => r.Enterprises.SelectMany(e => e.Aliases.Prepend(e.Name)))), quota));
        Add("indicator", Pick(records.SelectMany(r => r.Figures.Select(f => f.Metric ?? "")), quota));
        Add("frequent word", FrequentWords(texts, quota));
        Add("any run", HanRuns(texts, quota, random));
        return terms;
    }

    private static List<string> Shuffle(List<string> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static IEnumerable<string> FrequentWords(IReadOnlyList<string> texts, int count)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var word in JiebaSegmenter.Default.Cut(text))
                if (word.Length >= 2 && word.All(ExactTextAnalyzer.IsHan))
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
        return frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key);
    }

    /// <summary>Runs of 2–6 Han characters starting anywhere: most cross a word boundary of the segmenter.</summary>
    private static IEnumerable<string> HanRuns(IReadOnlyList<string> texts, int count, Random random)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < count * 50 && found.Count < count; attempt++)
        {
            var text = texts[random.Next(texts.Count)];
            if (text.Length < 8) continue;
            var start = random.Next(text.Length - 6);
            var length = 2 + random.Next(5);
            var run = text.Substring(start, length);
            if (run.All(ExactTextAnalyzer.IsHan) && found.Add(run)) yield return run;
        }
    }

    /// <summary>Whether the folded text holds the folded term (see the class summary).</summary>
    public static bool Contains(string foldedText, string foldedTerm) => ExactTextAnalyzer.Occurrences(foldedText, foldedTerm).Any();

    /// <summary>Searches each term in <paramref name="searcher"/> and compares the ids found with the articles of
    /// <paramref name="records"/> (the archive indexed, streamed once) that contain it.</summary>
    /// <param name="wordsOnly">Search as before exact matching (a term's words OR'd), for the reference figures.</param>
    public static IReadOnlyList<ExactMatchOutcome> Run(ArticleSearcher searcher, IEnumerable<ArticleRecord> records, IReadOnlyList<ExactMatchTerm> terms,
        bool wordsOnly = false) => Compare(searcher, Truth(records, terms), terms, wordsOnly);

    /// <summary>For each term, the ids of the articles containing it.</summary>
    public static IReadOnlyList<HashSet<string>> Truth(IEnumerable<ArticleRecord> records, IReadOnlyList<ExactMatchTerm> terms)
    {
        var folded = terms.Select(t => ExactTextAnalyzer.Fold(t.Text)).ToArray();
        var expected = terms.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var gate = new object();
        Parallel.ForEach(records, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, record =>
        {
            var text = ExactTextAnalyzer.Fold(IndexSchema.SearchableText(record));
            for (var i = 0; i < folded.Length; i++)
            {
                if (!Contains(text, folded[i])) continue;
                lock (gate) expected[i].Add(record.Id);
            }
        });
        return expected;
    }

    public static IReadOnlyList<ExactMatchOutcome> Compare(ArticleSearcher searcher, IReadOnlyList<HashSet<string>> expected, IReadOnlyList<ExactMatchTerm> terms,
        bool wordsOnly = false)
    {
        var outcomes = new List<ExactMatchOutcome>();
        for (var i = 0; i < terms.Count; i++)
        {
            var found = searcher.MatchingIds(QueryFor(terms[i].Text), exact: !wordsOnly);
            var correct = found.Count(expected[i].Contains);
            outcomes.Add(new ExactMatchOutcome(terms[i], expected[i].Count, found.Count, correct));
        }
        return outcomes;
    }

    /// <summary>The term as a user types it: quoted when it holds a space or a character of the classic syntax.</summary>
    public static string QueryFor(string term) =>
        term.Any(c => char.IsWhiteSpace(c) || "+-&|!(){}[]^\"~*?:\\/".Contains(c))
            ? "\"" + term.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : term;

    /// <summary>Micro-averaged precision and recall over all terms (every found and every expected article counts once per term).</summary>
    public static (double Precision, double Recall) Totals(IEnumerable<ExactMatchOutcome> outcomes)
    {
        long found = 0, expected = 0, correct = 0;
        foreach (var o in outcomes)
        {
            found += o.Found;
            expected += o.Expected;
            correct += o.Correct;
        }
        return (found == 0 ? 1 : (double)correct / found, expected == 0 ? 1 : (double)correct / expected);
    }

    public static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
