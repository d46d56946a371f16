using System.CommandLine;
using Isnad.Entities.Tagger;
using static Isnad.Cli.Commands.NerCommandSupport;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad train-ner</c>: trains the entity tagger on CoNLL files, scores it on test files and writes it.</summary>
internal static class TrainNerCommand
{
    public static Command Build()
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL training file(s).", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL dev file(s) used to choose the number of epochs.", AllowMultipleArgumentsPerToken = true };
        var devFraction = new Option<double>("--dev-fraction") { Description = "Without --dev, hold out this last fraction of the training sentences as dev (0 = none)." };
        var test = new Option<string[]>("--test") { Description = "CoNLL test file(s) to report on.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Number of epochs (the maximum when a dev set chooses).", DefaultValueFactory = _ => 15 };
        var refit = new Option<bool>("--refit") { Description = "After choosing the epoch count on dev, retrain on train + dev for that many epochs." };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "CLASS=FILE: a phrase list, one phrase a line, as gazetteer class CLASS (repeatable).", AllowMultipleArgumentsPerToken = true };
        var clusters = new Option<string?>("--clusters") { Description = "Word clusters: one 'path word [count]' a line." };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 1 };
        var dropout = new Option<double>("--dropout") { Description = "Probability of hiding each feature in a training step (regularisation)." };
        var noBias = new Option<bool>("--no-bias") { Description = "Do not tune the bias of O on dev." };
        var runs = new Option<int>("--runs") { Description = "Perceptrons trained with different seeds and averaged.", DefaultValueFactory = _ => 1 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights smaller than this in absolute value from the model.", DefaultValueFactory = _ => 0.001f };
        var documentStage = new Option<bool>("--document-stage") { Description = $"Add a second stage that re-tags each document ({DefaultDocumentWindow} consecutive sentences) knowing how its words were tagged elsewhere in it." };
        var target = new Option<string[]>("--target")
        {
            Description = "The --train file(s) of the kind of text the model is for: the other training files then get their own copy of every feature (domain adaptation), left out of the model.",
            AllowMultipleArgumentsPerToken = true,
        };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times in training.", DefaultValueFactory = _ => 1 };

        var command = new Command("train-ner", "Train the named-entity tagger (PER, ORG, LOC, MISC) and report exact-match P/R/F1.")
        {
            train, dev, devFraction, test, output, epochs, refit, gazetteers, clusters, seed, minCount, dropout, noBias, runs, prune, documentStage, target,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(() =>
        {
            var targets = parse.GetValue(target) ?? [];
            var trainPaths = parse.GetValue(train) ?? [];
            foreach (var path in targets.Where(t => !trainPaths.Contains(t, StringComparer.Ordinal)))
            {
                throw new UsageException($"--target {path}: not one of the --train files.");
            }

            var trainSet = trainPaths.SelectMany(path => ReadCorpora([path]).Select(s => targets.Length == 0 ? s : s with { Domain = targets.Contains(path, StringComparer.Ordinal) ? Domains.Target : Domains.Other })).ToList();
            var devSet = ReadCorpora(parse.GetValue(dev) ?? []).Select(s => targets.Length == 0 ? s : s with { Domain = Domains.Target }).ToList();
            var testSets = (parse.GetValue(test) ?? []).Select(path => (Path: path, Sentences: ReadCorpora([path]))).ToList();
            if (parse.GetValue(epochs) < 1 || parse.GetValue(runs) < 1)
            {
                throw new UsageException("--epochs and --runs must be at least 1.");
            }

            var fraction = parse.GetValue(devFraction);
            if (devSet.Count == 0 && fraction > 0)
            {
                var held = (int)Math.Round(trainSet.Count * fraction);
                devSet = trainSet[^held..];
                trainSet = trainSet[..^held];
            }

            var gazetteer = BuildGazetteer(parse.GetValue(gazetteers) ?? []);
            var wordClusters = parse.GetValue(clusters) is { } clusterPath ? ReadClusters(clusterPath) : WordClusters.Empty;
            Console.WriteLine(Format($"train {trainSet.Count} sentences, {trainSet.Sum(s => s.Words.Length)} words; dev {devSet.Count} sentences; gazetteer {gazetteer.PhraseCount} phrases in {gazetteer.ClassNames.Count} classes; clusters {wordClusters.WordCount} words"));

            var trainer = new PerceptronTrainer(gazetteer, wordClusters)
            {
                Seed = parse.GetValue(seed),
                MinFeatureCount = parse.GetValue(minCount),
                FeatureDropout = parse.GetValue(dropout),
                Runs = parse.GetValue(runs),
                PruneBelow = parse.GetValue(prune),
                Log = Console.WriteLine,
            };
            var result = trainer.Train(trainSet, devSet.Count > 0 ? devSet : null, parse.GetValue(epochs), cancellationToken);
            if (result.DevF1 is { } devF1)
            {
                Console.WriteLine(Format($"best dev epoch {result.Epoch}, dev micro F1 {devF1 * 100:0.00}"));
            }

            var model = result.Model;
            var bias = 0f;
            if (devSet.Count > 0 && !parse.GetValue(noBias))
            {
                bias = OutsideBiasTuner.Tune(model, devSet, out var tunedF1);
                model = model.WithOutsideBias(bias);
                Console.WriteLine(Format($"outside bias {bias} chosen on dev, dev micro F1 {tunedF1 * 100:0.00}"));
            }

            if (parse.GetValue(refit) && devSet.Count > 0)
            {
                Console.WriteLine(Format($"refit on train + dev for {result.Epoch} epochs"));
                var refitter = new PerceptronTrainer(gazetteer, wordClusters) { Seed = trainer.Seed, MinFeatureCount = trainer.MinFeatureCount, FeatureDropout = trainer.FeatureDropout, Runs = trainer.Runs, PruneBelow = trainer.PruneBelow, Log = Console.WriteLine };
                model = refitter.Train([.. trainSet, .. devSet], null, result.Epoch, cancellationToken).Model.WithOutsideBias(bias);
            }

            if (parse.GetValue(documentStage))
            {
                var firstStage = result.Model.WithOutsideBias(bias);
                model = model.WithDocumentStage(TrainDocumentStage(trainer, trainSet, devSet, firstStage, result.Epoch, parse.GetValue(refit), parse.GetValue(epochs), cancellationToken));
            }

            foreach (var (path, sentences) in testSets)
            {
                Console.WriteLine($"test {path}");
                Console.WriteLine(Score(model, sentences).Report());
            }

            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var file = File.Create(outPath))
            {
                model.Save(file);
            }

            Console.WriteLine(Format($"wrote {outPath}: {new FileInfo(outPath).Length / 1024.0 / 1024.0:0.00} MB, {model.FeatureCount} features"));
            return 0;
        })));
        return command;
    }

    /// <summary>
    /// Trains the second stage on first-pass tags that are honest about unseen text: the training part is tagged in
    /// five folds, each by a first-stage model trained on the other four, and the dev part by the first-stage model
    /// that never saw it.
    /// </summary>
    private static NerModel TrainDocumentStage(PerceptronTrainer trainer, List<TaggedSentence> trainSet, List<TaggedSentence> devSet, NerModel firstStage, int firstEpochs, bool refit, int epochs, CancellationToken cancellationToken)
    {
        const int Folds = 5;
        var trainFirst = new byte[trainSet.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var from = fold * trainSet.Count / Folds;
            var to = (fold + 1) * trainSet.Count / Folds;
            var foldTrainer = Like(trainer, null);
            var foldModel = foldTrainer.Train([.. trainSet[..from], .. trainSet[to..]], null, firstEpochs, cancellationToken).Model.WithOutsideBias(firstStage.OutsideBias);
            for (var s = from; s < to; s++)
            {
                trainFirst[s] = new byte[trainSet[s].Words.Length];
                foldModel.Tag(trainSet[s].Words, trainFirst[s]);
            }

            Console.WriteLine(Format($"document stage: fold {fold + 1}/{Folds} tagged"));
        }

        var trainCues = DocumentMemory.CuesByWindow(trainSet.Select(s => s.Words).ToList(), trainFirst, DefaultDocumentWindow);
        var devFirst = devSet.Select(s =>
        {
            var tags = new byte[s.Words.Length];
            firstStage.Tag(s.Words, tags);
            return tags;
        }).ToList();
        var devCues = DocumentMemory.CuesByWindow(devSet.Select(s => s.Words).ToList(), devFirst, DefaultDocumentWindow);

        var stageTrainer = Like(trainer, Console.WriteLine);
        var result = stageTrainer.Train(trainSet, trainCues, devSet.Count > 0 ? devSet : null, devSet.Count > 0 ? devCues : null, epochs, cancellationToken);
        var stage = result.Model;
        var bias = 0f;
        if (devSet.Count > 0)
        {
            bias = OutsideBiasTuner.Tune(stage, devSet, devCues, out var f1);
            Console.WriteLine(Format($"document stage: best dev epoch {result.Epoch}, outside bias {bias}, dev micro F1 {f1 * 100:0.00}"));
        }

        if (refit && devSet.Count > 0)
        {
            stage = Like(trainer, null).Train([.. trainSet, .. devSet], [.. trainCues, .. devCues], null, null, result.Epoch, cancellationToken).Model;
        }

        return stage.WithOutsideBias(bias);
    }

    private static PerceptronTrainer Like(PerceptronTrainer trainer, Action<string>? log) =>
        new(trainer.Gazetteer, trainer.Clusters)
        {
            Seed = trainer.Seed,
            MinFeatureCount = trainer.MinFeatureCount,
            FeatureDropout = trainer.FeatureDropout,
            Runs = trainer.Runs,
            PruneBelow = trainer.PruneBelow,
            Log = log,
        };

    private static NerGazetteer BuildGazetteer(string[] specs)
    {
        var phrases = new List<KeyValuePair<string, string>>(TaggerCueWords.AsPhrases());
        foreach (var spec in specs)
        {
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--gazetteer {spec}: expected CLASS=FILE.");
            }

            var path = spec[(equals + 1)..];
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: file not found.");
            }

            var className = spec[..equals];
            phrases.AddRange(File.ReadLines(path).Select(line => new KeyValuePair<string, string>(line.Trim(), className)));
        }

        return NerGazetteer.Build(phrases);
    }

    private static WordClusters ReadClusters(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: file not found.");
        }

        using var reader = new StreamReader(path);
        return WordClusters.Read(reader);
    }
}
