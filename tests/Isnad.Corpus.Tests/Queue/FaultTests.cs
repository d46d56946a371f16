using System.Diagnostics;
using Isnad.Tests.Cli;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>
/// The other faults, with real processes and servers: the broker restarted under two workers (they reconnect and
/// finish, storing every article once), and SIGTERM (the worker finishes the message in hand and hands back the rest:
/// every article is either stored or still queued, never both, never neither).
/// </summary>
public sealed class FaultTests : IDisposable
{
    private readonly TempFolder folder = new();

    [SkippableFact]
    public async Task Workers_reconnect_after_a_broker_restart_and_store_every_article_once()
    {
        Skip.If(QueueServers.SkipReason is not null, QueueServers.SkipReason);
        Skip.If(SharedArticles.SkipReason is not null, SharedArticles.SkipReason);
        Skip.If(Rabbitmqctl("-q", "status").ExitCode != 0, "rabbitmqctl cannot reach the local broker: cannot restart it");
        const int count = 150;
        var input = folder.File("articles.jsonl", CliRunner.Utf8(SharedArticles.Distinct(count)));
        await using var servers = new QueueServers();
        var single = servers.Database("single");
        var shared = servers.Database("workers");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--queue", servers.AmqpUrl, "--queue-name", servers.Topology.Name, "--quiet").ExitCode);

        var workers = Enumerable.Range(0, 2).Select(_ => new WorkerProcess(servers.StartWorker(shared, "--stop-when-idle", "5", "--prefetch", "8"))).ToList();
        await workers[0].WaitUntilStored(10);
        Assert.Equal(0, Rabbitmqctl("-q", "stop_app").ExitCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(0, Rabbitmqctl("-q", "start_app").ExitCode);
        Assert.Equal(0, Rabbitmqctl("-q", "await_startup", "--timeout", "60").ExitCode);

        foreach (var worker in workers)
        {
            await worker.WaitForSuccess();
            Assert.Contains("\"event\":\"connection_recovered\"", worker.Log, StringComparison.Ordinal);
        }

        Assert.Equal(count, QueueServers.Scalar(shared, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(0, CliRunner.Run("worker", "--passes", "--db", shared).ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", input, "--db", single, "--quiet").ExitCode);
        Assert.Equal(QueueServers.Snapshot(single), QueueServers.Snapshot(shared));
    }

    [SkippableFact]
    public async Task Sigterm_finishes_the_message_in_hand_and_hands_back_the_rest()
    {
        Skip.If(QueueServers.SkipReason is not null, QueueServers.SkipReason);
        Skip.If(SharedArticles.SkipReason is not null, SharedArticles.SkipReason);
        const int count = 60;
        var input = folder.File("articles.jsonl", CliRunner.Utf8(SharedArticles.Distinct(count)));
        await using var servers = new QueueServers();
        var shared = servers.Database("workers");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--queue", servers.AmqpUrl, "--queue-name", servers.Topology.Name, "--quiet").ExitCode);

        var worker = new WorkerProcess(servers.StartWorker(shared, "--prefetch", "20"));
        await worker.WaitUntilStored(5);
        using (var term = Process.Start("kill", ["-TERM", worker.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await worker.WaitForSuccess();
        Assert.Contains("\"event\":\"stopped\"", worker.Log, StringComparison.Ordinal);
        var stored = QueueServers.Scalar(shared, "SELECT COUNT(*) FROM articles");
        Assert.InRange(stored, 5, count - 1);
        Assert.Equal(stored, worker.Stored);
        await Task.Delay(TimeSpan.FromSeconds(1)); // the broker requeues what the closed channel held
        Assert.Equal(count - stored, await servers.CountAsync(servers.Topology.Name));
    }

    private static (int ExitCode, string Output) Rabbitmqctl(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error);
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            return (-1, missing.Message);
        }
    }

    public void Dispose() => folder.Dispose();
}
