using System.CommandLine;
using Isnad.Corpus.Queue;
using Isnad.Corpus.Store;
using Isnad.Model;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad worker --queue amqp://… --db postgres://…</c>: analyses articles from the work queue into the shared store until stopped.</summary>
internal static class WorkerCommand
{
    public const string QueueVariable = "ISNAD_QUEUE";

    public static Option<string?> Queue() => new("--queue")
    {
        Description = $"The RabbitMQ broker, an amqp://user:password@host:port/vhost URL (default ${QueueVariable}).",
        HelpName = "URL",
    };

    public static Option<string?> QueueName() => new("--queue-name")
    {
        Description = $"The work queue (default ${QueueVariable}_NAME, else {QueueTopology.DefaultName}); poison messages go to NAME.dead.",
        HelpName = "NAME",
    };

    public static string QueueUrl(string? option) =>
        option ?? Setting(QueueVariable) ?? throw new CliError($"no queue: give --queue amqp://… or set {QueueVariable}");

    public static QueueTopology Topology(string? name) => new(name ?? Setting(QueueVariable + "_NAME") ?? QueueTopology.DefaultName);

    public static Command Build(CliContext context)
    {
        var queue = Queue();
        var queueName = QueueName();
        var db = StoreOptions.Db();
        var prefetch = new Option<int?>("--prefetch") { Description = "Unacknowledged messages held at once (default $ISNAD_PREFETCH, else 16).", HelpName = "N" };
        var threads = new Option<int?>("--threads") { Description = "Articles analysed at once in this process (default $ISNAD_THREADS, else 1).", HelpName = "N" };
        var logFormat = new Option<string?>("--log-format") { Description = "Log lines on stderr: text or json (one object a line; default $ISNAD_LOG_FORMAT, else text).", HelpName = "text|json" };
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve Prometheus counters on http://127.0.0.1:PORT/metrics (default $ISNAD_METRICS_PORT, else none).", HelpName = "PORT" };
        var passes = new Option<bool>("--passes") { Description = "Instead of consuming: run the whole-store steps (near-duplicate clusters, speakers linked across articles) once and exit; run it when the queue has drained, or periodically." };
        var untilEmpty = new Option<double?>("--stop-when-idle") { Description = "Stop once the queue is empty and nothing arrived for this many seconds (default: run until SIGTERM).", HelpName = "SECONDS" };

        var command = new Command("worker", "Take articles from a RabbitMQ queue (filled by 'ingest --queue'), analyse them and write them to the store; run as many as needed.")
        {
            queue, queueName, db, prefetch, threads, logFormat, metricsPort, untilEmpty, passes,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(passes))
            {
                using var store = StoreOptions.Open(parse.GetValue(db), mustExist: true);
                Corpus.Ingest.CorpusPasses.Run(store, cancellationToken);
                var counts = store.Counts();
                context.Out.WriteLine($"{store.Description}: {counts.Articles:N0} articles, {counts.Clusters:N0} near-duplicate clusters; speakers linked");
                return ExitCodes.Success;
            }

            var url = QueueUrl(parse.GetValue(queue));
            var format = parse.GetValue(logFormat) ?? Setting("ISNAD_LOG_FORMAT") ?? "text";
            if (format is not ("text" or "json"))
            {
                throw new CliError($"--log-format: '{format}' is neither text nor json");
            }

            var prefetchCount = Number("--prefetch", parse.GetValue(prefetch), "ISNAD_PREFETCH", ushort.MaxValue) ?? 16;
            var threadCount = Number("--threads", parse.GetValue(threads), "ISNAD_THREADS", 256) ?? 1;
            var port = Number("--metrics-port", parse.GetValue(metricsPort), "ISNAD_METRICS_PORT", 65535);
            var idle = parse.GetValue(untilEmpty);
            if (idle is <= 0)
            {
                throw new CliError("--stop-when-idle: must be a positive number of seconds");
            }

            var dbValue = parse.GetValue(db);
            await OpenOnce(dbValue, cancellationToken).ConfigureAwait(false);
            var log = new WorkerLog(context.Error, format == "json");
            var metrics = new WorkerMetrics();
            using var server = port is { } listen ? new MetricsServer(listen, metrics) : null;
            var settings = new WorkerSettings(url, Topology(parse.GetValue(queueName)), (ushort)prefetchCount, threadCount, idle is { } s ? TimeSpan.FromSeconds(s) : null);
            var worker = new QueueWorker(settings, () => CorpusStores.Open(CorpusStores.Resolve(dbValue)), Pipeline.Default, log, metrics);
            try
            {
                await worker.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (QueueError error)
            {
                throw new CliError(error.Message);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Opens (and creates or migrates) the store once before consuming, so that a store that cannot be used fails now in
    /// one line. Workers started together on a new database race to create its tables; the losers try again.
    /// </summary>
    private static async Task OpenOnce(string? db, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                StoreOptions.Open(db, mustExist: false).Dispose();
                return;
            }
            catch (CliError) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string? Setting(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;

    /// <summary>An option's value, else its environment variable's, else null; between 1 and <paramref name="max"/>.</summary>
    private static int? Number(string option, int? value, string variable, int max)
    {
        if (value is null && Setting(variable) is { } text)
        {
            option = variable;
            value = int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new CliError($"{variable}: '{text}' is not a number");
        }

        if (value is { } number && (number < 1 || number > max))
        {
            throw new CliError($"{option}: must be between 1 and {max}");
        }

        return value;
    }
}
