using System.Diagnostics;
using System.Text;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>A worker process whose JSON log lines are collected as they come.</summary>
internal sealed class WorkerProcess
{
    private readonly StringBuilder log = new();
    private int stored;

    public WorkerProcess(Process process)
    {
        Process = process;
        _ = process.StandardOutput.ReadToEndAsync();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Append(line.Data).Append('\n');
            }

            if (line.Data.Contains("\"event\":\"stored\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref stored);
            }
        };
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    /// <summary>Waits until the worker has logged <paramref name="count"/> stored articles (failing if it ends first or takes minutes).</summary>
    public async Task WaitUntilStored(int count)
    {
        var clock = Stopwatch.StartNew();
        while (Stored < count)
        {
            Assert.False(Process.HasExited, $"the worker ended before it stored {count} articles: {Log}");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"the worker did not store {count} articles in two minutes: {Log}");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits for the worker to end by itself and checks it ended well.</summary>
    public async Task WaitForSuccess()
    {
        await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        Assert.True(Process.ExitCode == 0, Log);
    }

    public int Stored => Volatile.Read(ref stored);

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }
}
