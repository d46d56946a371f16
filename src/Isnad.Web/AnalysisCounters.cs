namespace Isnad.Web;

/// <summary>How many analyses the server finished, and how many it stopped because the client went away.</summary>
internal sealed class AnalysisCounters
{
    private long completed;
    private long cancelled;

    public long Completed => Interlocked.Read(ref completed);

    public long Cancelled => Interlocked.Read(ref cancelled);

    public void AddCompleted() => Interlocked.Increment(ref completed);

    public void AddCancelled() => Interlocked.Increment(ref cancelled);
}
