using System.Collections.Concurrent;
using System.Runtime;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Extract.Model;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Index;

/// <summary>Writes article records into the index at a folder. Updating is idempotent by record id
/// (an article and its figures are replaced as one block), and commits happen every
/// <see cref="CommitEvery"/> records and at the end, so a killed run leaves the last commit intact
/// and running it again completes the index.</summary>
public sealed class ArticleIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private bool _disposed;

    private ArticleIndex(LuceneDirectory directory, IndexWriter writer, bool legacyExact)
    {
        _directory = directory;
        _writer = writer;
        _legacyExact = legacyExact;
    }

    /// <summary>The index was written before character slots: its exact-match fields are written as they were, so that
    /// its segments never mix the two position schemes (re-index into a new folder for the new one).</summary>
    private readonly bool _legacyExact;

    /// <summary>Records between commits: bounds the work a crash can lose.</summary>
    public int CommitEvery { get; set; } = 20_000;

    /// <summary>Threads analysing documents; records with the same id always go to the same thread, in input order.</summary>
    public int Threads { get; set; } = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));

    /// <summary>The indexing buffer's size in MB when none is given (see <see cref="Open"/>).</summary>
    public const int DefaultRamBufferMb = 384;

    /// <summary>The size in MB beyond which segments are not merged further.</summary>
    public const double MaxSegmentMb = 512;

    /// <summary>True when <paramref name="path"/> holds a committed index.</summary>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Opens the index at <paramref name="path"/>, creating the folder and an empty index when missing.</summary>
    /// <param name="analyzer">The words analyzer, only for comparisons (the benchmark's reference runs); searches must use
    /// the same one. The exact-match fields always use <see cref="Analysis.ExactTextAnalyzer"/>.</param>
    /// <param name="ramBufferMb">Buffered documents before a segment is flushed. Fewer, larger flushes mean
    /// less merging (at 100,000 articles 384 MB cost 0.72 ms of CPU per article against 0.89 ms with 128 MB),
    /// but the whole process's peak follows the buffer: 468, 588 and 737 MB with 192, 256 and 384 MB on the
    /// benchmark's archive, at the same CPU per article within the noise of a shared machine. The default is 384 MB since
    /// the 1.5 GB goal left room: about 540 MB of private memory while indexing 100,000 articles.</param>
    public static ArticleIndex Open(string path, Analyzer? analyzer = null, double ramBufferMb = DefaultRamBufferMb)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer(analyzer))
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = ramBufferMb,
                // Flushed segments are merged soon anyway; packing each into a compound file first is wasted copying.
                UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy
                {
                    // Segments stop growing at this size (Lucene's default is 5 GB): a large archive is then many
                    // segments of similar size, which a search runs on all cores at once, and no merge rewrites
                    // gigabytes that were already merged.
                    MaxMergedSegmentMB = MaxSegmentMb,
                    NoCFSRatio = 0,
                },
            };
            var legacyExact = HasLegacyExactField(directory);
            var writer = new IndexWriter(directory, config);
            // An empty first commit makes a fresh folder a valid (empty) index for searchers.
            if (!DirectoryReader.IndexExists(directory)) writer.Commit();
            return new ArticleIndex(directory, writer, legacyExact);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new IOException($"the index at {path} is being written by another process ({e.Message})", e);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static bool HasLegacyExactField(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return false;
        using var reader = DirectoryReader.Open(directory);
        return MultiFields.GetTerms(reader, IndexSchema.LegacyTextExact) != null;
    }

    /// <summary>Adds new articles and replaces those whose id is already indexed; commits at the end.</summary>
    /// <param name="progress">Receives the number of records indexed so far, now and then.</param>
    /// <returns>The number of records indexed.</returns>
    public int Update(IEnumerable<ArticleRecord> records, IProgress<int>? progress = null, CancellationToken cancellation = default) =>
        Write(records, progress, cancellation, commitAtEnd: true);

    /// <summary>Like <see cref="Update"/> but leaves the last batch uncommitted: lets tests stage a crash.</summary>
    internal int UpdateWithoutFinalCommit(IEnumerable<ArticleRecord> records) =>
        Write(records, null, CancellationToken.None, commitAtEnd: false);

    private int Write(IEnumerable<ArticleRecord> records, IProgress<int>? progress, CancellationToken cancellation, bool commitAtEnd)
    {
        // Bulk indexing allocates steadily; blocking collections cost less CPU than background ones.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            return WriteAll(records, progress, cancellation, commitAtEnd);
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
    }

    private int WriteAll(IEnumerable<ArticleRecord> records, IProgress<int>? progress, CancellationToken cancellation, bool commitAtEnd)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var threads = Math.Max(1, Threads);
        var queues = Enumerable.Range(0, threads).Select(_ => new BlockingCollection<ArticleRecord>(boundedCapacity: 256)).ToArray();
        var done = 0;
        var sinceCommit = 0;
        var commitLock = new object();
        var workers = queues.Select(queue => Task.Factory.StartNew(() =>
        {
            foreach (var record in queue.GetConsumingEnumerable())
            {
                _writer.UpdateDocuments(new Term(IndexSchema.Id, record.Id), IndexSchema.ToDocuments(record, _legacyExact));
                var n = Interlocked.Increment(ref done);
                if (n % 1000 == 0) progress?.Report(n);
                if (Interlocked.Increment(ref sinceCommit) >= CommitEvery)
                {
                    lock (commitLock)
                    {
                        if (Volatile.Read(ref sinceCommit) >= CommitEvery)
                        {
                            Volatile.Write(ref sinceCommit, 0);
                            _writer.Commit();
                        }
                    }
                }
            }
        }, cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        Exception? producerFailure = null;
        try
        {
            foreach (var record in records)
            {
                cancellation.ThrowIfCancellationRequested();
                if (string.IsNullOrEmpty(record.Id)) throw new InvalidDataException($"a record titled '{record.Title}' has no id");
                var queue = queues[(int)((uint)StringComparer.Ordinal.GetHashCode(record.Id) % (uint)threads)];
                // A worker that died stops taking; surface its failure instead of blocking forever.
                while (!queue.TryAdd(record, 100, cancellation))
                    if (workers.FirstOrDefault(w => w.IsFaulted) is { } failed) failed.GetAwaiter().GetResult();
            }
        }
        catch (Exception e)
        {
            producerFailure = e;
        }
        finally
        {
            foreach (var q in queues) q.CompleteAdding();
        }
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException e) when (producerFailure == null)
        {
            throw e.InnerExceptions[0];
        }
        catch (AggregateException)
        {
            // The producer's failure is the one to report.
        }
        if (producerFailure != null)
        {
            // What was indexed before the failure is kept; re-running is idempotent.
            _writer.Commit();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(producerFailure).Throw();
        }
        if (commitAtEnd) _writer.Commit();
        progress?.Report(done);
        return done;
    }

    /// <summary>Commits, and writes the near-universal strings' match sets of the commit's new segments
    /// (<see cref="IndexedMatchSets"/>).</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Commit();
        WriteMatchSets();
    }

    /// <summary>Segments of fewer documents get no match sets (<see cref="IndexedMatchSets.MinDocuments"/>).</summary>
    internal int MatchSetsMinDocuments { get; set; } = IndexedMatchSets.MinDocuments;

    /// <summary>Wall and process CPU seconds this writer spent writing match sets (<see cref="IndexedMatchSets"/>), so far.</summary>
    public (double Seconds, double CpuSeconds) MatchSetsTime { get; private set; }

    private void WriteMatchSets()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IndexedMatchSets.WriteMissing(_directory, MatchSetsMinDocuments);
        process.Refresh();
        MatchSetsTime = (MatchSetsTime.Seconds + clock.Elapsed.TotalSeconds, MatchSetsTime.CpuSeconds + (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Drops every change since the last commit and closes the writer, as if the process had died.</summary>
    public void Rollback()
    {
        if (_disposed) return;
        _disposed = true;
        _writer.Rollback();
        _directory.Dispose();
    }

    /// <summary>Articles in the last commit.</summary>
    public int Count
    {
        get
        {
            using var reader = DirectoryReader.Open(_directory);
            return ArticleSearcher.CountArticles(reader);
        }
    }

    /// <summary>Commits (after the merges under way), writes the match sets of the segments that have none
    /// (<see cref="IndexedMatchSets"/>: the last commit's segments, once the merges settled which there are) and closes.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _writer.Dispose();
        try
        {
            WriteMatchSets();
        }
        finally
        {
            _directory.Dispose();
        }
    }
}
