using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>An <see cref="IndexSearcher"/> that can run one query over its segments on several cores, each segment
/// into its own collector, largest segments first; the caller merges the collectors (top hits with
/// <see cref="TopDocs.Merge(Sort, int, int, TopDocs[])"/>, facet counts by adding). The query's weight is made
/// once for the whole index, so scores are those of a sequential search. Lucene.Net's own executor only
/// parallelises the searches that return <see cref="TopDocs"/>; facets and coverage need collectors.</summary>
internal sealed class LeafParallelSearcher : IndexSearcher
{
    public LeafParallelSearcher(IndexReader reader, int parallelism) : base(reader) => Parallelism = parallelism;

    /// <summary>Segments searched at once (1: one after the other).</summary>
    public int Parallelism { get; set; }

    /// <summary>Below this many documents a search is not split: starting tasks would cost more than it saves.</summary>
    public int ParallelFromDocs { get; set; } = 50_000;

    /// <summary>Runs <paramref name="query"/> (within <paramref name="filter"/>) over every segment, each into the
    /// collector <paramref name="create"/> makes for it; returns the collectors in segment order.</summary>
    public T[] SearchLeaves<T>(Query query, Filter? filter, Func<T> create) where T : ICollector
    {
        var weight = WeightOf(query, filter);
        var collectors = new T[m_leafContexts.Count];
        for (var i = 0; i < collectors.Length; i++) collectors[i] = create();
        ForEachLeaf(i => SearchLeaf(weight, i, collectors[i]));
        return collectors;
    }

    /// <summary>The weight of <paramref name="query"/> within <paramref name="filter"/>, for <see cref="SearchLeaf"/>.</summary>
    public Weight WeightOf(Query query, Filter? filter) => CreateNormalizedWeight(filter == null ? query : new FilteredQuery(query, filter));

    /// <summary>Runs <paramref name="weight"/> over the segment numbered <paramref name="leaf"/> into <paramref name="collector"/>.</summary>
    public void SearchLeaf(Weight weight, int leaf, ICollector collector) => Search(new[] { m_leafContexts[leaf] }, weight, collector);

    /// <summary>Runs <paramref name="search"/> once for each segment (its index in <see cref="IndexSearcher.m_leafContexts"/>),
    /// one after the other or on several cores as <see cref="Parallelism"/> says.</summary>
    public void ForEachLeaf(Action<int> search)
    {
        var leaves = m_leafContexts;
        if (Parallelism <= 1 || leaves.Count == 1 || IndexReader.MaxDoc < ParallelFromDocs)
        {
            for (var i = 0; i < leaves.Count; i++) search(i);
            return;
        }
        // Largest first, so the last task to start is a small one and both cores finish together.
        var order = Enumerable.Range(0, leaves.Count).OrderByDescending(i => leaves[i].AtomicReader.MaxDoc).ToArray();
        try
        {
            Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, search);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>The segments, in the order <see cref="ForEachLeaf"/> numbers them.</summary>
    public IList<AtomicReaderContext> LeafContexts => m_leafContexts;
}
