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
/// where it is the start of a bigram, so the last position accepts every term starting with it.</summary>
internal sealed class ExactQueryBuilder
{
    /// <summary>Terms a trailing one-character prefix may expand to before the query gives up on exactness.</summary>
    private const int MaxExpansions = 4096;

    private readonly Analyzer _analyzer = new ExactTextAnalyzer();
    private readonly IndexReader _reader;

    public ExactQueryBuilder(IndexReader reader) => _reader = reader;

    /// <returns>null when the text has no letter, digit or Han character.</returns>
    public Query? Build(string field, string text)
    {
        var tokens = Tokens(field, text);
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

    /// <summary>The query's tokens without the stacked run-end characters: in the text the query's last Han
    /// run may go on, so its end must not be required.</summary>
    private List<(string Term, int Position, string Type)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int, string)>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (increment.PositionIncrement == 0) continue;
            tokens.Add((term.ToString(), position, type.Type));
        }
        stream.End();
        var first = tokens.Count > 0 ? tokens[0].Item2 : 0;
        return tokens.Select(t => (t.Item1, t.Item2 - first, t.Item3)).ToList();
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
