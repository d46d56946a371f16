namespace Isnad.Web;

/// <summary>How many analyses the server finished, stopped because the client went away, and is running now.</summary>
internal sealed class AnalysisCounters
{
    private long completed;
    private long cancelled;
    private long running;

    public long Running => Interlocked.Read(ref running);

    public void AddRunning() => Interlocked.Increment(ref running);

    public void EndRunning() => Interlocked.Decrement(ref running);

    public long Completed => Interlocked.Read(ref completed);

    public long Cancelled => Interlocked.Read(ref cancelled);

    public void AddCompleted() => Interlocked.Increment(ref completed);

    public void AddCancelled() => Interlocked.Increment(ref cancelled);
}
