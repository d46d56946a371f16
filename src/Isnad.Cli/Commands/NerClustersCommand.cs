using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using Isnad.Entities.Tagger;
using static Isnad.Cli.Commands.NerCommandSupport;

namespace Isnad.Cli.Commands;

/// <summary>
/// <c>isnad ner-clusters</c>: learns word clusters for the tagger from unlabelled articles (JSON lines with a "text"
/// field, gzipped or not) and writes them as "path word count" lines, the format train-ner --clusters reads.
/// </summary>
internal static class NerClustersCommand
{
    public static Command Build()
    {
        var input = new Option<string>("--input") { Description = "Articles as JSON lines (.jsonl or .jsonl.gz) with a \"text\" field.", Required = true };
        var output = new Option<string>("--out") { Description = "Cluster file to write.", Required = true };
        var words = new Option<int>("--words") { Description = "How many of the most frequent words to cluster.", DefaultValueFactory = _ => 150_000 };
        var minCount = new Option<int>("--min-count") { Description = "Cluster only words seen at least this often.", DefaultValueFactory = _ => 5 };
        var depth = new Option<int>("--depth") { Description = "Depth of the cluster tree (path length in bits).", DefaultValueFactory = _ => 16 };

        var window = new Option<int>("--window") { Description = "Words on each side whose vectors predict a word.", DefaultValueFactory = _ => 2 };
        var dimensions = new Option<int>("--dimensions") { Description = "Length of the word vectors.", DefaultValueFactory = _ => 100 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the articles to learn the vectors.", DefaultValueFactory = _ => 3 };

        var command = new Command("ner-clusters", "Learn word clusters for the NER tagger from unlabelled articles.") { input, output, words, minCount, depth, window, dimensions, epochs };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(() =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: file not found.");
            }

            if (parse.GetValue(window) < 1 || parse.GetValue(dimensions) < 1 || parse.GetValue(epochs) < 1)
            {
                throw new UsageException("--window, --dimensions and --epochs must be at least 1.");
            }

            var builder = new WordClusterBuilder { VocabularySize = parse.GetValue(words), MinCount = parse.GetValue(minCount), MaxDepth = parse.GetValue(depth), Window = parse.GetValue(window), Dimensions = parse.GetValue(dimensions), Epochs = parse.GetValue(epochs), Log = Console.WriteLine };
            var clusters = builder.Build(ReadTexts(path), cancellationToken);
            using var writer = new StreamWriter(parse.GetValue(output)!);
            foreach (var (word, bits) in clusters.OrderBy(c => c.Value, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                writer.Write(bits);
                writer.Write('\t');
                writer.WriteLine(word);
            }

            Console.WriteLine(Format($"wrote {clusters.Count} words"));
            return 0;
        })));
        return command;
    }

    private static IEnumerable<string> ReadTexts(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string? text;
            try
            {
                using var json = JsonDocument.Parse(line);
                text = json.RootElement.TryGetProperty("text", out var value) ? value.GetString() : null;
            }
            catch (JsonException e)
            {
                throw new UsageException($"{path}:{lineNumber}: not JSON ({e.Message}).");
            }

            if (text is not null)
            {
                yield return text;
            }
        }
    }
}
