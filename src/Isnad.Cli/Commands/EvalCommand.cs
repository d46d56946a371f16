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
        var gold = new Option<string>("--gold")
        {
            Description = "Folder of *.gold.json files (ANNOTATION.md §2).",
            HelpName = "DIR",
            Required = true,
        };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "SaudiNewsNet JSONL(.gz): texts are the articles whose id is the gold 'doc'.",
            HelpName = "PATH",
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
        var command = new Command("eval", "Score attributions against gold files: per-file lines, misses and wrong parts, then 'ALL (micro)'.")
        {
            gold, corpus, texts, system, withoutEntities,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var corpusPath = parse.GetValue(corpus);
            var textsPath = parse.GetValue(texts);
            if (corpusPath is not null && textsPath is not null)
            {
                throw new CliError("eval: give --corpus or --texts, not both");
            }

            var pipeline = parse.GetValue(withoutEntities) ? Pipeline.WithoutEntities : Pipeline.Default;
            Run(context, parse.GetRequiredValue(gold), corpusPath, textsPath, parse.GetValue(system), pipeline, cancellationToken);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void Run(CliContext context, string goldFolder, string? corpusPath, string? textsFolder, string? systemFolder, Pipeline pipeline, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(goldFolder))
        {
            throw new CliError($"{goldFolder}: no such folder");
        }

        // Same order as the script's sorted(glob(...)).
        var goldPaths = Directory.GetFiles(goldFolder, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        if (goldPaths.Count == 0)
        {
            throw new CliError($"{goldFolder}: no *.gold.json files");
        }

        var golds = goldPaths.Select(path => (Path: path, Document: LoadGold(path))).ToList();
        try
        {
            var texts = corpusPath is not null
                ? GoldTexts.FromCorpus(corpusPath, golds.Select(g => Doc(g.Document, g.Path)).ToHashSet(StringComparer.Ordinal), cancellationToken)
                : GoldTexts.FromFolder(textsFolder ?? goldFolder);

            var total = ScoreCounts.Zero;
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
                    counts = AttributionScorer.Score(root, article.Text, systemOutput.RootElement, context.Out.WriteLine);
                }
                catch (Exception malformed) when (malformed is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
                {
                    throw new CliError($"{path}: malformed gold file ({IsnadCli.OneLine(malformed.Message)})");
                }

                context.Out.WriteLine(AttributionScorer.Line(doc, counts));
                total = total.Add(counts);
            }

            context.Out.WriteLine(AttributionScorer.Line("ALL (micro)", total));
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
