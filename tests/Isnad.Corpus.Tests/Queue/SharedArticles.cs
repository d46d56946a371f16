using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Isnad.Corpus.Text;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>Articles of the shared SaudiNewsNet corpus, read from where it lies (never copied into the repository).</summary>
internal static class SharedArticles
{
    private static readonly string Corpus = Path.Combine(Environment.GetEnvironmentVariable("ISNAD_DATA") ?? "/work/shared/data", "news", "saudinewsnet.jsonl.gz");

    public static string? SkipReason => File.Exists(Corpus) ? null : $"{Corpus} is absent: the shared SaudiNewsNet corpus is needed";

    /// <summary>The first <paramref name="count"/> lines of the corpus whose texts are distinct (the store keeps one article a text, the first in input order; workers race).</summary>
    public static string Distinct(int count)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Corpus), CompressionMode.Decompress), Encoding.UTF8);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new StringBuilder();
        while (seen.Count < count && reader.ReadLine() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var text = document.RootElement.TryGetProperty("text", out var value) ? value.GetString() ?? "" : "";
            var words = MatchWords.Split(text);
            if (words.Count > 0 && seen.Add(ArticleIds.FromKeyText(string.Join(' ', words.Select(w => w.Key)))))
            {
                lines.Append(line).Append('\n');
            }
        }

        Assert.True(seen.Count == count, $"{Corpus} has only {seen.Count} distinct articles");
        return lines.ToString();
    }
}
