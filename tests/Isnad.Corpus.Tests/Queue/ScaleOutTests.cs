using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Isnad.Corpus.Text;
using Isnad.Tests.Cli;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>
/// Scale-out under faults, with real processes, RabbitMQ and PostgreSQL: SaudiNewsNet articles published once, three
/// workers consuming them into one store, one worker killed with SIGKILL part-way (its unacknowledged messages go to the
/// others). At the end every article is stored exactly once and the store equals a single-process ingest of the same
/// articles. The article count is <c>ISNAD_SCALE_ARTICLES</c> (default 300, to keep CI on two cores within minutes).
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(Environment.GetEnvironmentVariable("ISNAD_DATA") ?? "/work/shared/data", "news", "saudinewsnet.jsonl.gz");

    private readonly TempFolder folder = new();

    [SkippableFact]
    public async Task Three_workers_one_killed_store_every_article_once_as_one_process_does()
    {
        Skip.If(QueueServers.SkipReason is not null, QueueServers.SkipReason);
        Skip.If(!File.Exists(Corpus), $"{Corpus} is absent: the shared SaudiNewsNet corpus is needed");
        var count = int.TryParse(Environment.GetEnvironmentVariable("ISNAD_SCALE_ARTICLES"), out var n) ? n : 300;
        var input = folder.File("articles.jsonl", CliRunner.Utf8(DistinctArticles(count)));
        await using var servers = new QueueServers();
        var single = servers.Database("single");
        var shared = servers.Database("workers");

        var published = CliRunner.Run("ingest", input, "--queue", servers.AmqpUrl, "--queue-name", servers.Topology.Name);
        Assert.Equal((0, ""), (published.ExitCode, published.Error));
        Assert.StartsWith($"published {count:N0} articles in ", published.Out, StringComparison.Ordinal);

        var workers = Enumerable.Range(0, 3).Select(_ => new Worker(servers.StartWorker(shared, "--stop-when-idle", "3", "--prefetch", "8"))).ToList();
        var victim = workers[0];
        var clock = Stopwatch.StartNew();
        while (victim.Stored < 10)
        {
            Assert.False(victim.Process.HasExited, "the worker to kill ended before it stored ten articles: " + victim.Log);
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the worker to kill stored nothing in two minutes: " + victim.Log);
            await Task.Delay(20);
        }

        victim.Process.Kill(); // SIGKILL: no ack, no goodbye; the broker requeues what it held
        foreach (var survivor in workers.Skip(1))
        {
            await survivor.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
            Assert.True(survivor.Process.ExitCode == 0, survivor.Log);
        }

        Assert.Equal((0u, 0u), (await servers.CountAsync(servers.Topology.Name), await servers.CountAsync(servers.Topology.DeadLetterName)));
        Assert.Equal(count, QueueServers.Scalar(shared, "SELECT COUNT(*) FROM articles"));
        // What the killed worker held unacknowledged reached another worker, which stored nothing twice.
        Assert.Contains("\"redelivered\":true", workers[1].Log + workers[2].Log, StringComparison.Ordinal);

        var passes = CliRunner.Run("worker", "--passes", "--db", shared);
        Assert.Equal((0, ""), (passes.ExitCode, passes.Error));
        var alone = CliRunner.Run("ingest", input, "--db", single, "--quiet");
        Assert.Equal((0, ""), (alone.ExitCode, alone.Error));
        Assert.Equal(QueueServers.Snapshot(single), QueueServers.Snapshot(shared));
        foreach (var worker in workers)
        {
            worker.Process.Dispose();
        }
    }

    /// <summary>The first <paramref name="count"/> lines of the corpus whose texts are distinct (the store keeps one article a text, the first in input order; workers race).</summary>
    private static string DistinctArticles(int count)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Corpus), CompressionMode.Decompress), Encoding.UTF8);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new StringBuilder();
        while (seen.Count < count && reader.ReadLine() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var text = document.RootElement.TryGetProperty("text", out var value) ? value.GetString() ?? "" : "";
            var words = MatchWords.Split(text);
            if (words.Count > 0 && seen.Add(ArticleIds.FromKeyText(string.Join(' ', words.Select(w => w.Key)))))
            {
                lines.Append(line).Append('\n');
            }
        }

        Assert.True(seen.Count == count, $"{Corpus} has only {seen.Count} distinct articles");
        return lines.ToString();
    }

    public void Dispose() => folder.Dispose();

    /// <summary>A worker process whose JSON log lines are collected as they come.</summary>
    private sealed class Worker
    {
        private readonly StringBuilder log = new();
        private int stored;

        public Worker(Process process)
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
}
