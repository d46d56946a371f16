using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Isnad.Model;

namespace Isnad.Corpus.Input;

/// <summary>
/// Articles from JSON Lines, gzip-compressed or not (SaudiNewsNet layout: <c>id</c>, <c>text</c>, <c>outlet</c>,
/// <c>date</c> as <c>YYYY-MM-DD[ hh:mm:ss]</c>, and optionally <c>title</c>, <c>author</c>, <c>url</c>). Streams: one
/// line in memory at a time. A bad line is yielded as a <see cref="RejectedInput"/> naming its line and the problem, and
/// the lines after it are still read.
/// </summary>
internal static class JsonLinesArticles
{
    private static readonly string[] StringFields = ["id", "text", "outlet", "date", "title", "author", "url"];

    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether bytes read from a stream of unknown kind (stdin) are JSON Lines: gzip data, or a first non-blank
    /// character <c>{</c> (an article's text does not start so).
    /// </summary>
    public static bool LooksLikeJsonLines(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return true;
        }

        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    /// <summary>Articles in file order, failing on the first bad line (for tools that need a clean corpus: eval, bench).</summary>
    public static IEnumerable<Article> Read(string path, ArticleMeta fallback, CancellationToken cancellationToken)
    {
        foreach (var item in ReadItems(path, fallback, cancellationToken))
        {
            yield return item switch
            {
                Article article => article,
                RejectedInput rejected => throw new InputError($"{rejected.Name}: {rejected.Reason}"),
                _ => throw new InvalidOperationException(item.GetType().Name),
            };
        }
    }

    /// <summary>Articles and rejected lines in file order. <paramref name="fallback"/> fills meta a line does not give.</summary>
    public static IEnumerable<InputItem> ReadItems(string path, ArticleMeta fallback, CancellationToken cancellationToken)
    {
        TextFileReader.CheckFile(path);
        return ReadLines(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), path, fallback, cancellationToken);
    }

    /// <summary>As <see cref="ReadItems(string, ArticleMeta, CancellationToken)"/>, from an open stream named <paramref name="name"/>.</summary>
    public static IEnumerable<InputItem> ReadItems(Stream stream, string name, ArticleMeta fallback, CancellationToken cancellationToken) =>
        ReadLines(() => stream, name, fallback, cancellationToken);

    /// <summary>The number of non-blank lines (gzip or not), without parsing them: for a progress bar's total.</summary>
    public static long CountLines(string path, CancellationToken cancellationToken)
    {
        TextFileReader.CheckFile(path);
        using var reader = Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), path);
        long count = 0;
        while (ReadLine(reader, path) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(line))
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<InputItem> ReadLines(Func<Stream> open, string name, ArticleMeta fallback, CancellationToken cancellationToken)
    {
        using var reader = Open(open(), name);
        var lineNumber = 0;
        while (ReadLine(reader, name) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, $"{name}:{lineNumber}", fallback);
        }

        if (lineNumber == 0)
        {
            throw new InputError($"{name}: empty file");
        }
    }

    private static string? ReadLine(StreamReader reader, string name)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (InvalidDataException corrupt)
        {
            throw new InputError($"{name}: corrupt gzip data ({InputError.OneLine(corrupt.Message)})");
        }
        catch (IOException io)
        {
            throw new InputError($"{name}: cannot read ({InputError.OneLine(io.Message)})");
        }
    }

    private static StreamReader Open(Stream raw, string name)
    {
        // Sniff the gzip magic rather than trusting the extension; a buffered stream lets a pipe be sniffed too.
        var stream = new BufferedStream(raw, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        int read;
        try
        {
            read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        }
        catch (IOException io)
        {
            stream.Dispose();
            throw new InputError($"{name}: cannot read ({InputError.OneLine(io.Message)})");
        }

        var gzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        var prefix = magic[..read].ToArray();
        Stream replayed = new PrefixedStream(prefix, stream);
        Stream decoded = gzip ? new GZipStream(replayed, CompressionMode.Decompress) : replayed;
        return new StreamReader(decoded, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    /// <summary>One line as an article, or the reason it is not one.</summary>
    internal static InputItem Parse(string line, string where, ArticleMeta fallback)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException json)
        {
            return new RejectedInput(where, $"invalid JSON ({InputError.OneLine(json.Message)})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new RejectedInput(where, $"not a JSON object but {Describe(root.ValueKind)}");
            }

            foreach (var field in StringFields)
            {
                if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return new RejectedInput(where, $"\"{field}\" is {Describe(value.ValueKind)}, not a string");
                }
            }

            var text = StringField(root, "text");
            if (text is null)
            {
                return new RejectedInput(where, "no \"text\" field");
            }

            DateOnly? date = fallback.Date;
            // An empty date (the shared ANT corpus has some) is no date, not a malformed one.
            if (StringField(root, "date") is { } dateText && !string.IsNullOrWhiteSpace(dateText))
            {
                if (ParseDateOrDateTime(dateText) is not { } parsed)
                {
                    return new RejectedInput(where, $"date: '{dateText}' is not a date in the form YYYY-MM-DD");
                }

                date = parsed;
            }

            var id = StringField(root, "id");
            var meta = new ArticleMeta(id ?? fallback.Id, StringField(root, "outlet") ?? fallback.Outlet, date);
            return new Article(id ?? where, text, meta, StringField(root, "title"), StringField(root, "author"), StringField(root, "url"));
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "a string",
    };

    private static string? StringField(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary><c>YYYY-MM-DD</c>, alone or followed by a time (<c> hh:mm:ss</c> or <c>Thh:mm…</c>); null otherwise.</summary>
    public static DateOnly? ParseDateOrDateTime(string value) =>
        (value.Length == 10 || (value.Length > 10 && value[10] is ' ' or 'T')) &&
        DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Leading <c>YYYY-MM-DD</c> of a date or date-time; null when absent or malformed.</summary>
    public static DateOnly? ParseDate(string? value) => value is null ? null : ParseDateOrDateTime(value);
}
