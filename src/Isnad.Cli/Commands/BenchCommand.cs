using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Isnad.Cli.Benchmarking;
using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad bench</c>: throughput and memory of the text layer, Lucene's ArabicAnalyzer and the full pipeline, side by side.</summary>
internal static class BenchCommand
{
    public static Command Build(CliContext context)
    {
        var corpus = new Option<string?>("--corpus")
        {
            Description = "SaudiNewsNet JSONL(.gz) (default: $ISNAD_DATA/news/saudinewsnet.jsonl.gz, else ../shared/data/news/… beside the repository).",
            HelpName = "PATH",
        };
        var articles = new Option<int>("--articles")
        {
            Description = "How many articles to read from the start of the corpus.",
            DefaultValueFactory = _ => 5000,
            HelpName = "N",
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Measured rounds after the warm-up; phases alternate within a round and the median is reported.",
            DefaultValueFactory = _ => 5,
            HelpName = "N",
        };
        var full = new Option<bool>("--full")
        {
            Description = "Also time the full pipeline (on by default once the engine finds attributions).",
        };
        var longText = new Option<int?>("--long")
        {
            Description = "Instead: time one text of N characters (default 1,000,000) made of corpus articles against the same " +
                          "characters cut into 10,000-character texts, per stage, and print the ratio of cost per character.",
            HelpName = "N",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("bench", "Measure Isnad's text layer against Lucene.Net's ArabicAnalyzer (and the full pipeline) on real news.")
        {
            corpus, articles, rounds, full, longText,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var count = parse.GetValue(articles);
            var roundCount = parse.GetValue(rounds);
            if (count < 1)
            {
                throw new CliError("--articles: must be at least 1");
            }

            if (roundCount < 1)
            {
                throw new CliError("--rounds: must be at least 1");
            }

            var corpusPath = parse.GetValue(corpus) ?? DataPaths.DefaultCorpus();
            if (parse.GetResult(longText) is not null)
            {
                RunLong(context, corpusPath, parse.GetValue(longText) ?? 1_000_000, roundCount, cancellationToken);
            }
            else
            {
                Run(context, corpusPath, count, roundCount, parse.GetValue(full), cancellationToken);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Run(CliContext context, string corpusPath, int count, int rounds, bool full, CancellationToken cancellationToken)
    {
        RequireCorpus(corpusPath);

        var texts = JsonLinesArticles.Read(corpusPath, ArticleMeta.None, cancellationToken).Take(count).Select(a => a.Text).ToList();
        var chars = texts.Sum(t => (long)t.Length);
        var utf16Megabytes = chars * 2 / 1e6;
        var output = context.Out;
        output.WriteLine(FormattableString.Invariant(
            $"corpus {corpusPath}: {texts.Count} articles, {chars:N0} chars ({utf16Megabytes:F1} MB as UTF-16); warm-up then {rounds} rounds, median"));
        output.WriteLine(FormattableString.Invariant(
            $"process after loading: working set {Process.GetCurrentProcess().WorkingSet64 / 1e6:F0} MB, managed {GC.GetTotalMemory(false) / 1e6:F0} MB"));

        var phases = new List<BenchPhase> { BenchPhases.IsnadTextLayer(), BenchPhases.LuceneArabic() };
        var engineFailures = new StrongBox<int>();
        if (full || FindsAttributions(texts))
        {
            phases.Add(BenchPhases.WithoutEntitiesRulesOnly(engineFailures));
            phases.Add(BenchPhases.WithoutEntities(engineFailures));
            phases.Add(BenchPhases.FullPipeline(engineFailures));
        }

        var results = phases.ToDictionary(p => p.Name, _ => new PhaseResult());
        // Warm-up, one phase at a time, so each phase's peak working set is seen before the next one adds to it.
        foreach (var phase in phases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = results[phase.Name];
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            result.Tokens = phase.Pass(texts);
            result.AllocatedPerPass = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            result.PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
            result.ManagedAfter = GC.GetTotalMemory(forceFullCollection: false);
        }

        for (var round = 0; round < rounds; round++)
        {
            // Alternate the starting phase so no phase always runs on a freshly collected heap.
            for (var i = 0; i < phases.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var phase = phases[(i + round) % phases.Count];
                var stopwatch = Stopwatch.StartNew();
                phase.Pass(texts);
                results[phase.Name].Seconds.Add(stopwatch.Elapsed.TotalSeconds);
            }
        }

        var luceneMegabytesPerSecond = utf16Megabytes / Median(results[BenchPhases.Lucene].Seconds);
        output.WriteLine();
        output.WriteLine($"{"phase",-22} {"tokens",10} {"median s",9} {"tokens/s",11} {"MB/s",8} {"vs lucene",9} {"peak WS MB",10} {"managed MB",10} {"alloc MB/pass",13}");
        foreach (var phase in phases)
        {
            var result = results[phase.Name];
            var seconds = Median(result.Seconds);
            var megabytesPerSecond = utf16Megabytes / seconds;
            output.WriteLine(FormattableString.Invariant(
                $"{phase.Name,-22} {result.Tokens,10:N0} {seconds,9:F3} {result.Tokens / seconds,11:N0} {megabytesPerSecond,8:F1} {megabytesPerSecond / luceneMegabytesPerSecond,8:F2}x {result.PeakWorkingSet / 1e6,10:F0} {result.ManagedAfter / 1e6,10:F0} {result.AllocatedPerPass / 1e6,13:F0}"));
        }

        if (engineFailures.Value > 0)
        {
            output.WriteLine($"note: the engine threw on {engineFailures.Value} of {texts.Count} articles (skipped in the full-pipeline pass)");
        }

        output.WriteLine();
        output.WriteLine("MB/s counts the input as UTF-16 (chars x 2). Lucene's tokens exclude its stop words; Isnad's include punctuation.");
        output.WriteLine("peak WS is the process's peak working set after that phase's warm-up (cumulative, phases run in the order listed).");
    }

    private static void RunLong(CliContext context, string corpusPath, int length, int rounds, CancellationToken cancellationToken)
    {
        if (length < LongTextBench.ShortLength)
        {
            throw new CliError($"--long: must be at least {LongTextBench.ShortLength:N0} characters");
        }

        RequireCorpus(corpusPath);

        var articles = JsonLinesArticles.Read(corpusPath, ArticleMeta.None, cancellationToken).Select(a => a.Text);
        LongTextBench.Run(context.Out, articles, length, rounds, cancellationToken);
    }

    private static void RequireCorpus(string corpusPath)
    {
        if (!File.Exists(corpusPath))
        {
            throw new CliError($"{corpusPath}: no such file (give --corpus PATH or set ISNAD_DATA to the data folder)");
        }
    }

    /// <summary>The full pipeline is timed by default only once it does more than the text layer.</summary>
    private static bool FindsAttributions(List<string> texts) =>
        texts.Take(50).Any(text =>
        {
            try
            {
                return Pipeline.Default.Analyze(text).Attributions.Count > 0;
            }
#pragma warning disable CA1031 // A throwing engine still has attributions to time; the full pass counts the failures.
            catch (Exception)
#pragma warning restore CA1031
            {
                return true;
            }
        });

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private sealed class PhaseResult
    {
        public long Tokens { get; set; }

        public long AllocatedPerPass { get; set; }

        public long PeakWorkingSet { get; set; }

        public long ManagedAfter { get; set; }

        public List<double> Seconds { get; } = [];
    }

}
