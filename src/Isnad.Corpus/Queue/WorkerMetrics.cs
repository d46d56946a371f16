using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Isnad.Corpus.Queue;

/// <summary>The worker's counters, updated from the consumer threads and read by <c>/metrics</c> in Prometheus text format.</summary>
internal sealed class WorkerMetrics
{
    private readonly Stopwatch uptime = Stopwatch.StartNew();
    private long processed;
    private long failed;
    private long deadLettered;
    private long returned;

    /// <summary>Messages analysed and written (or found already stored) and acknowledged.</summary>
    public long Processed => Interlocked.Read(ref processed);

    /// <summary>Messages whose processing failed for a passing reason (store or broker unreachable) and were requeued.</summary>
    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Poison messages moved to the dead-letter queue.</summary>
    public long DeadLettered => Interlocked.Read(ref deadLettered);

    /// <summary>Messages handed back unprocessed at shutdown.</summary>
    public long Returned => Interlocked.Read(ref returned);

    public void CountProcessed() => Interlocked.Increment(ref processed);

    public void CountFailed() => Interlocked.Increment(ref failed);

    public void CountDeadLettered() => Interlocked.Increment(ref deadLettered);

    public void CountReturned() => Interlocked.Increment(ref returned);

    /// <summary>Processed messages a second since the worker started.</summary>
    public double Rate => Processed / Math.Max(uptime.Elapsed.TotalSeconds, 0.001);

    public string Prometheus()
    {
        var text = new StringBuilder();
        void Metric(string name, string type, string help, string value) => text
            .Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n')
            .Append(name).Append(' ').Append(value).Append('\n');

        Metric("isnad_worker_processed_total", "counter", "Articles analysed, written and acknowledged.", Processed.ToString(CultureInfo.InvariantCulture));
        Metric("isnad_worker_failed_total", "counter", "Messages requeued after a passing failure (store or broker unreachable).", Failed.ToString(CultureInfo.InvariantCulture));
        Metric("isnad_worker_dead_lettered_total", "counter", "Poison messages moved to the dead-letter queue.", DeadLettered.ToString(CultureInfo.InvariantCulture));
        Metric("isnad_worker_returned_total", "counter", "Messages handed back unprocessed at shutdown.", Returned.ToString(CultureInfo.InvariantCulture));
        Metric("isnad_worker_rate", "gauge", "Articles processed a second since the worker started.", Rate.ToString("0.###", CultureInfo.InvariantCulture));
        Metric("isnad_worker_uptime_seconds", "gauge", "Seconds since the worker started.", uptime.Elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
