namespace Pipeline.Crawler.Http;

/// <summary>Per-host politeness: at most N requests in flight, and request starts spaced by an interval
/// (1/rate). A 429's Retry-After pauses the whole host, not just the one request.</summary>
internal sealed class HostGate
{
    private readonly SemaphoreSlim _slots;
    private readonly object _gate = new();
    private TimeSpan _interval;
    private DateTime _nextStart = DateTime.MinValue;

    public HostGate(int concurrency, TimeSpan interval)
    {
        _slots = new SemaphoreSlim(concurrency, concurrency);
        _interval = interval;
    }

    public void SlowTo(TimeSpan interval)
    {
        lock (_gate) if (interval > _interval) _interval = interval;
    }

    public async Task EnterAsync(CancellationToken cancel)
    {
        await _slots.WaitAsync(cancel);
        try
        {
            DateTime start;
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                start = _nextStart > now ? _nextStart : now;
                _nextStart = start + _interval;
            }
            var wait = start - DateTime.UtcNow;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Exit() => _slots.Release();

    public void PauseFor(TimeSpan pause)
    {
        lock (_gate)
        {
            var until = DateTime.UtcNow + pause;
            if (until > _nextStart) _nextStart = until;
        }
    }
}
