using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>Lucene's classic parser where each term or quoted phrase of the searchable text (the default
/// field, or title:) must occur as written: its exact-match field must hold the string (an
/// <see cref="ExactMatchQuery"/>), while the score comes from the word (a term the analyzer keeps whole) or the string's
/// count (one it cuts into several words, <see cref="StringCountQuery"/>). So 数字经济 finds
/// the articles containing 数字经济 and no article with only 数字 or 经济, and 碳中和 finds 碳达峰碳中和 however
/// jieba cut it. Operators (AND, OR, NOT, -, +), wildcards, fuzzy terms, ranges and field names work as
/// in the classic syntax; OR is how to ask for either word.</summary>
internal sealed class ExactQueryParser : QueryParser
{
    private readonly ExactQueryBuilder? _exact;
    private readonly EntityNames? _entities;
    private readonly bool _countStrings;

    /// <summary>What an article carrying an entity a term names gains (<see cref="EntityNames"/>): more than the words of
    /// a term ever score, so those articles come first and the words order them and the rest.</summary>
    internal const float EntityBoost = 1000f;

    /// <summary>What an article whose title holds the term gains (times the title clause's boost): more than the words of a
    /// term ever score in a body, so title matches come after the entity's articles and before the other matches. It also
    /// makes a search's top hits provable from the title matches alone (<see cref="ArticleSearcher"/>, candidates), so a
    /// term in most of the archive does not have to be scored in every article.</summary>
    internal const float TitleMatchBoost = 100f;

    /// <param name="exact">null: words only, as before exact matching (for comparisons).</param>
    /// <param name="entities">The index's zone and company names; null: terms naming one rank by words alone.</param>
    /// <param name="countStrings">Rank a term the segmenter cuts into several words by the string's own count
    /// (<see cref="StringCountQuery"/>); false: by the phrase of its words and the words, as before (for comparisons).</param>
    public ExactQueryParser(string field, Analyzer wordAnalyzer, ExactQueryBuilder? exact, EntityNames? entities = null, bool countStrings = true)
        : base(IndexSchema.Version, field, wordAnalyzer)
    {
        _exact = exact;
        _entities = entities;
        _countStrings = countStrings;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = true;
    }

    private bool _sloppy;

    /// <summary>id:VALUE matches the id exactly as stored (ids are file names with #N, or URLs), not as the
    /// analyzer would cut it into words: every id the tool prints can be looked up, quoted when it holds
    /// characters of the query syntax (id:"127.0.0.1/html/2023-03/15/content_1.htm"). The facet fields are exact
    /// values too (zone:东湖高新区, month:2023-03), matched as --filter matches them.</summary>
    private static Query? KeywordQuery(string field, string value) =>
        field == IndexSchema.Id || IndexSchema.FacetFields.Contains(field) ? new TermQuery(new Lucene.Net.Index.Term(field, value)) : null;

    /// <summary>A phrase with slop ("光谷 企业"~5) asks for words near each other, not for a string: word-based.</summary>
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (KeywordQuery(field, queryText) is { } keyword) return keyword;
        _sloppy = slop > 0;
        try
        {
            return base.GetFieldQuery(field, queryText, slop);
        }
        finally
        {
            _sloppy = false;
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (KeywordQuery(field, queryText) is { } keyword) return keyword;
        var exactField = IndexSchema.ExactFieldOf(field);
        if (exactField == null || _sloppy || _exact == null) return base.GetFieldQuery(field, queryText, quoted);
        var exact = _exact.Build(exactField, queryText);
        var words = base.GetFieldQuery(field, queryText, false);
        if (exact == null) return words;
        exact = ImpliedByWord(exact, words, queryText);
        var phraseOfWords = base.GetFieldQuery(field, queryText, true);
        var scoring = _countStrings && IsOfSeveralWords(phraseOfWords) && exact is WordImpliedPhraseQuery { Word: null } implied
            ? new StringCountQuery(implied.Phrase, field)
            : Scoring(words, phraseOfWords);
        var match = new ExactMatchQuery(queryText, exact, scoring, field == IndexSchema.Title ? TitleMatchBoost : ExactMatchQuery.ConditionBoost);
        // Only the unqualified text names entities: title:… asks about titles.
        if (_entities != null && field == IndexSchema.Text)
            foreach (var boost in _entities.BoostsFor(queryText, EntityBoost)) match.AddEntityBoost(boost);
        return match;
    }

    /// <summary>The bigram phrase of a term as a <see cref="WordImpliedPhraseQuery"/>, which only asks whether a document holds
    /// the phrase. When the word analyzer keeps the term whole (one word equal to the term, folded alike, all Han), the
    /// documents holding that word need no position check. Latin and digits are left to the phrase's positions, whose rule
    /// for them (whole words only) a word token does not carry.</summary>
    private static Query ImpliedByWord(Query exact, Query? words, string text)
    {
        if (exact is not PhraseQuery phrase) return exact;
        var word = words is TermQuery { Term: var kept } && text.All(Analysis.ExactTextAnalyzer.IsHan)
                                                          && kept.Text == Analysis.ExactTextAnalyzer.Fold(text) ? kept : null;
        return new WordImpliedPhraseQuery(phrase, word);
    }

    /// <summary>Whether the word analyzer cut the text into several words (its quoted form is a phrase of them).</summary>
    private static bool IsOfSeveralWords(Query? phraseOfWords) => phraseOfWords is PhraseQuery or MultiPhraseQuery;

    /// <summary>How an exact match is ranked, by words alone (when its string is not counted, <see cref="StringCountQuery"/>): when the segmenter cuts the term into several words,
    /// the phrase of those words (an article naming 苏州恒远精密制造有限公司 three times before one that names it once;
    /// the words OR'd alone would rank by how often 苏州 and 有限公司 occur anywhere) plus the words OR'd, which still
    /// rank the articles where the text was cut otherwise.</summary>
    private static Query? Scoring(Query? words, Query? phrase)
    {
        if (words == null || !IsOfSeveralWords(phrase)) return words;
        return new BooleanQuery { { phrase, Occur.SHOULD }, { words, Occur.SHOULD } };
    }
}

/// <summary>"Contains this text": the exact-match condition (which adds nothing to the score) and the word
/// query that ranks. Kept as its own type so snippets know to mark the text itself, not its words apart.</summary>
internal sealed class ExactMatchQuery : BooleanQuery
{
    /// <summary>Scores add the constant clause's weight; kept tiny so ranking is the words' (the title's is
    /// <see cref="ExactQueryParser.TitleMatchBoost"/>).</summary>
    internal const float ConditionBoost = 1e-4f;

    public ExactMatchQuery(string text, Query exact, Query? words, float conditionBoost = ConditionBoost) : base(disableCoord: true)
    {
        Text = text;
        Condition = exact;
        Words = words;
        Add(new ConstantScoreQuery(exact) { Boost = conditionBoost }, Occur.MUST);
        if (words != null) Add(words, Occur.SHOULD);
    }

    /// <summary>The same query, scoring alike, with another condition deciding which documents match (the candidate pass
    /// of <see cref="ArticleSearcher"/> uses one it has already proven).</summary>
    public ExactMatchQuery WithCondition(Query condition)
    {
        var copy = new ExactMatchQuery(Text, condition, Words, Clauses[0].Query.Boost) { Boost = Boost };
        foreach (var entity in _entityBoosts) copy.AddEntityBoost(entity);
        return copy;
    }

    /// <summary>The query text as the user wrote it (one term or the inside of a quoted phrase).</summary>
    public string Text { get; }

    /// <summary>Which documents match: the text as written in the exact-match field.</summary>
    public Query Condition { get; }

    /// <summary>What ranks the matches: the word, the words or the string's count (null when the text has no word the analyzer keeps).</summary>
    public Query? Words { get; }

    /// <summary>The constant-score clauses of the entities the text names (<see cref="EntityNames"/>).</summary>
    public IReadOnlyList<Query> EntityBoosts => _entityBoosts;
    private readonly List<Query> _entityBoosts = new();

    /// <summary>Adds a clause that ranks the documents carrying an entity first; it does not change which match.</summary>
    public void AddEntityBoost(Query boost)
    {
        _entityBoosts.Add(boost);
        Add(boost, Occur.SHOULD);
    }

    /// <summary>The most a document outside the entity boosts' documents can score on this query (the condition's
    /// constant and the words' ceiling), scaled by <paramref name="boost"/>.</summary>
    public float CeilingWithoutEntities(IndexReader reader, float boost) =>
        ScoreCeiling.Of(Clauses[0].Query, reader, boost * Boost) + (Words == null ? 0f : ScoreCeiling.Of(Words, reader, boost * Boost));
}
