using System.CommandLine;
using System.Diagnostics;
using Isnad.Entities.Tagger;
using static Isnad.Cli.Commands.NerCommandSupport;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad eval-ner</c>: scores a tagger model (the shipped one by default) on CoNLL test files.</summary>
internal static class EvalNerCommand
{
    private const int SpeedRounds = 20;

    public static Command Build()
    {
        var test = new Option<string[]>("--test") { Description = "CoNLL test file(s).", Required = true, AllowMultipleArgumentsPerToken = true };
        var modelPath = new Option<string?>("--model") { Description = "Model file (default: the shipped model)." };
        var firstStage = new Option<bool>("--first-stage") { Description = "Tag each sentence alone with the first stage, ignoring the model's document stage." };
        var predictions = new Option<string?>("--predictions") { Description = "Write 'word gold predicted' lines (CoNLL) to this file." };
        var speed = new Option<bool>("--speed") { Description = $"Also tag the test set {SpeedRounds} times on one thread and print words per second." };

        var command = new Command("eval-ner", "Score the named-entity tagger: exact-match P/R/F1 per type and micro.") { test, modelPath, speed, predictions, firstStage };
        command.SetAction(parse => Run(() =>
        {
            var sentences = ReadCorpora(parse.GetValue(test) ?? []);
            var clock = Stopwatch.StartNew();
            var model = LoadModel(parse.GetValue(modelPath));
            if (parse.GetValue(firstStage))
            {
                model = model.WithDocumentStage(null);
            }

            Console.WriteLine(Format($"model loaded in {clock.Elapsed.TotalMilliseconds:0} ms ({model.FeatureCount} features)"));
            if (parse.GetValue(speed))
            {
                var (wall, cpu) = WordsPerSecond(model, sentences, SpeedRounds);
                var mode = model.HasDocumentStage ? "two passes per document" : "one pass per sentence";
                Console.WriteLine(Format($"speed {wall:0} words/s on one thread, {cpu:0} words per CPU second ({mode}; {SpeedRounds} rounds of {sentences.Sum(s => s.Words.Length)} words)"));
            }

            if (parse.GetValue(predictions) is { } predictionsPath)
            {
                WritePredictions(model, sentences, predictionsPath);
            }

            Console.WriteLine(Score(model, sentences).Report());
            return 0;
        }));
        return command;
    }

    private static void WritePredictions(NerModel model, List<TaggedSentence> sentences, string path)
    {
        using var writer = new StreamWriter(path);
        var predictions = Predict(model, sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                writer.WriteLine($"{sentence.Words[i]} {BioTags.Name(sentence.Tags[i])} {BioTags.Name(predictions[s][i])}");
            }

            writer.WriteLine();
        }
    }

    private static NerModel LoadModel(string? path)
    {
        if (path is null)
        {
            try
            {
                return NerModel.LoadDefault();
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException(e.Message);
            }
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: file not found.");
        }

        using var file = File.OpenRead(path);
        return NerModel.Load(file);
    }
}
