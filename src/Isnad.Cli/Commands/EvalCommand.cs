using System.CommandLine;
using System.Text.Json;
using Isnad.Cli.Evaluation;
using Isnad.Corpus.Input;
using Isnad.Json;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad eval --gold DIR</c>: scores the engine against gold files exactly as score_attr.py does.</summary>
internal static class EvalCommand
{
    public static Command Build(CliContext context)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Folder of *.gold.json files (ANNOTATION.md §2); repeat it to score several sets as one.",
            HelpName = "DIR",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "Corpus JSONL(.gz) (SaudiNewsNet, ANT): texts are the articles whose id is the gold 'doc'; repeat it for several corpora.",
            HelpName = "PATH",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var summary = new Option<bool>("--summary")
        {
            Description = "Print only the 'ALL (micro)' line: no per-item or per-article lines (for blind sets).",
        };
        var texts = new Option<string?>("--texts")
        {
            Description = "Folder of article texts named by the gold 'doc' (default: the gold folder itself).",
            HelpName = "DIR",
        };
        var system = new Option<string?>("--system")
        {
            Description = "Score stored isnad/1 outputs (DIR/<doc>.json) instead of running the engine, like score_attr.py --many.",
            HelpName = "DIR",
        };
        var withoutEntities = new Option<bool>("--without-entities")
        {
            Description = "Run the engine without its entity stage (no tagger, gazetteers or dates), to measure what that stage adds.",
        };
        var folds = new Option<int>("--folds")
        {
            Description = "Also split the articles into K folds (stable: by the SHA-256 of their doc id, dealt in turn) and print a line per fold and the mean, min and max strict F1, so a change can be judged on every fold, not on the pooled figure alone.",
            HelpName = "K",
        };
        var command = new Command("eval", "Score attributions against gold files: per-file lines, misses and wrong parts, then 'ALL (micro)'.")
        {
            gold, corpus, texts, system, withoutEntities, summary, folds,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var corpusPaths = parse.GetValue(corpus) ?? [];
            var textsPath = parse.GetValue(texts);
            if (corpusPaths.Length > 0 && textsPath is not null)
            {
                throw new CliError("eval: give --corpus or --texts, not both");
            }

            var pipeline = parse.GetValue(withoutEntities) ? Pipeline.WithoutEntities : Pipeline.Default;
            var foldCount = parse.GetValue(folds);
            if (foldCount is 1 or < 0)
            {
                throw new CliError("eval: --folds needs K ≥ 2");
            }

            var output = parse.GetValue(summary) ? TextWriter.Null : context.Out;
            Run(context.Out, output, parse.GetRequiredValue(gold), corpusPaths, textsPath, parse.GetValue(system), pipeline, foldCount, cancellationToken);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <param name="total">Where the 'ALL (micro)' line goes.</param>
    /// <param name="details">Where the per-item and per-article lines go (<see cref="TextWriter.Null"/> for --summary).</param>
    private static void Run(TextWriter total, TextWriter details, string[] goldFolders, string[] corpusPaths, string? textsFolder, string? systemFolder, Pipeline pipeline, int foldCount, CancellationToken cancellationToken)
    {
        var goldPaths = new List<string>();
        foreach (var goldFolder in goldFolders)
        {
            if (!Directory.Exists(goldFolder))
            {
                throw new CliError($"{goldFolder}: no such folder");
            }

            // Same order as the script's sorted(glob(...)), folder by folder.
            var inFolder = Directory.GetFiles(goldFolder, "*.gold.json").Order(StringComparer.Ordinal).ToList();
            if (inFolder.Count == 0)
            {
                throw new CliError($"{goldFolder}: no *.gold.json files");
            }

            goldPaths.AddRange(inFolder);
        }

        var golds = goldPaths.Select(path => (Path: path, Document: LoadGold(path))).ToList();
        try
        {
            var texts = corpusPaths.Length > 0
                ? GoldTexts.FromCorpora(corpusPaths, golds.Select(g => Doc(g.Document, g.Path)).ToHashSet(StringComparer.Ordinal), cancellationToken)
                : textsFolder is not null ? GoldTexts.FromFolder(textsFolder) : GoldTexts.FromGoldFolders(goldFolders);

            var sum = ScoreCounts.Zero;
            var perDocument = new List<(string Doc, ScoreCounts Counts)>();
            foreach (var (path, document) in golds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var root = document.RootElement;
                var doc = Doc(document, path);
                var sha = root.TryGetProperty("sha256", out var hash) && hash.ValueKind == JsonValueKind.String ? hash.GetString() : null;
                var article = texts.Get(doc, sha, path);
                using var systemOutput = systemFolder is null ? RunEngine(article, pipeline) : LoadSystem(Path.Combine(systemFolder, doc + ".json"));
                ScoreCounts counts;
                try
                {
                    counts = AttributionScorer.Score(root, article.Text, systemOutput.RootElement, details.WriteLine);
                }
                catch (Exception malformed) when (malformed is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
                {
                    throw new CliError($"{path}: malformed gold file ({IsnadCli.OneLine(malformed.Message)})");
                }

                details.WriteLine(AttributionScorer.Line(doc, counts));
                sum = sum.Add(counts);
                perDocument.Add((doc, counts));
            }

            total.WriteLine(AttributionScorer.Line("ALL (micro)", sum));
            if (foldCount >= 2)
            {
                EvaluationFolds.Write(total, perDocument, foldCount);
            }
        }
        finally
        {
            foreach (var (_, document) in golds)
            {
                document.Dispose();
            }
        }
    }

    private static JsonDocument RunEngine(Article article, Pipeline pipeline)
    {
        var analysis = EngineFailure.Analyze(article.Name, article.Text, article.Meta, pipeline);
        return JsonDocument.Parse(AnalysisJsonWriter.ToJson(analysis, indented: false));
    }

    /// <summary>Like the script's load_sys: a missing or unreadable output scores as no attributions.</summary>
    private static JsonDocument LoadSystem(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception unreadable) when (unreadable is IOException or JsonException or UnauthorizedAccessException)
        {
            return JsonDocument.Parse("{}");
        }
    }

    private static JsonDocument LoadGold(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException json)
        {
            throw new CliError($"{path}: invalid JSON ({IsnadCli.OneLine(json.Message)})");
        }
    }

    private static string Doc(JsonDocument gold, string path) =>
        gold.RootElement.ValueKind == JsonValueKind.Object &&
        gold.RootElement.TryGetProperty("doc", out var doc) && doc.ValueKind == JsonValueKind.String
            ? doc.GetString()!
            : throw new CliError($"{path}: no \"doc\" field");
}
