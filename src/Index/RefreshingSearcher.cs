namespace Pipeline.Index;

/// <summary>A searcher for a long-running reader of an index another process keeps writing (the web page):
/// each use takes a lease on the current <see cref="ArticleSearcher"/>; when the index has a newer commit,
/// the next lease gets a searcher opened on it, and the old one is closed once its last lease ends.
/// Commits are checked at most once per <see cref="CheckInterval"/>, so a busy server does not stat the
/// index on every request.</summary>
public sealed class RefreshingSearcher : IDisposable
{
    private readonly string _path;
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private Holder _current;
    private long _lastCheck;
    private bool _disposed;

    public RefreshingSearcher(string path, TimeProvider? clock = null)
    {
        _path = path;
        _clock = clock ?? TimeProvider.System;
        _current = new Holder(OpenWarmed(path));
        _lastCheck = _clock.GetTimestamp();
    }

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A searcher of the index's last commit, warmed before it serves (<see cref="ArticleSearcher.Warm"/>): the
    /// sets and ordinals of its segments are read here, not by the first requests that touch them. A reopened index warms
    /// only its new segments (what the old ones read is kept per segment).</summary>
    private static ArticleSearcher OpenWarmed(string path)
    {
        var searcher = ArticleSearcher.Open(path);
        try
        {
            searcher.Warm();
            return searcher;
        }
        catch
        {
            searcher.Dispose();
            throw;
        }
    }

    /// <summary>The current searcher, reopened first if the index has changed since the last check.
    /// Dispose the lease when done with it; the searcher stays open until then.</summary>
    public Lease Acquire()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_clock.GetElapsedTime(_lastCheck) >= CheckInterval)
            {
                _lastCheck = _clock.GetTimestamp();
                RefreshLocked();
            }
            _current.Leases++;
            return new Lease(this, _current);
        }
    }

    /// <summary>Reopens now if the index has a newer commit; true when it did.</summary>
    public bool Refresh()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _lastCheck = _clock.GetTimestamp();
            return RefreshLocked();
        }
    }

    private bool RefreshLocked()
    {
        if (_current.Searcher.IsCurrent()) return false;
        var newer = new Holder(OpenWarmed(_path));
        var old = _current;
        _current = newer;
        old.Retired = true;
        if (old.Leases == 0) old.Searcher.Dispose();
        return true;
    }

    private void Release(Holder holder)
    {
        lock (_gate)
        {
            holder.Leases--;
            if (holder.Retired && holder.Leases == 0) holder.Searcher.Dispose();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _current.Retired = true;
            if (_current.Leases == 0) _current.Searcher.Dispose();
        }
    }

    internal sealed class Holder(ArticleSearcher searcher)
    {
        public ArticleSearcher Searcher { get; } = searcher;
        public int Leases;
        public bool Retired;
    }

    /// <summary>One use of a searcher; disposing it more than once is harmless.</summary>
    public sealed class Lease : IDisposable
    {
        private RefreshingSearcher? _owner;
        private readonly Holder _holder;

        internal Lease(RefreshingSearcher owner, Holder holder)
        {
            _owner = owner;
            _holder = holder;
        }

        public ArticleSearcher Searcher => _owner != null ? _holder.Searcher : throw new ObjectDisposedException(nameof(Lease));

        public void Dispose() => Interlocked.Exchange(ref _owner, null)?.Release(_holder);
    }
}
