using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Newtonsoft.Json;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Index;

/// <summary>Reads the index at a folder: full-text search with filters, facets and snippets, figures as
/// data, and every stored record. It sees the index as of the last commit when it was opened.</summary>
public sealed class ArticleSearcher : IDisposable
{
    private static readonly ISet<string> HitFields = new HashSet<string>
    {
        IndexSchema.Id, IndexSchema.Title, IndexSchema.Published, IndexSchema.ZoneNames, IndexSchema.EnterpriseNames,
        IndexSchema.Record,
    };
    private static readonly ISet<string> HitFieldsWithoutRecord = new HashSet<string>(HitFields.Where(f => f != IndexSchema.Record));
    private static readonly ISet<string> RecordFields = new HashSet<string> { IndexSchema.Record };
    private static readonly ISet<string> FigureFields = new HashSet<string> { IndexSchema.Figure, IndexSchema.FigureIndex };

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly LeafParallelSearcher _searcher;
    private readonly Analyzer _queryAnalyzer;
    private readonly ExactQueryBuilder? _exact;
    private readonly Lazy<EntityNames> _entities;

    /// <summary>Whether a term naming a known zone or company ranks the articles carrying it first (the default);
    /// false ranks by words alone, as before: the search-quality check compares the two.</summary>
    internal bool RankEntitiesFirst { get; set; } = true;
    /// <summary>Whether a term the segmenter cuts into several words (a quoted phrase, 技术企业) ranks by how often the string
    /// itself occurs (<see cref="StringCountQuery"/>; the default), which a search can bound without positions; false ranks
    /// by the phrase of its words and the words, as before. The matches are the same, the order may differ: the
    /// search-quality check and the benchmark compare the two.</summary>
    public bool RankStringsByCount { get; set; } = true;
    /// <summary>Whether a one-term search ranked by relevance scores only the candidates that can reach its top hits when
    /// that is provably enough, and otherwise only the matches whose bound can (the default); false scores every match. The results are the same: tests compare the two.</summary>
    internal bool RankByCandidates { get; set; } = true;

    /// <summary>Whether a one-term search that the candidates cannot prove scores only the matches whose bound can reach its
    /// top hits (<see cref="BoundedRanking"/>; the default); false scores every match, as before. The results are the same
    /// (tests compare the two); the switch is there to measure the one against the other in one process.</summary>
    public bool RankWithBounds { get; set; } = true;

    /// <summary>Searches whose top hits came from the candidates alone, since the searcher was opened (for tests and the benchmark).</summary>
    public int CandidateSearches => _candidateSearches;
    private int _candidateSearches;

    /// <summary>Whether a one-term search without facets whose total needs a pass over its matches (a condition of several
    /// bigrams) and whose titles are a quarter or more of them is ranked with bounds in that pass (the default), rather than
    /// by scoring its title matches first and counting after (<see cref="BoundedFirst"/>). The results are the same (tests
    /// compare the two); the switch is there to measure the one against the other in one process.</summary>
    public bool BoundBroadTerms { get; set; } = true;

    /// <summary>Whether the exact-match condition of a broad string (one whose rarest bigram is in as many articles as a broad
    /// search matches, <see cref="BroadResultCache.IsBroad"/>) is decided once per segment and kept (<see cref="KeptMatchesQuery"/>;
    /// the default), with its total and facet counts per segment: a repeated near-universal string (州高新, 技术企业, 高新 with
    /// facets) then reads a bit set, or nothing, instead of its postings' positions and every match's facet values. The
    /// matches, totals and facets are the same (tests compare the two); false decides every search on the postings.</summary>
    public bool KeepBroadMatches { get; set; } = true;

    /// <summary>Exact matches whose condition was kept per segment, since the searcher was opened (for tests).</summary>
    internal int KeptConditions => _keptConditions;
    private int _keptConditions;

    /// <summary>Searches ranked with bounds (<see cref="BoundedRanking"/>), since the searcher was opened.</summary>
    public int BoundedSearches => _boundedSearches;
    private int _boundedSearches;
    /// <summary>Of the matches of those searches, how many were counted and how many scored.</summary>
    public (long Counted, long Scored) BoundedMatches => (Interlocked.Read(ref _boundedCounted), Interlocked.Read(ref _boundedScored));
    private long _boundedCounted, _boundedScored;

    /// <summary>Whether the results of broad searches are kept for the searcher's life and a repeated search (another page
    /// of it, the same query asked again) answered from them (the default; <see cref="BroadResultCache"/>). The answers are
    /// the same: the searcher reads one commit. False decides every search on the index (the benchmark's first-time cost).</summary>
    public bool CacheBroadResults { get; set; } = true;

    /// <summary>Searches answered from the broad results kept, since the searcher was opened.</summary>
    public int CachedSearches => _cachedSearches;
    private int _cachedSearches;
    /// <summary>The broad results kept (for tests, which lower what counts as broad on a small archive).</summary>
    internal BroadResultCache BroadResults => _broadResults;
    private readonly BroadResultCache _broadResults = new();
    private readonly Lazy<int> _articleCount;

    /// <summary>Segments a search runs at once (default 1). More helps a broad query's wall time on a machine whose cores are
    /// free; the results are the same.</summary>
    public int SearchThreads
    {
        get => _searcher.Parallelism;
        set => _searcher.Parallelism = Math.Max(1, value);
    }

    /// <summary>The segment searcher, for tests that compare a search on all cores with one on one.</summary>
    internal LeafParallelSearcher Segments => _searcher;
    private readonly SnippetBuilder _snippets;
    private readonly Filter _articles;
    private readonly Filter _figures;
    private readonly Lazy<string[]> _metrics;

    private ArticleSearcher(LuceneDirectory directory, Analyzer analyzer)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        // One segment after the other by default: on the shared 2-core machine the parallel search measured slower in wall
        // time (tasks waiting for a core) and no cheaper in CPU (docs/performance.md); SearchThreads opts in.
        _searcher = new LeafParallelSearcher(_reader, 1) { Similarity = RankingSimilarity.Instance };
        _queryAnalyzer = new QueryAnalyzer(analyzer);
        // An index written before exact matching has no bigram field: it is searched by words, as it was, until re-indexed.
        _exact = ExactQueryBuilder.For(_reader);
        _entities = new Lazy<EntityNames>(() => EntityNames.Read(_reader));
        _snippets = new SnippetBuilder(analyzer);
        _articles = new BitSetFilter(new QueryWrapperFilter(TypeQuery(IndexSchema.ArticleType)));
        _figures = new BitSetFilter(new QueryWrapperFilter(TypeQuery(IndexSchema.FigureType)));
        _metrics = new Lazy<string[]>(() => TermsOf(_reader, IndexSchema.Metric));
        _articleCount = new Lazy<int>(() => CountArticles(_reader));
    }

    /// <summary>Opens the committed index at <paramref name="path"/>.</summary>
    /// <param name="analyzer">The words analyzer the index was written with; by default the project's.</param>
    /// <exception cref="DirectoryNotFoundException">No index there.</exception>
    public static ArticleSearcher Open(string path, Analyzer? analyzer = null)
    {
        if (!ArticleIndex.Exists(path)) throw new DirectoryNotFoundException($"no index at {path}");
        return new ArticleSearcher(FSDirectory.Open(path), analyzer ?? IndexSchema.CreateAnalyzer());
    }

    /// <summary>Reads now, segment by segment, what a segment's first searches would otherwise read (as Lucene's
    /// SearcherFactory warms a searcher and Elasticsearch loads eager global ordinals before serving): the article and figure
    /// sets, the match sets written with the segment (<see cref="IndexedMatchSets"/>), each facet field's ordinals and the
    /// index's values of them (<see cref="SegmentOrdinals"/>, <see cref="IndexOrdinals"/>), the primary zone's ordinals and
    /// the publication numbers coverage reads, the entity names, the metric terms and the article count. The answers are the
    /// same warmed or not; what moves is when the reading is paid: here, once, instead of in the first searches that touch each
    /// segment (a p99 over a few dozen searches is its slowest one). Segments are read on up to two cores. Memory is what those
    /// searches would have taken, taken up front (every facet field's ordinals, asked or not).</summary>
    /// <returns>What was read: the segments and the match-set strings loaded.</returns>
    public WarmedSearcher Warm()
    {
        var leaves = _reader.Leaves;
        var strings = 0;
        Parallel.ForEach(leaves, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 2)) }, leaf =>
        {
            _articles.GetDocIdSet(leaf, null);
            _figures.GetDocIdSet(leaf, null);
            Interlocked.Add(ref strings, IndexedMatchSets.Load(leaf));
            foreach (var field in IndexSchema.FacetFields.Append(IndexSchema.PrimaryZone)) SegmentOrdinals.Of(leaf.AtomicReader, field);
            SegmentNumbers.Of(leaf.AtomicReader, IndexSchema.PublishedSort);
        });
        // The index's values of each facet field: built from every segment's labels, once per reader.
        if (leaves.Count > 0)
            foreach (var field in IndexSchema.FacetFields) IndexOrdinals.Of(leaves[0], field);
        _ = _articleCount.Value;
        _ = _metrics.Value;
        if (_exact != null && RankEntitiesFirst) _ = _entities.Value;
        return new WarmedSearcher(leaves.Count, strings);
    }

    /// <summary>Facet and filter fields: zone, enterprise, year, month, author, page.</summary>
    public static IReadOnlyList<string> FacetFields => IndexSchema.FacetFields;

    public int ArticleCount => _articleCount.Value;

    /// <summary>False once the index has a commit newer than the one this searcher sees.</summary>
    public bool IsCurrent()
    {
        try
        {
            return _reader.IsCurrent();
        }
        catch (IOException)
        {
            // The index is being rewritten at this moment; keep serving what is open and look again later.
            return true;
        }
    }

    internal static int CountArticles(IndexReader reader)
    {
        var counter = new TotalHitCountCollector();
        new IndexSearcher(reader).Search(TypeQuery(IndexSchema.ArticleType), counter);
        return counter.TotalHits;
    }

    /// <exception cref="QuerySyntaxException">The query is not valid classic syntax.</exception>
    /// <exception cref="ArgumentException">An unknown facet or filter field, a bad date or a negative limit.</exception>
    public SearchResult Search(SearchRequest request)
    {
        if (request.Limit < 0 || request.Offset < 0) throw new ArgumentException("limit and offset must not be negative");
        var (query, filter, terms) = ArticleQuery(request);

        var wanted = Math.Max(1, request.Offset + request.Limit);
        var byDate = request.Sort == SearchSort.Date || string.IsNullOrWhiteSpace(request.Query);
        var facetFields = request.Facets.Distinct().ToList();
        var key = CacheBroadResults ? BroadResultCache.Key.Of(request, byDate, facetFields, RankEntitiesFirst, RankByCandidates, RankStringsByCount) : null;
        var found = key != null ? _broadResults.Find(key) : null;
        if (found != null && found.Covers(wanted)) Interlocked.Increment(ref _cachedSearches);
        else
        {
            found = Decide(query, filter, request, byDate, found == null ? wanted : BroadResultCache.DeeperHits(wanted), facetFields);
            if (key != null) _broadResults.AddIfBroad(key, found, _articleCount.Value);
        }

        var hits = found.Top.Skip(request.Offset).Take(request.Limit).Select(sd => ToHit(sd, terms, request.MaxSnippets)).ToList();
        return new SearchResult { Total = found.Total, Hits = hits, Facets = found.Facets };
    }

    /// <summary>A search's total, facets and first <paramref name="wanted"/> hits, decided on the index.</summary>
    private BroadResultCache.Entry Decide(Query query, Filter filter, SearchRequest request, bool byDate, int wanted, IReadOnlyList<string> facetFields)
    {
        var sort = byDate ? DateSort() : null;
        TopDocs topDocs;
        FacetCollector? facets;
        var bounded = byDate ? null : BoundedFirst(query, filter, request);
        if (!byDate && bounded == null && TopByCandidates(query, filter, request, wanted) is { } candidateTop)
        {
            // The top hits are proven to be among the candidates; which articles match (the total, the facets) is counted
            // without scoring any of them.
            topDocs = candidateTop;
            (topDocs.TotalHits, facets) = CountMatches(query, filter, request, facetFields);
        }
        else if (!byDate && (bounded ?? Bounded(query, filter)) is { } ranking)
        {
            // Every match decided and counted; only those whose bound can reach the top hits scored.
            (topDocs, facets) = ranking.Search(wanted, facetFields);
            Interlocked.Increment(ref _boundedSearches);
            Interlocked.Add(ref _boundedCounted, topDocs.TotalHits);
            Interlocked.Add(ref _boundedScored, ranking.Scored);
        }
        else
        {
            // Each segment into its own top-hits and facet collectors (segments run on all cores), merged after.
            var segments = _searcher.SearchLeaves(query, filter, () => new SegmentCollector(sort, wanted, facetFields));
            topDocs = TopDocs.Merge(sort, 0, wanted, segments.Select(s => s.TopDocs()).ToArray());
            facets = facetFields.Count > 0 ? FacetCollector.Merge(facetFields, segments.Select(s => s.Facets!)) : null;
        }
        return new BroadResultCache.Entry(topDocs.TotalHits, topDocs.ScoreDocs,
            facets?.Result(request.FacetLimit) ?? new Dictionary<string, IReadOnlyList<FacetValue>>());
    }

    /// <summary>The top hits of a one-term (or one-phrase) search ranked by relevance, found by scoring only the candidates
    /// that can outrank everything else: the articles whose title holds the term and those carrying an entity it names.
    /// Every other match scores below <see cref="ExactMatchQuery.CeilingWithoutEntities"/> (BM25 saturates,
    /// <see cref="RankingSimilarity"/>); when the candidates' <paramref name="wanted"/>-th score is above that ceiling,
    /// their top hits are the search's, in the same order and with the same scores as scoring every match would give.
    /// Null when the query has another shape or the candidates do not prove it: the caller then scores every match.</summary>
    private TopDocs? TopByCandidates(Query query, Filter filter, SearchRequest request, int wanted)
    {
        if (!RankByCandidates || !IsOneTerm(query, out var combined, out var body, out var title)) return null;
        // With facets, worth it only when the titles holding the term are a small part of its matches: the count pass then
        // reads every match's facet values, and scoring the candidates before it costs more than scoring every match once
        // when most matches are candidates. Without facets the count pass reads the exact-match condition alone (or the
        // term's document frequency), far less than scoring: a broad term (高新区, in a third of the titles) is cheaper
        // scored in its titles and counted than scored in every article.
        var mostCandidates = MostDocs(title.Condition);
        // Kept matches carry their facet counts, so then the count pass reads nothing per match and the gate does not apply.
        if (request.Facets.Count > 0 && mostCandidates * CandidateShare > MostDocs(body.Condition) && !CountedFromKept(query, filter)) return null;
        // Nor when they cannot fill the page: a phrase of a body is in few titles, and the pass would be wasted.
        foreach (var entity in body.EntityBoosts) mostCandidates += MostDocs(((ConstantScoreQuery)entity).Query);
        if (mostCandidates < wanted) return null;
        var ceiling = body.CeilingWithoutEntities(_reader, combined.Boost);
        if (!float.IsFinite(ceiling)) return null;
        var candidates = new BooleanQuery { { title.Condition, Occur.SHOULD } };
        foreach (var entity in body.EntityBoosts) candidates.Add(entity, Occur.SHOULD);
        // The candidates lead and the query is advanced to each of them: the other matches are never visited.
        var candidateQuery = new FilteredQuery(OnTitleMatches(combined, body, title), new QueryWrapperFilter(candidates),
            FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        var segments = _searcher.SearchLeaves(candidateQuery, filter, () => new SegmentCollector(null, wanted, Array.Empty<string>()));
        var tops = segments.Select(s => s.TopDocs()).ToArray();
        var all = TopDocs.Merge(null, 0, wanted, tops);
        if (all.ScoreDocs.Length < wanted || !(all.ScoreDocs[wanted - 1].Score > ceiling)) return null;
        Interlocked.Increment(ref _candidateSearches);
        return all;
    }

    /// <summary>The bounded ranking of a one-term (or one-phrase) search ranked by relevance (<see cref="BoundedRanking"/>);
    /// null when the query has another shape or a clause without a bound, or <see cref="RankByCandidates"/> or
    /// <see cref="RankWithBounds"/> is off.</summary>
    private BoundedRanking? Bounded(Query query, Filter filter) =>
        RankByCandidates && RankWithBounds && IsOneTerm(query, out var combined, out var body, out var title)
            ? BoundedRanking.For(_searcher, combined, body, title, filter, KeptWhole(query, filter))
            : null;

    /// <summary>Whether the total and facet counts of <paramref name="query"/> come from kept matches in every segment, with no
    /// pass over them: a one-term search over the articles whose broad condition every segment (none with deletions) keeps.</summary>
    private bool CountedFromKept(Query query, Filter filter) =>
        !_reader.HasDeletions && KeptWhole(query, filter) is { } kept && _searcher.LeafContexts.All(leaf => KeptMatches.Find(leaf, kept.Condition) != null);

    /// <summary>The kept condition of a one-term search whose matches are exactly that condition's (the article filter alone:
    /// only articles have the exact-match field), so that a segment without deletions takes its total and facet counts from
    /// the kept matches; null otherwise.</summary>
    private KeptMatchesQuery? KeptWhole(Query query, Filter filter) =>
        ReferenceEquals(filter, _articles) && IsOneTerm(query, out _, out var body, out _) && body.Condition is KeptMatchesQuery kept ? kept : null;

    /// <summary><paramref name="query"/> with the condition of every exact match of a broad string kept per segment
    /// (<see cref="KeepBroadMatches"/>); decided whole where not kept yet only when <paramref name="decide"/> (a one-term
    /// search over the articles, which visits every match anyway). A condition of one bigram is kept only for a search with
    /// facets (<paramref name="facets"/>): its postings are read as fast as a bit set and its total is its document
    /// frequency, so only the facet counts kept with it save work.</summary>
    private Query KeepBroadConditions(Query query, bool decide, bool facets)
    {
        switch (query)
        {
            case ExactMatchQuery exact:
                return (exact.Condition is PhraseQuery or WordImpliedPhraseQuery or MultiPhraseQuery || facets && exact.Condition is TermQuery)
                       && _broadResults.IsBroad((int)Math.Min(int.MaxValue, MostDocs(exact.Condition)), _articleCount.Value)
                    ? Kept(exact)
                    : exact;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) clause.Query = KeepBroadConditions(clause.Query, decide, facets);
                return boolean;
            default:
                return query;
        }

        ExactMatchQuery Kept(ExactMatchQuery exact)
        {
            Interlocked.Increment(ref _keptConditions);
            return exact.WithCondition(new KeptMatchesQuery(exact.Condition, decide));
        }
    }

    /// <summary>The bounded ranking of a one-term search without facets that the candidates would serve badly: its total
    /// needs a pass over every match anyway (<see cref="CountedFromDocFreq"/> cannot say it), and its titles are a quarter or
    /// more of its matches (<see cref="CandidateShare"/>, as with facets), so scoring them before that pass costs more than
    /// bounding every match in it (高新区, in a third of the titles: every title match scored, then every match read again
    /// to count). Null otherwise, or when <see cref="BoundBroadTerms"/> is off or the words have no bound.</summary>
    private BoundedRanking? BoundedFirst(Query query, Filter filter, SearchRequest request)
    {
        if (!BoundBroadTerms || request.Facets.Count > 0 || !IsOneTerm(query, out _, out var body, out var title)
            || CountedFromDocFreq(query, filter, request.Facets) || CountedFromKept(query, filter)
            || MostDocs(title.Condition) * CandidateShare <= MostDocs(body.Condition))
            return null;
        return Bounded(query, filter);
    }

    /// <summary>Whether <paramref name="query"/> is a one-term (or one-phrase) search as <see cref="ParseQuery"/> builds it: the
    /// body's exact match, required, and the title's, optional.</summary>
    private static bool IsOneTerm(Query query, out BooleanQuery combined, out ExactMatchQuery body, out ExactMatchQuery title)
    {
        combined = null!;
        body = title = null!;
        if (query is not BooleanQuery { Clauses.Count: 2 } boolean
            || boolean.Clauses[0] is not { Occur: Occur.MUST, Query: ExactMatchQuery bodyClause }
            || boolean.Clauses[1] is not { Occur: Occur.SHOULD, Query: ExactMatchQuery titleClause })
            return false;
        (combined, body, title) = (boolean, bodyClause, titleClause);
        return true;
    }

    /// <summary>The query as it scores on candidates that are all title matches (no entity adds others): the searchable text
    /// begins with the title (<see cref="IndexSchema.SearchableText"/>), so an article whose title holds the term holds it in
    /// its text, and the body's exact condition, whose positions a term of several bigrams reads, is not checked again. Its
    /// clause stays, on every document, with the same constant: the scores are those of <paramref name="query"/>.</summary>
    private static Query OnTitleMatches(BooleanQuery query, ExactMatchQuery body, ExactMatchQuery title)
    {
        return body.EntityBoosts.Count > 0 ? query : BoundedRanking.WithoutBodyCondition(query, body, title);
    }

    /// <summary>With facets, the candidates (title matches) are tried when at most this share of the matches (1 in 4), by
    /// the document frequencies of their terms.</summary>
    private const int CandidateShare = 4;

    /// <summary>An upper bound of the documents an exact-match condition matches, from its terms' document frequencies
    /// (a phrase: its rarest term; a position of alternatives: their sum); long.MaxValue when not known.</summary>
    private long MostDocs(Query condition) => condition switch
    {
        TermQuery term => _reader.DocFreq(term.Term),
        PhraseQuery phrase when phrase.GetTerms().Length > 0 => phrase.GetTerms().Min(t => (long)_reader.DocFreq(t)),
        WordImpliedPhraseQuery implied => MostDocs(implied.Phrase),
        KeptMatchesQuery kept => MostDocs(kept.Condition),
        MultiPhraseQuery multi when multi.GetTermArrays().Count > 0 => multi.GetTermArrays().Min(a => a.Sum(t => (long)_reader.DocFreq(t))),
        _ => long.MaxValue,
    };

    /// <summary>How many articles match, and their facet counts, with no score computed. A term whose exact-match
    /// condition is one indexed bigram, on an index without deletions and with no filter but the article type, is
    /// counted from the term's document frequency: only articles have the exact-match field.</summary>
    private (int Total, FacetCollector? Facets) CountMatches(Query query, Filter filter, SearchRequest request, IReadOnlyList<string> facetFields)
    {
        if (CountedFromDocFreq(query, filter, facetFields)) return (_reader.DocFreq(TermOfCondition(query)), null);
        var kept = KeptWhole(query, filter);
        var weight = _searcher.WeightOf(new ConstantScoreQuery(query), filter);
        var leaves = _searcher.LeafContexts;
        var segments = new MatchCounter[leaves.Count];
        _searcher.ForEachLeaf(i =>
        {
            segments[i] = new MatchCounter(facetFields);
            // A segment without deletions whose matches are kept is counted from them; any other is searched.
            if (kept != null && leaves[i].AtomicReader.LiveDocs == null && kept.MatchesIn(_searcher, leaves[i]) is { } matches)
                segments[i].AddKept(leaves[i], matches);
            else _searcher.SearchLeaf(weight, i, segments[i]);
        });
        var total = segments.Sum(s => s.Count);
        return (total, facetFields.Count > 0 ? FacetCollector.Merge(facetFields, segments.Select(s => s.Facets!)) : null);
    }

    /// <summary>Whether the matches of <paramref name="query"/> are counted from a term's document frequency, without a pass
    /// over them: see <see cref="CountMatches"/>.</summary>
    private bool CountedFromDocFreq(Query query, Filter filter, IReadOnlyList<string> facetFields) =>
        facetFields.Count == 0 && ReferenceEquals(filter, _articles) && !_reader.HasDeletions
        && query is BooleanQuery { Clauses: [{ Query: ExactMatchQuery body }, ..] }
        && Unkept(body.Condition) is TermQuery term && term.Term.Field is IndexSchema.TextExact or IndexSchema.LegacyTextExact;

    private static Term TermOfCondition(Query query) =>
        ((TermQuery)Unkept(((ExactMatchQuery)((BooleanQuery)query).Clauses[0].Query).Condition)).Term;

    /// <summary>The condition itself, whether or not its matches are kept.</summary>
    private static Query Unkept(Query condition) => condition is KeptMatchesQuery kept ? kept.Condition : condition;

    /// <summary>Counts one segment's matches and, when asked, their facet values; no scores.</summary>
    private sealed class MatchCounter : ICollector
    {
        public MatchCounter(IReadOnlyList<string> facetFields) => Facets = facetFields.Count > 0 ? new FacetCollector(facetFields) : null;

        public int Count { get; private set; }
        public FacetCollector? Facets { get; }
        public bool AcceptsDocsOutOfOrder => Facets == null;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => Facets?.SetNextReader(context);

        public void Collect(int doc)
        {
            Count++;
            Facets?.Collect(doc);
        }

        /// <summary>Counts a whole segment's kept matches instead of collecting them.</summary>
        public void AddKept(AtomicReaderContext segment, SegmentMatches matches)
        {
            Count += matches.Count;
            Facets?.AddKept(segment, matches);
        }
    }

    /// <summary>The date and zones of every article matching <paramref name="request"/> (its query and filters; limit,
    /// sort, facets and snippets are ignored), in index order, read from doc values: coverage over a whole
    /// archive without touching a stored record.</summary>
    /// <exception cref="QuerySyntaxException">The query is not valid classic syntax.</exception>
    /// <exception cref="ArgumentException">An unknown filter field or a bad date.</exception>
    public IReadOnlyList<ArticleZones> DatedZones(SearchRequest request)
    {
        var (query, filter, _) = ArticleQuery(request);
        // Matches only, no scores: the word and title clauses that only rank are then never read.
        var segments = _searcher.SearchLeaves(new ConstantScoreQuery(query), filter, () => new ArticleZonesCollector());
        return ArticleZonesCollector.Rows(segments);
    }

    /// <summary>The ids of every article matching a query (classic syntax, as <see cref="Search"/> takes it), read
    /// from doc values: for checks of the whole hit set.</summary>
    /// <exception cref="QuerySyntaxException">The query is not valid classic syntax.</exception>
    public IReadOnlyCollection<string> MatchingIds(string query) => MatchingIds(query, exact: true);

    /// <param name="exact">False parses as before exact matching (a term's words OR'd): the evaluation's reference.</param>
    internal IReadOnlyCollection<string> MatchingIds(string query, bool exact)
    {
        var (parsed, filter, _) = ArticleQuery(new SearchRequest { Query = query }, exact);
        var collector = new IdCollector();
        _searcher.Search(new ConstantScoreQuery(parsed), filter, collector);
        return collector.Ids;
    }

    private sealed class IdCollector : ICollector
    {
        private SortedDocValues? _ids;
        private readonly BytesRef _scratch = new();

        public List<string> Ids { get; } = new();
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _ids = context.AtomicReader.GetSortedDocValues(IndexSchema.IdSort);

        public void Collect(int doc)
        {
            _ids!.Get(doc, _scratch);
            Ids.Add(_scratch.Utf8ToString());
        }
    }

    /// <summary>The query and the filter (article documents, zones, enterprises, facet values, dates) of a search.</summary>
    private (Query Query, Filter Filter, HighlightTerms Terms) ArticleQuery(SearchRequest request, bool exact = true)
    {
        foreach (var field in request.Facets.Concat(request.Filters.Keys))
            if (!IndexSchema.FacetFields.Contains(field))
                throw new ArgumentException($"unknown facet field '{field}' (known: {string.Join(", ", IndexSchema.FacetFields)})");
        var (query, terms) = ParseQuery(request.Query, exact);
        var filter = new BooleanQuery();
        AddAnyOf(filter, IndexSchema.Zone, request.Zones);
        AddAnyOf(filter, IndexSchema.Enterprise, request.Enterprises);
        foreach (var (field, values) in request.Filters) AddAnyOf(filter, field, values);
        AddDateRange(filter, request.From, request.To);
        if (exact && KeepBroadMatches && _exact != null) query = KeepBroadConditions(query, filter.Clauses.Count == 0 && IsOneTerm(query, out _, out _, out _), request.Facets.Count > 0);
        return (query, Combine(_articles, filter), terms);
    }

    /// <exception cref="ArgumentException">A bad date or a negative limit.</exception>
    public FigureResult Figures(FigureQuery request)
    {
        if (request.Limit < 0 || request.Offset < 0) throw new ArgumentException("limit and offset must not be negative");
        var filter = new BooleanQuery();
        AddAnyOf(filter, IndexSchema.Zone, request.Zones);
        AddAnyOf(filter, IndexSchema.Enterprise, request.Enterprises);
        if (!string.IsNullOrWhiteSpace(request.Metric)) filter.Add(MetricContaining(request.Metric.Trim()), Occur.MUST);
        if (request.Unit != null) filter.Add(new TermQuery(new Term(IndexSchema.Unit, request.Unit)), Occur.MUST);
        if (request.Kind != null) filter.Add(new TermQuery(new Term(IndexSchema.Kind, request.Kind)), Occur.MUST);
        if (request.Min != null)
            filter.Add(NumericRangeQuery.NewDoubleRange(IndexSchema.ValueHigh, IndexSchema.PrecisionStep, (double)request.Min.Value, null, true, true), Occur.MUST);
        if (request.Max != null)
            filter.Add(NumericRangeQuery.NewDoubleRange(IndexSchema.Value, IndexSchema.PrecisionStep, null, (double)request.Max.Value, true, true), Occur.MUST);
        AddDateRange(filter, request.From, request.To);
        AddAnyOf(filter, IndexSchema.Subject, request.Subjects);
        AddAnyOf(filter, IndexSchema.Indicator, request.Indicators);
        if (request.Target is { } target) filter.Add(new TermQuery(new Term(IndexSchema.Target, target ? "true" : "false")), Occur.MUST);
        if (request.Period != null)
        {
            if (!PublishedDate.TryParseLowerBound(request.Period, out var low) || !PublishedDate.TryParseUpperBound(request.Period, out var high))
                throw new ArgumentException($"period '{request.Period}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            // Overlap: the figure's period starts before the asked one ends and ends after it starts.
            filter.Add(NumericRangeQuery.NewInt32Range(IndexSchema.PeriodLow, IndexSchema.PrecisionStep, null, high, true, true), Occur.MUST);
            filter.Add(NumericRangeQuery.NewInt32Range(IndexSchema.PeriodHigh, IndexSchema.PrecisionStep, low, null, true, true), Occur.MUST);
        }

        var sort = request.Sort == FigureSort.Value
            ? new Sort(new SortField(IndexSchema.Value, SortFieldType.DOUBLE, true), SortField.FIELD_DOC)
            : new Sort(new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, true), SortField.FIELD_DOC);
        var top = TopFieldCollector.Create(sort, Math.Max(1, request.Offset + request.Limit), false, false, false, false);
        // The conditions lead (the rarest term first), the figure set checks: not every document of the index visited.
        _searcher.Search(new ConstantScoreQuery(filter.Clauses.Count == 0 ? new ConstantScoreQuery(_figures) : And(_figures, filter)), top);
        var records = new Dictionary<int, string>();
        var rows = top.GetTopDocs(request.Offset, request.Limit).ScoreDocs.Select(sd => FigureRowAt(sd.Doc, records)).ToList();
        return new FigureResult { Total = top.TotalHits, Rows = rows };
    }

    /// <summary>The row of the figure document <paramref name="doc"/>: made from its article's stored record (each read once
    /// per call, kept in <paramref name="records"/>), or read as stored by indexes written before.</summary>
    private FigureRow FigureRowAt(int doc, Dictionary<int, string> records)
    {
        var fields = _searcher.Doc(doc, FigureFields);
        if (fields.Get(IndexSchema.Figure) is { } stored) return JsonConvert.DeserializeObject<FigureRow>(stored, RecordJson.Settings)!;
        var index = fields.GetField(IndexSchema.FigureIndex)?.GetInt32Value()
                    ?? throw new InvalidDataException($"figure document {doc} has neither its row nor its place in the article");
        // An article's block is its document followed by its figures, in order; merges keep blocks together.
        var articleDoc = doc - index - 1;
        if (!records.TryGetValue(articleDoc, out var json))
            records[articleDoc] = json = _searcher.Doc(articleDoc, RecordFields).Get(IndexSchema.Record);
        return FigureRowOf(json, index);
    }

    private static readonly JsonSerializer RecordReader = JsonSerializer.CreateDefault(RecordJson.Settings);

    /// <summary>The row of a record's figure <paramref name="index"/>, read from the record's JSON without deserialising the
    /// rest of it (body, entities, the other figures): what <see cref="IndexSchema.FigureRowOf"/> needs of the article is
    /// its id, title, date and primary zone.</summary>
    internal static FigureRow FigureRowOf(string recordJson, int index)
    {
        var article = new ArticleRecord();
        FigureEntity? figure = null;
        using var reader = new JsonTextReader(new StringReader(recordJson));
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.PropertyName || reader.Depth != 1) continue;
            switch ((string?)reader.Value)
            {
                case "id": article.Id = reader.ReadAsString()!; break;
                case "title": article.Title = reader.ReadAsString()!; break;
                case "published": article.Published = reader.ReadAsString(); break;
                case "primary_zone": article.PrimaryZone = reader.ReadAsString(); break;
                case "figures":
                    if (!reader.Read() || reader.TokenType != JsonToken.StartArray) break;
                    for (var i = 0; reader.Read() && reader.TokenType != JsonToken.EndArray; i++)
                    {
                        if (i == index) figure = RecordReader.Deserialize<FigureEntity>(reader);
                        else reader.Skip();
                    }
                    break;
                default: reader.Skip(); break;
            }
        }
        return IndexSchema.FigureRowOf(article, figure ?? throw new InvalidDataException($"the stored record has no figure {index}"));
    }

    /// <summary>Every article as it was indexed, in id order (for exports).</summary>
    public IEnumerable<ArticleRecord> Records()
    {
        foreach (var doc in ArticleDocsById())
            yield return RecordJson.Deserialize(_searcher.Doc(doc, RecordFields).Get(IndexSchema.Record));
    }

    /// <summary>The stored record with this id, or null.</summary>
    public ArticleRecord? Get(string id)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST },
            { TypeQuery(IndexSchema.ArticleType), Occur.MUST },
        };
        var top = _searcher.Search(query, 1);
        return top.TotalHits == 0 ? null : RecordJson.Deserialize(_searcher.Doc(top.ScoreDocs[0].Doc, RecordFields).Get(IndexSchema.Record));
    }

    /// <summary>Up to <paramref name="max"/> ids beginning with <paramref name="prefix"/>, in order (to suggest
    /// "101_newsletter.txt#1 …" for "101_newsletter.txt").</summary>
    public IReadOnlyList<string> IdsStartingWith(string prefix, int max)
    {
        if (prefix.Length == 0 || max <= 0) return Array.Empty<string>();
        var top = _searcher.Search(new PrefixQuery(new Term(IndexSchema.Id, prefix)), _articles, max, new Sort(new SortField(IndexSchema.IdSort, SortFieldType.STRING)));
        return top.ScoreDocs.Select(sd => _searcher.Doc(sd.Doc, IdFields).Get(IndexSchema.Id)).ToList();
    }

    private static readonly ISet<string> IdFields = new HashSet<string> { IndexSchema.Id };

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private IEnumerable<int> ArticleDocsById()
    {
        var count = Math.Max(1, CountArticles(_reader));
        var top = _searcher.Search(new MatchAllDocsQuery(), _articles, count, new Sort(new SortField(IndexSchema.IdSort, SortFieldType.STRING)));
        return top.ScoreDocs.Select(sd => sd.Doc);
    }

    private SearchHit ToHit(ScoreDoc scoreDoc, HighlightTerms terms, int maxSnippets)
    {
        // The stored record (most of a document's bytes) is read only when snippets need its body.
        var doc = _searcher.Doc(scoreDoc.Doc, maxSnippets > 0 ? HitFields : HitFieldsWithoutRecord);
        var record = maxSnippets > 0 ? doc.Get(IndexSchema.Record) : null;
        var (url, body) = record != null ? UrlAndBody(record) : (null, "");
        return new SearchHit
        {
            Url = url,
            Body = record != null ? body : null,
            Id = doc.Get(IndexSchema.Id),
            Title = doc.Get(IndexSchema.Title) ?? "",
            Published = doc.Get(IndexSchema.Published),
            Zones = doc.GetValues(IndexSchema.ZoneNames),
            Enterprises = doc.GetValues(IndexSchema.EnterpriseNames),
            Score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
            Snippets = _snippets.Build(body, terms, maxSnippets),
        };
    }

    /// <summary>The body of a stored record, read without deserialising the rest: "body" comes early in the
    /// record's JSON, before the entities and figures that make up most of it.</summary>
    internal static string BodyOf(string recordJson) => UrlAndBody(recordJson).Body;

    /// <summary>The url and body of a stored record, read in one pass that stops at the body: the record's serializer
    /// writes "url" (left out when there is none) before "body", so the entities and figures after it, most of the
    /// record, are never tokenised; a url written after the body is not looked for.</summary>
    internal static (string? Url, string Body) UrlAndBody(string recordJson)
    {
        string? url = null;
        using var reader = new JsonTextReader(new StringReader(recordJson));
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.PropertyName || reader.Depth != 1) continue;
            switch ((string?)reader.Value)
            {
                case "url": url = reader.ReadAsString(); break;
                case "body": return (url, reader.ReadAsString() ?? "");
                default: reader.Skip(); break;
            }
        }
        return (url, "");
    }

    /// <summary>The user's query must match title+body; a match in the title adds to the score.
    /// Terms of a chunk are all required (AND), as users of a Chinese search box expect.</summary>
    private (Query Query, HighlightTerms Terms) ParseQuery(string? text, bool exact)
    {
        if (string.IsNullOrWhiteSpace(text)) return (new MatchAllDocsQuery(), HighlightTerms.None);
        Query body, title;
        try
        {
            body = Parser(IndexSchema.Text, exact).Parse(text);
            title = Parser(IndexSchema.Title, exact).Parse(text);
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException(text, QueryProblems.Explain(text), e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException(text, "it has too many words or expands to too many terms (a wildcard such as 产* matches thousands); use fewer words or a longer prefix", e);
        }
        title.Boost *= IndexSchema.TitleBoost;
        var combined = new BooleanQuery { { AllowPureNegation(body), Occur.MUST } };
        if (!IsPureNegation(title)) combined.Add(title, Occur.SHOULD);
        return (combined, HighlightTermsOf(body));
    }

    private QueryParser Parser(string field, bool exact) =>
        new ExactQueryParser(field, _queryAnalyzer, exact ? _exact : null, exact && RankEntitiesFirst ? _entities.Value : null, RankStringsByCount);

    /// <summary>"-foo" alone means "everything but foo", not nothing.</summary>
    private static Query AllowPureNegation(Query query)
    {
        if (!IsPureNegation(query)) return query;
        ((BooleanQuery)query).Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private static bool IsPureNegation(Query query) =>
        query is BooleanQuery b && b.Clauses.Count > 0 && b.Clauses.All(c => c.Occur == Occur.MUST_NOT);

    /// <summary>What snippets mark: the text of each exact-match clause as written, and the terms of other
    /// clauses (wildcards, fuzzy terms, sloppy phrases) as the index holds them. Words of an exact clause are
    /// not marked apart: 数字经济 marks 数字经济, not every 数字.</summary>
    private HighlightTerms HighlightTermsOf(Query query)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var terms = new HashSet<Term>();
        Collect(query);
        return new HighlightTerms(
            terms.Where(t => t.Field is IndexSchema.Text or IndexSchema.Title).Select(t => t.Text).ToHashSet(StringComparer.Ordinal),
            texts);

        void Collect(Query q)
        {
            switch (q)
            {
                case ExactMatchQuery exact:
                    texts.Add(exact.Text);
                    return;
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses)
                        if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query);
                    return;
            }
            try
            {
                _searcher.Rewrite(q).ExtractTerms(terms);
            }
            catch (NotSupportedException)
            {
                // Some rewritten multi-term queries cannot list their terms; snippets then show the lead.
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    private static void AddAnyOf(BooleanQuery filter, string field, IReadOnlyList<string> values)
    {
        var accepted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
        if (accepted.Count == 0) return;
        var any = new BooleanQuery();
        foreach (var v in accepted) any.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        filter.Add(any, Occur.MUST);
    }

    private static void AddDateRange(BooleanQuery filter, string? from, string? to)
    {
        if (from == null && to == null) return;
        int low = 1, high = int.MaxValue;
        if (from != null && !PublishedDate.TryParseLowerBound(from, out low))
            throw new ArgumentException($"from date '{from}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        if (to != null && !PublishedDate.TryParseUpperBound(to, out high))
            throw new ArgumentException($"to date '{to}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        // Articles of unknown date (0) never satisfy a date filter.
        filter.Add(NumericRangeQuery.NewInt32Range(IndexSchema.PublishedNumber, IndexSchema.PrecisionStep, Math.Max(1, low), high, true, true), Occur.MUST);
    }

    private static Filter Combine(Filter type, BooleanQuery conditions) =>
        conditions.Clauses.Count == 0 ? type : new QueryWrapperFilter(And(type, conditions));

    private static BooleanQuery And(Filter type, BooleanQuery conditions) =>
        new() { { new ConstantScoreQuery(type), Occur.MUST }, { conditions, Occur.MUST } };

    /// <summary>Figures whose metric contains the text (as a *text* wildcard would match), from the index's metric
    /// terms listed once per searcher: a wildcard compiled its automaton and walked the term dictionary per query.</summary>
    private Query MetricContaining(string text)
    {
        var terms = _metrics.Value.Where(m => m.Contains(text, StringComparison.Ordinal)).Select(m => new Term(IndexSchema.Metric, m)).ToList();
        // No metric contains it: a query without clauses matches nothing.
        return terms.Count == 0 ? new BooleanQuery() : new ConstantScoreQuery(new Lucene.Net.Queries.TermsFilter(terms));
    }

    private static string[] TermsOf(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms == null) return Array.Empty<string>();
        var list = new List<string>();
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext()) list.Add(iterator.Term.Utf8ToString());
        return list.ToArray();
    }

    private static Sort DateSort() => new(
        new SortField(IndexSchema.PublishedSort, SortFieldType.INT64, true),
        SortField.FIELD_SCORE,
        new SortField(IndexSchema.IdSort, SortFieldType.STRING));

    private static TermQuery TypeQuery(string type) => new(new Term(IndexSchema.Type, type));

}

/// <summary>One segment's share of a search: its top hits (by score, or by <c>sort</c>) and, when facets are asked
/// for, its facet counts.</summary>
internal sealed class SegmentCollector : ICollector
{
    private readonly ITopDocsCollector _top;
    private readonly ICollector _all;

    public SegmentCollector(Sort? sort, int wanted, IReadOnlyList<string> facetFields)
    {
        // Fields filled and scores tracked: TopDocs.Merge compares the segments' hits by them.
        _top = sort != null ? TopFieldCollector.Create(sort, wanted, true, true, false, false) : TopScoreDocCollector.Create(wanted, false);
        Facets = facetFields.Count > 0 ? new FacetCollector(facetFields) : null;
        _all = Facets == null ? (ICollector)_top : MultiCollector.Wrap(_top, Facets);
    }

    public FacetCollector? Facets { get; }
    public TopDocs TopDocs() => _top.GetTopDocs();
    public bool AcceptsDocsOutOfOrder => _all.AcceptsDocsOutOfOrder;
    public void SetScorer(Scorer scorer) => _all.SetScorer(scorer);
    public void SetNextReader(AtomicReaderContext context) => _all.SetNextReader(context);
    public void Collect(int doc) => _all.Collect(doc);
}
