namespace Pipeline.Crawler.Http;

/// <summary>Per-host politeness: at most N requests in flight, and request starts spaced by an interval
/// (1/rate). A 429's Retry-After pauses the whole host, not just the one request.</summary>
internal sealed class HostGate
{
    private readonly SemaphoreSlim _slots;
    private readonly object _gate = new();
    private TimeSpan _interval;
    private DateTime _nextStart = DateTime.MinValue;
    private DateTime _lastStart = DateTime.MinValue;

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
            // A start is booked ahead, but a busy machine may wake the waiter late, after later bookings have come due
            // too: then the start actually taken last decides, and the waiter books again rather than burst.
            while (true)
            {
                DateTime start;
                lock (_gate)
                {
                    var now = DateTime.UtcNow;
                    start = Latest(_nextStart, now, _lastStart + _interval);
                    _nextStart = start + _interval;
                }
                var wait = start - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel);
                lock (_gate)
                {
                    var now = DateTime.UtcNow;
                    if (now - _lastStart < _interval) continue;
                    _lastStart = now;
                    break;
                }
            }
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Exit() => _slots.Release();

    private static DateTime Latest(DateTime a, DateTime b, DateTime c) => new(Math.Max(Math.Max(a.Ticks, b.Ticks), c.Ticks), DateTimeKind.Utc);

    public void PauseFor(TimeSpan pause)
    {
        lock (_gate)
        {
            var until = DateTime.UtcNow + pause;
            if (until > _nextStart) _nextStart = until;
        }
    }
}
