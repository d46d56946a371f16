using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Isnad.Attributions.Resolution;
using Isnad.Cli.Evaluation;

namespace Isnad.Cli.Commands;

/// <summary>
/// <c>isnad train-ranker --gold DIR… --corpus PATH…</c>: learns the mention ranker from gold attributions, reports its
/// cross-validated accuracy beside the rules', and writes the model (by default <c>models/ranker-ar.tsv</c>).
/// </summary>
internal static class TrainRankerCommand
{
    public const int DefaultEpochs = 10;
    public const int DefaultSeed = 1;
    public const float DefaultL2 = 0.01f;

    public static Command Build(CliContext context)
    {
        var gold = new Option<string[]>("--gold") { Description = "Folder of *.gold.json files; repeat it to pool several sets.", HelpName = "DIR", Required = true, Arity = ArgumentArity.OneOrMore };
        var corpus = new Option<string[]>("--corpus") { Description = "Corpus JSONL(.gz) holding the gold articles; repeat it for several corpora.", HelpName = "PATH", Required = true, Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: models/ranker-ar.tsv beside the sources); '-' for none.", HelpName = "FILE" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples.", DefaultValueFactory = _ => DefaultEpochs };
        var l2 = new Option<float>("--l2") { Description = "Pull of every weight back toward the rules' weights (L2, per step).", DefaultValueFactory = _ => DefaultL2 };
        var folds = new Option<int>("--folds") { Description = "Report accuracy on K cross-validation folds (articles dealt as in 'eval --folds'); 0 for none.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the example order.", DefaultValueFactory = _ => DefaultSeed };
        var dump = new Option<string?>("--examples") { Description = "Also write every example (reference, cue offsets, the rules' pick, the right candidates) as TSV, for reading the errors.", HelpName = "FILE" };
        var command = new Command("train-ranker", "Learn the mention ranker (which earlier mention a pronoun, pro-drop verb, participle or description refers to) from gold attributions.")
        {
            gold, corpus, output, epochs, folds, seed, dump, l2,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var k = parse.GetValue(folds);
            if (k is 1 or < 0 || parse.GetValue(epochs) < 1)
            {
                throw new CliError("train-ranker: --folds needs 0 or K ≥ 2, --epochs at least 1");
            }

            var examples = CollectExamples(parse.GetRequiredValue(gold), parse.GetRequiredValue(corpus), cancellationToken);
            if (parse.GetValue(dump) is { } dumpPath)
            {
                WriteExamples(dumpPath, examples);
            }

            Run(context.Out, examples, parse.GetValue(output) ?? DefaultModelPath(), new Settings(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(l2)), k, args: parse.Tokens.Select(t => t.Value));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The labelled resolutions of every gold article, by the rules alone (no shipped ranker, no entity stage).</summary>
    internal static List<RankerTraining.Example> CollectExamples(string[] goldFolders, string[] corpusPaths, CancellationToken cancellationToken)
    {
        var rules = new PipelineBuilder().WithoutEntities().WithoutRanker().Build();
        var golds = new List<(string Path, JsonDocument Document)>();
        try
        {
            foreach (var folder in goldFolders)
            {
                if (!Directory.Exists(folder))
                {
                    throw new CliError($"{folder}: no such folder");
                }

                golds.AddRange(Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal).Select(p => (p, EvalCommand.LoadGold(p))));
            }

            var texts = GoldTexts.FromCorpora(corpusPaths, golds.Select(g => EvalCommand.Doc(g.Document, g.Path)).ToHashSet(StringComparer.Ordinal), cancellationToken);
            var examples = new List<RankerTraining.Example>();
            foreach (var (path, document) in golds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var doc = EvalCommand.Doc(document, path);
                var root = document.RootElement;
                var sha = root.TryGetProperty("sha256", out var hash) && hash.ValueKind == JsonValueKind.String ? hash.GetString() : null;
                examples.AddRange(RankerTraining.Examples(doc, root, texts.Get(doc, sha, path), rules));
            }

            return examples;
        }
        finally
        {
            foreach (var (_, document) in golds)
            {
                document.Dispose();
            }
        }
    }

    private sealed record Settings(int Epochs, int Seed, float L2);

    private static void Run(TextWriter output, List<RankerTraining.Example> examples, string modelPath, Settings settings, int folds, IEnumerable<string> args)
    {
        var docs = examples.Select(e => e.Doc).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"examples: {examples.Count} resolutions with a right and a wrong candidate, from {docs} articles");
        var report = new List<string>();
        if (folds >= 2)
        {
            var assigned = EvaluationFolds.Assign(examples.Select(e => e.Doc), folds);
            int ranker = 0, rules = 0, count = 0;
            for (var fold = 0; fold < folds; fold++)
            {
                var model = RankerTraining.Train([.. examples.Where(e => assigned[e.Doc] != fold)], settings.Epochs, settings.Seed, l2: settings.L2);
                var (r, b, n) = RankerTraining.Accuracy(model, examples.Where(e => assigned[e.Doc] == fold));
                ranker += r;
                rules += b;
                count += n;
                var line = $"fold {fold + 1}: ranker {r}/{n} ({RankerTraining.Percent(r, n)}), rules {b}/{n} ({RankerTraining.Percent(b, n)})";
                output.WriteLine(line);
            }

            var all = $"cross-validated ({folds} folds): ranker {ranker}/{count} ({RankerTraining.Percent(ranker, count)}), rules {rules}/{count} ({RankerTraining.Percent(rules, count)})";
            output.WriteLine(all);
            report.Add(all);
        }

        var final = RankerTraining.Train(examples, settings.Epochs, settings.Seed, l2: settings.L2);
        var (fit, fitRules, fitCount) = RankerTraining.Accuracy(final, examples);
        output.WriteLine($"on its own training examples: ranker {fit}/{fitCount}, rules {fitRules}/{fitCount}");
        if (modelPath == "-")
        {
            return;
        }

        var header = string.Join('\n',
        [
            "ranker-ar.tsv — weights of the mention ranker (Isnad model; written by `isnad train-ranker`, do not edit by hand)",
            "One weight a line: feature name TAB weight. Features not listed weigh 0. The names are RankerFeatureSpace's.",
            $"Trained with: isnad {string.Join(' ', args)}",
            $"Examples: {examples.Count} from {docs} articles; {settings.Epochs} epochs, seed {settings.Seed}, L2 {settings.L2.ToString(CultureInfo.InvariantCulture)}.",
            .. report,
        ]);
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliError($"{modelPath}: the folder does not exist");
        }

        var temporary = modelPath + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            final.Save(writer, header);
        }

        File.Move(temporary, modelPath, overwrite: true);
        output.WriteLine($"wrote {modelPath} ({RankerFeatureSpace.Size} features)");
    }

    private static void WriteExamples(string path, List<RankerTraining.Example> examples)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("doc\treference\tcue\trules_pick\trules_right\tright_candidates\tcandidates");
        foreach (var e in examples)
        {
            var d = e.Decision;
            string Name(int c) => Flat(d.Candidates[c].Mention is null ? "(new: " + d.PhraseText + ")" : d.Candidates[c].Texts);
            var right = string.Join(" ; ", Enumerable.Range(0, d.Candidates.Count).Where(c => e.Right[c]).Select(Name));
            writer.WriteLine(string.Join('\t', e.Doc, RankerFeatureSpace.ReferenceNames[d.Reference], $"{d.Cue.Start}-{d.Cue.End}",
                d.RulePick >= 0 ? Name(d.RulePick) : "-", d.RulePick >= 0 && e.Right[d.RulePick] ? "yes" : "no", right,
                d.Candidates.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string Flat(string text) => text.Replace('\t', ' ').Replace('\n', ' ');

    private static string DefaultModelPath()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Isnad.slnx")))
            {
                return Path.Combine(directory.FullName, "models", MentionRanker.DefaultFileName);
            }
        }

        throw new CliError("train-ranker: no Isnad.slnx above the current folder; give --out FILE");
    }
}
