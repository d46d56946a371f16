namespace Isnad.Web;

/// <summary>
/// At most one analysis per core runs at a time; the others wait without holding a thread. The engine's work is
/// synchronous, so without this gate many connections would block every thread-pool thread and starve Kestrel's own
/// I/O. A bounded number may wait; past that the server answers 503 instead of queueing without end.
/// </summary>
internal sealed class AnalysisGate(int concurrency, int maxWaiting)
{
    private readonly SemaphoreSlim slots = new(concurrency, concurrency);
    private int waiting;

    /// <summary>Waits for a slot; false when too many requests are already waiting.</summary>
    public async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref waiting) > maxWaiting + concurrency)
        {
            Interlocked.Decrement(ref waiting);
            return false;
        }

        try
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch
        {
            Interlocked.Decrement(ref waiting);
            throw;
        }
    }

    public void Exit()
    {
        slots.Release();
        Interlocked.Decrement(ref waiting);
    }
}
