using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Extract.Text;
using Pipeline.Index.Analysis;

namespace Pipeline.Index;

/// <summary>Picks the best passages of a body for a set of query terms: the body is re-analysed with
/// the index analyzer, tokens equal to a query term are marked by their offsets, and sentence-bounded
/// passages are ranked by how many distinct query terms they hold, then how many matches.</summary>
internal sealed class SnippetBuilder
{
    private const int MinPassage = 40;
    private const int MaxPassage = 160;
    private const int LeadPassage = 100;

    private readonly Analyzer _analyzer;

    public SnippetBuilder(Analyzer analyzer) => _analyzer = analyzer;

    public IReadOnlyList<Snippet> Build(string body, HighlightTerms terms, int maxSnippets)
    {
        if (maxSnippets <= 0 || body.Length == 0) return Array.Empty<Snippet>();
        var matches = terms.Tokens.Count == 0 ? new List<Match>() : FindMatches(body, terms.Tokens);
        if (terms.Texts.Count > 0)
        {
            matches.AddRange(FindTexts(body, terms.Texts));
            matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }
        if (matches.Count == 0)
        {
            // A title-only match: show where the article starts.
            var lead = Sentences(body).FirstOrDefault();
            var end = lead.End == 0 ? Math.Min(body.Length, LeadPassage) : Math.Min(lead.End, lead.Start + LeadPassage);
            return new[] { new Snippet(new[] { new SnippetPart(Clean(body[lead.Start..end]).Trim(), false) }) };
        }

        var passages = Passages(body)
            .Select(p => (p.Start, p.End, Inside: Within(matches, p.Start, p.End)))
            .Where(p => p.Inside.Count > 0)
            .Select(p => (p.Start, p.End, p.Inside,
                Distinct: p.Inside.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count()))
            // Ties go to the passage that opens with the sentence holding the match.
            .OrderByDescending(p => p.Distinct).ThenByDescending(p => p.Inside.Count)
            .ThenBy(p => p.Inside[0].Start - p.Start).ThenBy(p => p.Start)
            .ToList();
        var chosen = new List<(int Start, int End, List<Match> Inside)>();
        foreach (var p in passages)
        {
            if (chosen.Count >= maxSnippets) break;
            if (chosen.Any(c => p.Start < c.End && c.Start < p.End)) continue;
            chosen.Add((p.Start, p.End, p.Inside));
        }
        return chosen.OrderBy(c => c.Start).Select(c => Render(body, c.Start, c.End, c.Inside)).ToList();
    }

    private readonly record struct Match(int Start, int End, string Term);

    /// <summary>The matches inside [start, end), found by binary search: matches are in start order.</summary>
    private static List<Match> Within(List<Match> matches, int start, int end)
    {
        int low = 0, high = matches.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (matches[mid].Start < start) low = mid + 1;
            else high = mid;
        }
        var inside = new List<Match>();
        for (var i = low; i < matches.Count && matches[i].Start < end; i++)
            if (matches[i].End <= end) inside.Add(matches[i]);
        return inside;
    }

    /// <summary>Analyses only the sentences that contain a query term as plain text: at archive scale
    /// re-analysing whole bodies for every hit would cost more than the search. Consecutive such sentences
    /// are analysed as one run (a common term is in most sentences, and each analysis has a set-up cost);
    /// the analyzers allow the cut: neither the segmenter's words nor bigrams cross 。！？. Matches come out
    /// in text order.</summary>
    private List<Match> FindMatches(string body, IReadOnlySet<string> terms)
    {
        var matches = new List<Match>();
        // Terms are Simplified (the analyzer folds); the same-length folded body finds them in Traditional text too.
        var folded = ChineseScript.ToSimplified(body);
        int runStart = -1, runEnd = -1;
        foreach (var (start, end) in Sentences(body))
        {
            if (!ContainsAny(folded.AsSpan(start, end - start), terms)) continue;
            if (start == runEnd)
            {
                runEnd = end;
                continue;
            }
            if (runStart >= 0) AnalyseRun(body, runStart, runEnd, terms, matches);
            (runStart, runEnd) = (start, end);
        }
        if (runStart >= 0) AnalyseRun(body, runStart, runEnd, terms, matches);
        return matches;
    }

    /// <summary>Where the body holds each text as the exact-match field matched it: folded alike (width, script,
    /// case), each run of the text between punctuation and spaces found on its own.</summary>
    private static IEnumerable<Match> FindTexts(string body, IReadOnlySet<string> texts)
    {
        var folded = ExactTextAnalyzer.Fold(body);
        foreach (var text in texts)
            foreach (var part in ExactTextAnalyzer.Runs(ExactTextAnalyzer.Fold(text)))
                foreach (var at in ExactTextAnalyzer.Occurrences(folded, part))
                    yield return new Match(at, at + part.Length, text);
    }

    private static bool ContainsAny(ReadOnlySpan<char> sentence, IReadOnlySet<string> terms)
    {
        foreach (var t in terms)
            if (sentence.Contains(t.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private void AnalyseRun(string body, int start, int end, IReadOnlySet<string> terms, List<Match> matches)
    {
        using var stream = _analyzer.GetTokenStream(IndexSchema.Text, body.Substring(start, end - start));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (offset.EndOffset > end - start || offset.StartOffset >= offset.EndOffset) continue;
            // Compared in place: most tokens are no query term, and a string for each would be garbage.
            var token = term.Buffer.AsSpan(0, term.Length);
            foreach (var t in terms)
            {
                if (!token.SequenceEqual(t)) continue;
                matches.Add(new Match(start + offset.StartOffset, start + offset.EndOffset, t));
                break;
            }
        }
        stream.End();
    }

    /// <summary>Sentence-bounded windows: each starts at a sentence and takes the following ones
    /// until it is long enough; a sentence longer than the maximum is cut.</summary>
    private static IEnumerable<(int Start, int End)> Passages(string body)
    {
        var sentences = Sentences(body).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var start = sentences[i].Start;
            var end = sentences[i].End;
            for (var j = i + 1; j < sentences.Count && end - start < MinPassage && sentences[j].End - start <= MaxPassage; j++)
                end = sentences[j].End;
            if (end - start <= MaxPassage)
            {
                yield return (start, end);
                continue;
            }
            for (var s = start; s < end; s += MaxPassage / 2)
                yield return (s, Math.Min(end, s + MaxPassage));
        }
    }

    private static IEnumerable<(int Start, int End)> Sentences(string body)
    {
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var isEnd = c is '。' or '！' or '？' or '；' or '!' or '?' or '\n';
            if (!isEnd) continue;
            // Closing quotes belong to the sentence they end.
            while (i + 1 < body.Length && body[i + 1] is '”' or '’' or '」' or '』' or '）' or ')') i++;
            if (i + 1 - start > 0 && body.AsSpan(start, i + 1 - start).Trim().Length > 0) yield return (start, i + 1);
            start = i + 1;
        }
        if (start < body.Length && body.AsSpan(start).Trim().Length > 0) yield return (start, body.Length);
    }

    private static Snippet Render(string body, int start, int end, List<Match> inside)
    {
        // Search-mode tokens overlap (中华, 中华人民共和国): mark the union of their spans.
        var spans = new List<(int Start, int End)>();
        foreach (var m in inside.OrderBy(m => m.Start))
        {
            if (spans.Count > 0 && m.Start <= spans[^1].End) spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, m.End));
            else spans.Add((m.Start, m.End));
        }
        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var (s, e) in spans)
        {
            if (s > at) parts.Add(new SnippetPart(body[at..s], false));
            parts.Add(new SnippetPart(body[s..e], true));
            at = e;
        }
        if (at < end) parts.Add(new SnippetPart(body[at..end], false));
        // Trim the whitespace and line breaks a passage starts or ends with.
        if (parts.Count > 0 && !parts[0].Marked) parts[0] = parts[0] with { Text = Clean(parts[0].Text).TrimStart() };
        if (parts.Count > 0 && !parts[^1].Marked) parts[^1] = parts[^1] with { Text = Clean(parts[^1].Text).TrimEnd() };
        for (var i = 1; i < parts.Count - 1; i++)
            if (!parts[i].Marked) parts[i] = parts[i] with { Text = Clean(parts[i].Text) };
        return new Snippet(parts.Where(p => p.Text.Length > 0).ToList());
    }

    private static string Clean(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>What a query asks snippets to mark: index terms of the words field (from wildcard, fuzzy and sloppy
/// clauses) and texts that must occur as written (each exact-match clause).</summary>
internal sealed record HighlightTerms(IReadOnlySet<string> Tokens, IReadOnlySet<string> Texts)
{
    public static readonly HighlightTerms None = new(new HashSet<string>(), new HashSet<string>());
}
