using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Isnad.Model;

namespace Isnad.Cli.Input;

/// <summary>
/// Articles from a JSON Lines file, gzip-compressed or not (SaudiNewsNet layout: <c>id</c>, <c>text</c>, <c>outlet</c>,
/// <c>date</c> as <c>YYYY-MM-DD[ hh:mm:ss]</c>). Streams: one line in memory at a time.
/// </summary>
internal static class JsonLinesArticles
{
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Articles in file order. <paramref name="fallback"/> fills meta the line does not give.</summary>
    public static IEnumerable<Article> Read(string path, ArticleMeta fallback, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new CliError($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new CliError($"{path}: no such file");
        }

        return ReadLines(path, fallback, cancellationToken);
    }

    private static IEnumerable<Article> ReadLines(string path, ArticleMeta fallback, CancellationToken cancellationToken)
    {
        using var reader = Open(path);
        var lineNumber = 0;
        while (ReadLine(reader, path) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, $"{path}:{lineNumber}", fallback);
        }

        if (lineNumber == 0)
        {
            throw new CliError($"{path}: empty file");
        }
    }

    private static string? ReadLine(StreamReader reader, string path)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (InvalidDataException corrupt)
        {
            throw new CliError($"{path}: corrupt gzip data ({IsnadCli.OneLine(corrupt.Message)})");
        }
    }

    private static StreamReader Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        // Sniff the gzip magic rather than trusting the extension.
        var first = file.ReadByte();
        var second = file.ReadByte();
        file.Position = 0;
        Stream stream = first == 0x1f && second == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    private static Article Parse(string line, string where, ArticleMeta fallback)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CliError($"{where}: not a JSON object");
            }

            var text = StringField(root, "text") ?? throw new CliError($"{where}: no \"text\" field");
            var id = StringField(root, "id");
            var meta = new ArticleMeta(
                id ?? fallback.Id,
                StringField(root, "outlet") ?? fallback.Outlet,
                ParseDate(StringField(root, "date")) ?? fallback.Date);
            return new Article(id ?? where, text, meta);
        }
        catch (JsonException json)
        {
            throw new CliError($"{where}: invalid JSON ({IsnadCli.OneLine(json.Message)})");
        }
    }

    private static string? StringField(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Leading <c>YYYY-MM-DD</c> of a date or date-time; null when absent or malformed.</summary>
    public static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } &&
        DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
