using System.Net.Http.Headers;
using System.Text;
using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>
/// Turns what the user names (files, folders read recursively, <c>-</c> for stdin, http(s) URLs) into articles and
/// refused inputs, lazily and in a stable order (folder entries sorted by ordinal name). Each file is read by its kind:
/// JSON Lines (also gzip), RSS or Atom, HTML, else plain text. A problem with one input is a <see cref="RejectedInput"/>,
/// never an exception, so one bad file does not stop the batch.
/// </summary>
internal sealed class IngestSources(ArticleMeta fallback, Func<Stream> openStdin, HttpClient? http = null, long maxFileBytes = 64L << 20)
{
    public static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws a one-line <see cref="InputError"/> for a named source that does not exist, before anything is read.</summary>
    public static void Check(string source)
    {
        if (source != TextFileReader.StdinName && !IsUrl(source) && !Directory.Exists(source) && !File.Exists(source))
        {
            throw new InputError($"{source}: no such file or folder");
        }
    }

    public IEnumerable<InputItem> Read(IEnumerable<string> sources, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var items = IsUrl(source) ? FromUrl(source, cancellationToken)
                : Directory.Exists(source) ? FromFolder(source, cancellationToken)
                : FromFile(source, cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private IEnumerable<InputItem> FromFolder(string folder, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var item in FromFile(file, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<InputItem> FromFile(string path, CancellationToken cancellationToken)
    {
        var name = TextFileReader.DisplayName(path);
        if (path != TextFileReader.StdinName && JsonLinesArticles.IsJsonLines(path))
        {
            return Guard(name, JsonLinesArticles.ReadItems(path, fallback, cancellationToken));
        }

        byte[] bytes;
        try
        {
            if (path != TextFileReader.StdinName && new FileInfo(path).Length > maxFileBytes)
            {
                return [new RejectedInput(name, $"too large ({new FileInfo(path).Length:N0} bytes; the limit is {maxFileBytes:N0})")];
            }

            bytes = TextFileReader.ReadBytes(path, openStdin);
        }
        catch (InputError error)
        {
            return [Rejected(name, error)];
        }

        if (JsonLinesArticles.LooksLikeJsonLines(bytes))
        {
            return Guard(name, JsonLinesArticles.ReadItems(new MemoryStream(bytes), name, fallback, cancellationToken));
        }

        return FromBytes(bytes, name, url: null, contentType: null, fileIdentity: path == TextFileReader.StdinName ? null : Path.GetFileName(path));
    }

    private IEnumerable<InputItem> FromBytes(byte[] bytes, string name, string? url, string? contentType, string? fileIdentity)
    {
        string text;
        try
        {
            var declared = HtmlArticles.DeclaredEncoding(bytes);
            text = declared is not null && !HasBom(bytes) ? declared.GetString(bytes) : TextFileReader.Decode(bytes, name);
        }
        catch (InputError error)
        {
            return [Rejected(name, error)];
        }

        var meta = fallback with { Id = fileIdentity ?? fallback.Id };
        if (FeedArticles.LooksLikeFeed(text) || (contentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return FeedArticles.Read(text, name, fallback);
        }

        if (HtmlArticles.LooksLikeHtml(text) || (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return [HtmlArticles.Extract(text, name, url, meta)];
        }

        return [new Article(name, text, meta, Url: url)];
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) || bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF });

    private IEnumerable<InputItem> FromUrl(string url, CancellationToken cancellationToken)
    {
        if (http is null)
        {
            return [new RejectedInput(url, "URLs are not read here")];
        }

        try
        {
            using var response = http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                return [new RejectedInput(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}")];
            }

            if (response.Content.Headers.ContentLength > maxFileBytes)
            {
                return [new RejectedInput(url, $"too large ({response.Content.Headers.ContentLength:N0} bytes; the limit is {maxFileBytes:N0})")];
            }

            var bytes = ReadLimited(response.Content.ReadAsStream(cancellationToken), url);
            var contentType = response.Content.Headers.ContentType;
            if (Charset(contentType) is { } charset && !HasBom(bytes) && HtmlArticles.DeclaredEncoding(bytes) is null)
            {
                // The server's charset, when the page declares none itself.
                var decoded = charset.GetString(bytes);
                bytes = Encoding.UTF8.GetBytes(decoded);
            }

            return FromBytes(bytes, url, url, contentType?.MediaType, fileIdentity: null);
        }
        catch (HttpRequestException request)
        {
            return [new RejectedInput(url, $"cannot fetch ({InputError.OneLine(request.Message)})")];
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [new RejectedInput(url, "timed out")];
        }
        catch (InputError error)
        {
            return [Rejected(url, error)];
        }
    }

    private byte[] ReadLimited(Stream stream, string url)
    {
        using (stream)
        using (var copy = new MemoryStream())
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > maxFileBytes)
                {
                    throw new InputError($"{url}: too large (more than {maxFileBytes:N0} bytes)");
                }
            }

            return copy.ToArray();
        }
    }

    private static Encoding? Charset(MediaTypeHeaderValue? contentType)
    {
        if (contentType?.CharSet is not { Length: > 0 } charset)
        {
            return null;
        }

        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Yields a reader's items; a failure part-way (corrupt gzip) becomes one refused input, and the batch goes on.</summary>
    private static IEnumerable<InputItem> Guard(string name, IEnumerable<InputItem> items)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            InputItem? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (InputError error)
            {
                failure = Rejected(name, error);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static RejectedInput Rejected(string name, InputError error)
    {
        var message = error.Message;
        var prefix = name + ": ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? new RejectedInput(name, message[prefix.Length..]) : new RejectedInput(name, message);
    }
}
