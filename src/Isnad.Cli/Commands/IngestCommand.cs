using System.CommandLine;
using System.Globalization;
using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Model;
using Spectre.Console;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad ingest SOURCE…</c>: reads, analyses on every core and stores articles, then marks near-duplicates.</summary>
internal static class IngestCommand
{
    public static Command Build(CliContext context)
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Text, HTML, JSON Lines (.jsonl, .jsonl.gz) or RSS/Atom files, folders (read recursively), http(s) URLs of a page or a feed, '-' for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Db();
        var outlet = new Option<string?>("--outlet") { Description = "The outlet of articles whose input names none.", HelpName = "NAME" };
        var date = new Option<string?>("--date") { Description = "The date of articles whose input gives none.", HelpName = "YYYY-MM-DD" };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar and no summary line (refused inputs are still listed on stderr)." };
        var workers = new Option<int>("--workers") { Description = "Analysing threads (default: one per core).", DefaultValueFactory = _ => 0 };
        var queue = new Option<string?>("--queue") { Description = "Publish the articles to this RabbitMQ broker (amqp:// URL) for 'isnad worker' instead of analysing them here.", HelpName = "URL" };
        var queueName = WorkerCommand.QueueName();

        var command = new Command("ingest", "Analyse articles and keep them in a store; the same article ingested twice is stored once.")
        {
            sources, db, outlet, date, quiet, workers, queue, queueName,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(sources) ?? [];
            foreach (var path in paths)
            {
                if (path.StartsWith('-') && path != TextFileReader.StdinName)
                {
                    throw new CliError($"{path}: unknown option (see 'isnad ingest --help')");
                }

                IngestSources.Check(path);
            }

            var meta = new ArticleMeta(null, parse.GetValue(outlet), AnalyzeCommand.ParseDate(parse.GetValue(date)));
            if (parse.GetValue(queue) is { } url)
            {
                return await QueueIngest.Run(context, url, WorkerCommand.Topology(parse.GetValue(queueName)), paths, meta, parse.GetValue(quiet), cancellationToken).ConfigureAwait(false);
            }

            using var store = StoreOptions.Open(parse.GetValue(db), mustExist: false);
            var summary = await Run(context, store, paths, meta, parse.GetValue(quiet), parse.GetValue(workers), cancellationToken).ConfigureAwait(false);
            return summary.Rejected.Count == 0 ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }

    private static async Task<IngestSummary> Run(CliContext context, ICorpusStore store, string[] paths, ArticleMeta meta, bool quiet, int workers, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("isnad/1 (+https://github.com/isnad)");
        var inputs = new IngestSources(meta, context.OpenStdin, http).Read(paths, cancellationToken);
        var ingest = new CorpusIngest(Pipeline.Default, store, workers);
        IngestSummary summary;
        if (!quiet && context.OutIsTerminal)
        {
            summary = await WithProgressBar(ingest, inputs, paths, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            summary = await ingest.RunAsync(inputs, null, cancellationToken).ConfigureAwait(false);
        }

        CorpusPasses.Run(store, cancellationToken);

        foreach (var rejected in summary.Rejected)
        {
            context.Error.WriteLine($"isnad: {rejected.Name}: {rejected.Reason}");
        }

        if (!quiet)
        {
            var counts = store.Counts();
            var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingested {summary.Read:N0} inputs in {seconds:F1} s ({summary.Read / seconds:N0}/s): {summary.Stored:N0} stored, " +
                $"{summary.AlreadyStored:N0} already stored, {summary.Rejected.Count:N0} refused; {store.Description} holds {counts.Articles:N0} articles, " +
                $"{counts.Attributions:N0} attributions, {counts.Clusters:N0} near-duplicate clusters"));
        }

        return summary;
    }

    private static async Task<IngestSummary> WithProgressBar(CorpusIngest ingest, IEnumerable<InputItem> inputs, string[] paths, CancellationToken cancellationToken)
    {
        var total = EstimateInputs(paths, cancellationToken);
        IngestSummary? summary = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("ingest", maxValue: Math.Max(total, 1));
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var reporter = new Reporter(p =>
                {
                    task.MaxValue = Math.Max(task.MaxValue, p.Read);
                    task.Value = p.Read;
                    var rate = p.Read / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Read:N0} read, {p.Stored:N0} stored, {p.Rejected:N0} refused, {rate:N0}/s");
                });
                summary = await ingest.RunAsync(inputs, reporter, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return summary!;
    }

    /// <summary>How many inputs there are, for the bar's ETA: lines of JSON Lines files, files of folders, one per other source.</summary>
    private static long EstimateInputs(string[] paths, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                total += Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).LongCount();
            }
            else if (JsonLinesArticles.IsJsonLines(path) && File.Exists(path))
            {
                try
                {
                    total += JsonLinesArticles.CountLines(path, cancellationToken);
                }
                catch (InputError)
                {
                    total += 1;
                }
            }
            else
            {
                total += 1;
            }
        }

        return total;
    }

    /// <summary>Reports on the writer's thread, in order (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class Reporter(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
