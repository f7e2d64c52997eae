using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Index.Analysis;

namespace Pipeline.Index;

/// <summary>Turns a query string into the query that matches exactly the documents whose exact-match field
/// contains it as written (see <see cref="ExactTextAnalyzer"/>): the phrase of its bigrams and words.
/// A one-character Han query is a prefix query (every character starts a token). A query that ends in a
/// one-character Han run (第3代) ends in a prefix too: in the text that character may go on into a longer run,
/// where it is the start of a bigram, so the last position accepts every term starting with it.
/// Of a stretch of consecutive bigrams the phrase keeps only a cover, every other one (and the last): at character
/// slots, bigrams at p and p + 2 prove the characters p..p+3, so 公司负责人 is 公司 at 0, 负责 at 2, 责人 at 3, where the
/// bigram 司负 added nothing but postings and positions to read in every article that holds the others.</summary>
internal sealed class ExactQueryBuilder
{
    /// <summary>Terms a trailing one-character prefix may expand to before the query gives up on exactness.</summary>
    private const int MaxExpansions = 4096;

    private readonly Analyzer _analyzer;
    private readonly IndexReader _reader;

    /// <param name="legacy">The index was written before character slots (<see cref="IndexSchema.LegacyTextExact"/>):
    /// its fields are read under their old names with the old positions, every bigram of a phrase checked.</param>
    public ExactQueryBuilder(IndexReader reader, bool legacy = false)
    {
        _reader = reader;
        Legacy = legacy;
        _analyzer = new ExactTextAnalyzer(stackRunEnd: legacy);
    }

    /// <summary>The builder for an index: null when it has no exact-match field (written before exact matching, and not
    /// empty), legacy when its exact-match fields are those written before character slots.</summary>
    public static ExactQueryBuilder? For(IndexReader reader)
    {
        if (MultiFields.GetTerms(reader, IndexSchema.TextExact) != null) return new ExactQueryBuilder(reader);
        if (MultiFields.GetTerms(reader, IndexSchema.LegacyTextExact) != null) return new ExactQueryBuilder(reader, legacy: true);
        return ArticleSearcher.CountArticles(reader) == 0 ? new ExactQueryBuilder(reader) : null;
    }

    public bool Legacy { get; }

    /// <param name="field">An exact-match field as <see cref="IndexSchema.ExactFieldOf"/> names it (read under its old
    /// name in a legacy index).</param>
    /// <returns>null when the text has no letter, digit or Han character.</returns>
    public Query? Build(string field, string text)
    {
        if (Legacy) field = IndexSchema.LegacyExactFieldOf(field);
        var tokens = Cover(field, Tokens(field, text));
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1)
        {
            var (term, _, type) = tokens[0];
            return IsOneHan(term, type)
                ? new PrefixQuery(new Term(field, term)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }
                : new TermQuery(new Term(field, term));
        }
        var (lastTerm, lastPosition, lastType) = tokens[^1];
        if (!IsOneHan(lastTerm, lastType))
        {
            var phrase = new PhraseQuery();
            foreach (var (term, position, _) in tokens) phrase.Add(new Term(field, term), position);
            return phrase;
        }
        var multi = new MultiPhraseQuery();
        foreach (var (term, position, _) in tokens.Take(tokens.Count - 1)) multi.Add(new[] { new Term(field, term) }, position);
        var expansions = Expand(field, lastTerm);
        if (expansions.Count == 0) return new BooleanQuery(); // nothing in the index starts with that character
        multi.Add(expansions.ToArray(), lastPosition);
        return multi;
    }

    private static bool IsOneHan(string term, string type) =>
        type == ExactTextTokenizer.RunEndType && term.Length == 1 && ExactTextAnalyzer.IsHan(term[0]);

    /// <summary>The query's tokens without the last characters of its Han runs of two or more (stacked on the run's
    /// last bigram, or at their own slot): in the text such a run may go on, so its end must not be required.</summary>
    private List<(string Term, int Position, string Type)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int, string)>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        var lastBigramEnd = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var runEndOfBigram = type.Type == ExactTextTokenizer.RunEndType && offset.EndOffset == lastBigramEnd;
            lastBigramEnd = type.Type == ExactTextTokenizer.BigramType ? offset.EndOffset : -1;
            if (increment.PositionIncrement == 0 || runEndOfBigram) continue;
            tokens.Add((term.ToString(), position, type.Type));
        }
        stream.End();
        var first = tokens.Count > 0 ? tokens[0].Item2 : 0;
        return tokens.Select(t => (t.Item1, t.Item2 - first, t.Item3)).ToList();
    }

    /// <summary>The tokens a phrase needs at character slots: of each stretch of bigrams at consecutive slots, the first,
    /// the last, the rarest, and between them at most one slot apart (<see cref="CoverOfStretch"/>). Every other token is
    /// kept. In a legacy index every token is needed.</summary>
    private List<(string Term, int Position, string Type)> Cover(string field, List<(string Term, int Position, string Type)> tokens)
    {
        if (Legacy || tokens.Count < 3) return tokens;
        var kept = new List<(string, int, string)>(tokens.Count);
        for (var start = 0; start < tokens.Count;)
        {
            var end = start + 1;
            while (end < tokens.Count && IsBigram(tokens[start]) && IsBigram(tokens[end]) && tokens[end].Position == tokens[end - 1].Position + 1) end++;
            kept.AddRange(CoverOfStretch(field, tokens, start, end));
            start = end;
        }
        return kept;
    }

    private static bool IsBigram((string Term, int Position, string Type) token) => token.Type == ExactTextTokenizer.BigramType;

    /// <summary>A least cover of the bigrams tokens[start..end) (consecutive slots): each kept bigram at most two slots after
    /// the one before, the first, the last and the rarest kept; of those covers with fewest terms, the one whose document
    /// frequencies sum least. The rarest leads the conjunction: without it, articles holding the other bigrams but not
    /// it, which its postings skipped, would each be verified on positions (measured: a phrase of 6 characters cost 2.5
    /// times as much).</summary>
    private IEnumerable<(string Term, int Position, string Type)> CoverOfStretch(string field, List<(string Term, int Position, string Type)> tokens, int start, int end)
    {
        var length = end - start;
        if (length < 3) return tokens.Skip(start).Take(length);
        // best[i]: the least (count, frequency) of a cover of the stretch's first i + 1 bigrams that keeps bigram i.
        var best = new (int Count, long Frequency, int Previous)[length];
        var frequencies = Enumerable.Range(start, length).Select(i => (long)_reader.DocFreq(new Term(field, tokens[i].Term))).ToArray();
        var rarest = Array.IndexOf(frequencies, frequencies.Min());
        for (var i = 0; i < length; i++)
        {
            var frequency = frequencies[i];
            if (i == 0) { best[i] = (1, frequency, -1); continue; }
            best[i] = (int.MaxValue, long.MaxValue, -1);
            for (var previous = Math.Max(0, i - 2); previous < i; previous++)
            {
                // A cover past the rarest bigram must have kept it.
                if (previous < rarest && i > rarest || best[previous].Count == int.MaxValue) continue;
                var candidate = (best[previous].Count + 1, best[previous].Frequency + frequency, previous);
                if (candidate.Item1 < best[i].Count || candidate.Item1 == best[i].Count && candidate.Item2 < best[i].Frequency) best[i] = candidate;
            }
        }
        var chosen = new List<(string, int, string)>();
        for (var i = length - 1; i >= 0; i = best[i].Previous) chosen.Add(tokens[start + i]);
        chosen.Reverse();
        return chosen;
    }

    private List<Term> Expand(string field, string prefix)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var bytes = new BytesRef(prefix);
        foreach (var context in _reader.Leaves)
        {
            var terms = context.AtomicReader.GetTerms(field);
            if (terms == null) continue;
            var iterator = terms.GetEnumerator();
            if (iterator.SeekCeil(bytes) == TermsEnum.SeekStatus.END) continue;
            do
            {
                if (!StringHelper.StartsWith(iterator.Term, bytes)) break;
                found.Add(iterator.Term.Utf8ToString());
                if (found.Count > MaxExpansions) throw new BooleanQuery.TooManyClausesException();
            } while (iterator.MoveNext());
        }
        return found.Select(t => new Term(field, t)).ToList();
    }
}
