using System.CommandLine;
using System.Text.Json;
using Isnad.Cli.Evaluation;
using Isnad.Cli.Input;
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
        var cvRanker = new Option<bool>("--cv-ranker")
        {
            Description = "With --folds K: score each fold with a mention ranker trained (as train-ranker does) on the other folds' gold only, so the ranker is never scored on articles it learned from.",
        };
        var rulesOnly = new Option<bool>("--without-ranker")
        {
            Description = "Resolve sources by the rules alone, without the shipped mention ranker, to measure what it adds.",
        };
        var command = new Command("eval", "Score attributions against gold files: per-file lines, misses and wrong parts, then 'ALL (micro)'.")
        {
            gold, corpus, texts, system, withoutEntities, summary, folds, cvRanker, rulesOnly,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var corpusPaths = parse.GetValue(corpus) ?? [];
            var textsPath = parse.GetValue(texts);
            if (corpusPaths.Length > 0 && textsPath is not null)
            {
                throw new CliError("eval: give --corpus or --texts, not both");
            }

            var builder = new PipelineBuilder();
            if (parse.GetValue(withoutEntities))
            {
                builder.WithoutEntities();
            }

            if (parse.GetValue(rulesOnly))
            {
                builder.WithoutRanker();
            }

            var pipeline = builder.Build();
            var foldCount = parse.GetValue(folds);
            if (foldCount is 1 or < 0)
            {
                throw new CliError("eval: --folds needs K ≥ 2");
            }

            Func<string, Pipeline> pipelineFor = _ => pipeline;
            if (parse.GetValue(cvRanker))
            {
                if (foldCount < 2 || corpusPaths.Length == 0 || parse.GetValue(rulesOnly))
                {
                    throw new CliError("eval: --cv-ranker needs --folds K, --corpus, and the ranker");
                }

                pipelineFor = CrossValidatedRankers(parse.GetRequiredValue(gold), corpusPaths, foldCount, builder, cancellationToken);
            }

            var output = parse.GetValue(summary) ? TextWriter.Null : context.Out;
            Run(context.Out, output, parse.GetRequiredValue(gold), corpusPaths, textsPath, parse.GetValue(system), pipelineFor, foldCount, cancellationToken);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <param name="total">Where the 'ALL (micro)' line goes.</param>
    /// <param name="details">Where the per-item and per-article lines go (<see cref="TextWriter.Null"/> for --summary).</param>
    private static void Run(TextWriter total, TextWriter details, string[] goldFolders, string[] corpusPaths, string? textsFolder, string? systemFolder, Func<string, Pipeline> pipelineFor, int foldCount, CancellationToken cancellationToken)
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
                using var systemOutput = systemFolder is null ? RunEngine(article, pipelineFor(doc)) : LoadSystem(Path.Combine(systemFolder, doc + ".json"));
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

    /// <summary>A pipeline per fold, each with a ranker trained on the other folds' articles (same fold assignment as the scores).</summary>
    private static Func<string, Pipeline> CrossValidatedRankers(string[] goldFolders, string[] corpusPaths, int foldCount, PipelineBuilder builder, CancellationToken cancellationToken)
    {
        var examples = TrainRankerCommand.CollectExamples(goldFolders, corpusPaths, cancellationToken);
        var docs = goldFolders.SelectMany(f => Directory.GetFiles(f, "*.gold.json"))
            .Select(p => { using var g = LoadGold(p); return Doc(g, p); }).ToList();
        var assigned = EvaluationFolds.Assign(docs, foldCount);
        var pipelines = new Pipeline[foldCount];
        for (var fold = 0; fold < foldCount; fold++)
        {
            var ranker = RankerTraining.Train([.. examples.Where(e => assigned[e.Doc] != fold)], TrainRankerCommand.DefaultEpochs, TrainRankerCommand.DefaultSeed, l2: TrainRankerCommand.DefaultL2);
            using var model = new MemoryStream();
            using (var writer = new StreamWriter(model, new System.Text.UTF8Encoding(false), leaveOpen: true))
            {
                ranker.Save(writer, $"fold {fold + 1} of {foldCount}");
            }

            model.Position = 0;
            pipelines[fold] = builder.UseRanker(model).Build();
        }

        return doc => pipelines[assigned[doc]];
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

    internal static JsonDocument LoadGold(string path)
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

    internal static string Doc(JsonDocument gold, string path) =>
        gold.RootElement.ValueKind == JsonValueKind.Object &&
        gold.RootElement.TryGetProperty("doc", out var doc) && doc.ValueKind == JsonValueKind.String
            ? doc.GetString()!
            : throw new CliError($"{path}: no \"doc\" field");
}
