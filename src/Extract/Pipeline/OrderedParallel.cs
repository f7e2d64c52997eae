namespace Pipeline.Extract.Pipeline;

/// <summary>Maps a sequence on up to <c>parallelism</c> threads and yields the results in input order.
/// At most <c>window</c> items are in flight (started and not yet yielded), so memory stays bounded however
/// long the input is; the input itself is enumerated lazily on the caller's thread.</summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, int parallelism, int window)
    {
        if (parallelism <= 1)
        {
            foreach (var item in items) yield return work(item);
            yield break;
        }
        window = Math.Max(window, parallelism);
        var running = new SemaphoreSlim(parallelism);
        var inFlight = new Queue<Task<TOut>>(window);
        try
        {
            foreach (var item in items)
            {
                var captured = item;
                inFlight.Enqueue(Task.Run(async () =>
                {
                    await running.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        return work(captured);
                    }
                    finally
                    {
                        running.Release();
                    }
                }));
                if (inFlight.Count >= window) yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
            while (inFlight.Count > 0) yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
        finally
        {
            // A reader that stops early (or an input that throws) leaves work running: let it finish first.
            try { Task.WaitAll(inFlight.ToArray()); } catch (AggregateException) { }
            running.Dispose();
        }
    }
}
