using System.Diagnostics;
using System.Globalization;
using Isnad.Entities.Tagger;

namespace Isnad.Cli.Commands;

/// <summary>What train-ner and eval-ner share: reading corpora, scoring a model on them, timing it.</summary>
internal static class NerCommandSupport
{
    /// <summary>Thrown for a user error (missing file, bad tag); the command prints its message and exits with 1.</summary>
    internal sealed class UsageException(string message) : Exception(message);

    public static List<TaggedSentence> ReadCorpora(IEnumerable<string> paths)
    {
        var sentences = new List<TaggedSentence>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: file not found.");
            }

            try
            {
                sentences.AddRange(ConllReader.ReadFile(path));
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }

        return sentences;
    }

    /// <summary>Default number of consecutive sentences that stand for a document in corpora without boundaries.</summary>
    public const int DefaultDocumentWindow = 25;

    public static EntityScores Score(NerModel model, IReadOnlyList<TaggedSentence> sentences, int documentWindow = DefaultDocumentWindow)
    {
        var scores = new EntityScores();
        var predicted = Predict(model, sentences, documentWindow);
        for (var s = 0; s < sentences.Count; s++)
        {
            scores.Add(sentences[s].Tags, predicted[s]);
        }

        return scores;
    }

    /// <summary>Tags sentences; a model with a document stage sees them as documents of consecutive sentences.</summary>
    public static byte[][] Predict(NerModel model, IReadOnlyList<TaggedSentence> sentences, int documentWindow = DefaultDocumentWindow)
    {
        var predicted = new byte[sentences.Count][];
        for (var start = 0; start < sentences.Count; start += documentWindow)
        {
            var count = Math.Min(documentWindow, sentences.Count - start);
            var document = sentences.Skip(start).Take(count).Select(s => s.Words).ToList();
            model.TagDocument(document).CopyTo(predicted, start);
        }

        return predicted;
    }

    /// <summary>
    /// Tags the sentences <paramref name="rounds"/> times on this thread; returns words per second of wall-clock time
    /// and per second of this process's CPU time (the fairer figure on a machine shared with other work).
    /// </summary>
    public static (double Wall, double Cpu) WordsPerSecond(NerModel model, IReadOnlyList<TaggedSentence> sentences, int rounds)
    {
        var tags = new byte[sentences.Max(s => s.Words.Length)];
        foreach (var sentence in sentences)
        {
            model.Tag(sentence.Words, tags); // warm-up: JIT and scratch buffers
        }

        long words = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            if (model.HasDocumentStage)
            {
                Predict(model, sentences);
                words += sentences.Sum(s => s.Words.Length);
                continue;
            }

            foreach (var sentence in sentences)
            {
                model.Tag(sentence.Words, tags);
                words += sentence.Words.Length;
            }
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return (words / wall, words / cpu);
    }

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Runs a command body with the exit codes of the house style: 0, 1 for user errors, 2 for failures.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return 2;
        }
    }
}
