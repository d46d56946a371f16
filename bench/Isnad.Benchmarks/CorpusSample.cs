using System.IO.Compression;
using System.Text.Json;

namespace Isnad.Benchmarks;

/// <summary>
/// The first articles of the SaudiNewsNet JSONL(.gz) corpus: <c>ISNAD_CORPUS</c> names the file, else
/// <c>$ISNAD_DATA/news/saudinewsnet.jsonl.gz</c>, else <c>../shared/data/…</c> beside the repository.
/// <c>ISNAD_BENCH_ARTICLES</c> sets how many (default 300).
/// </summary>
public static class CorpusSample
{
    public const string CorpusVariable = "ISNAD_CORPUS";

    public static string ResolveCorpusPath()
    {
        if (Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } corpus)
        {
            return Path.GetFullPath(corpus);
        }

        if (Environment.GetEnvironmentVariable("ISNAD_DATA") is { Length: > 0 } data)
        {
            return Path.GetFullPath(Path.Combine(data, "news", "saudinewsnet.jsonl.gz"));
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Isnad.slnx")))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", "news", "saudinewsnet.jsonl.gz"));
            }
        }

        return Path.GetFullPath("saudinewsnet.jsonl.gz");
    }

    public static int ArticleCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("ISNAD_BENCH_ARTICLES"), out var count) && count > 0 ? count : 300;

    public static string[] Load()
    {
        var path = ResolveCorpusPath();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"corpus not found: {path} (set {CorpusVariable} or ISNAD_DATA)", path);
        }

        var wanted = ArticleCount();
        var texts = new List<string>(wanted);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (texts.Count < wanted && reader.ReadLine() is { } line)
        {
            using var article = JsonDocument.Parse(line);
            if (article.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value)
            {
                texts.Add(value);
            }
        }

        return [.. texts];
    }
}
