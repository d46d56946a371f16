using System.Text;
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
    private readonly TempFolder folder = new();

    [SkippableFact]
    public async Task Three_workers_one_killed_store_every_article_once_as_one_process_does()
    {
        Skip.If(QueueServers.SkipReason is not null, QueueServers.SkipReason);
        Skip.If(SharedArticles.SkipReason is not null, SharedArticles.SkipReason);
        var count = int.TryParse(Environment.GetEnvironmentVariable("ISNAD_SCALE_ARTICLES"), out var n) ? n : 300;
        var input = folder.File("articles.jsonl", CliRunner.Utf8(SharedArticles.Distinct(count)));
        await using var servers = new QueueServers();
        var single = servers.Database("single");
        var shared = servers.Database("workers");

        var published = CliRunner.Run("ingest", input, "--queue", servers.AmqpUrl, "--queue-name", servers.Topology.Name);
        Assert.Equal((0, ""), (published.ExitCode, published.Error));
        Assert.StartsWith($"published {count:N0} articles in ", published.Out, StringComparison.Ordinal);

        var workers = Enumerable.Range(0, 3).Select(_ => new WorkerProcess(servers.StartWorker(shared, "--stop-when-idle", "3", "--prefetch", "8"))).ToList();
        var victim = workers[0];
        await victim.WaitUntilStored(10);
        victim.Process.Kill(); // SIGKILL: no ack, no goodbye; the broker requeues what it held
        foreach (var survivor in workers.Skip(1))
        {
            await survivor.WaitForSuccess();
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

    public void Dispose() => folder.Dispose();
}
