using System.Globalization;
using System.Text;
using System.Text.Json;
using Isnad.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Isnad.Web;

/// <summary>
/// Reads the body of <c>POST /api/analyze</c> by its media type: <c>text/plain</c>, <c>text/html</c> (the main
/// text is extracted) or <c>application/json</c> (<see cref="ArticleRequest"/>). Meta for plain text and HTML comes
/// from the query string (<c>?outlet=&amp;date=&amp;url=</c>). Every refusal is a <see cref="BadRequestException"/>
/// that names the problem.
/// </summary>
internal static class ArticleRequestReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ArticleInput> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.ContentType))
        {
            throw Unsupported("no Content-Type: send text/plain, text/html or application/json");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || !mediaType.MediaType.HasValue)
        {
            throw Unsupported($"Content-Type '{request.ContentType}' is malformed");
        }

        var kind = mediaType.MediaType.Value!.ToLowerInvariant();
        if (kind is not ("text/plain" or "text/html" or "application/json"))
        {
            throw Unsupported(NotAccepted(kind));
        }

        var encoding = EncodingOf(mediaType);
        var bytes = await ReadLimitedAsync(request, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        string body;
        try
        {
            body = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Bad($"the body is not valid {encoding.WebName}");
        }

        var input = kind switch
        {
            "application/json" => FromJson(body),
            "text/html" => new ArticleInput(HtmlArticleText.Extract(body), MetaFromQuery(request.Query)),
            _ => new ArticleInput(body.TrimStart('\uFEFF'), MetaFromQuery(request.Query)),
        };
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            throw Bad(kind == "text/html" ? "the HTML has no text to analyse" : "the article text is empty");
        }

        return input;
    }

    /// <summary>The refusal of a media type, also said by <see cref="StatusProblems"/> when routing refuses it first.</summary>
    public static string NotAccepted(string mediaType) =>
        $"Content-Type '{mediaType}' is not accepted: send text/plain, text/html or application/json";

    private static Encoding EncodingOf(MediaTypeHeaderValue mediaType)
    {
        var charset = mediaType.Charset.HasValue ? mediaType.Charset.Value!.Trim('"') : null;
        if (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ||
            charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return StrictUtf8;
        }

        if (charset.Equals("utf-16", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf-16le", StringComparison.OrdinalIgnoreCase))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        throw Unsupported($"charset '{charset}' is not accepted: send UTF-8 (or UTF-16LE)");
    }

    /// <summary>Reads the whole body, refusing it with 413 as soon as it passes the limit (Content-Length or chunked).</summary>
    private static async Task<byte[]> ReadLimitedAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            throw TooLarge(request.ContentLength.Value, maxBodyBytes);
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 16 * 1024, 1 << 20));
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes)
                {
                    throw TooLarge(null, maxBodyBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(null, maxBodyBytes);
        }
        catch (BadHttpRequestException exception)
        {
            // A malformed chunk or a body shorter than its Content-Length.
            throw new BadRequestException(exception.StatusCode, "Bad request", $"the body could not be read: {exception.Message}");
        }

        return buffer.ToArray();
    }

    private static ArticleInput FromJson(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            throw Bad($"the body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Bad("the JSON body must be an object {\"text\": …, \"url\"?, \"outlet\"?, \"date\"?}");
            }

            var text = OptionalString(root, "text") ?? throw Bad("text: required (the article as a string)");
            var url = OptionalString(root, "url");
            var outlet = OptionalString(root, "outlet");
            var date = ParseDate(OptionalString(root, "date"), "date");
            return new ArticleInput(text, new ArticleMeta(Id: url, Outlet: NullIfBlank(outlet), Date: date));
        }
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad($"{name}: must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
        }

        return value.GetString();
    }

    private static ArticleMeta MetaFromQuery(IQueryCollection query)
    {
        string? Single(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        return new ArticleMeta(Id: NullIfBlank(Single("url")), Outlet: NullIfBlank(Single("outlet")), Date: ParseDate(Single("date"), "date"));
    }

    private static DateOnly? ParseDate(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw Bad($"{name}: '{value}' is not a date YYYY-MM-DD");
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static BadRequestException Bad(string message) => new(StatusCodes.Status400BadRequest, "Bad request", message);

    private static BadRequestException Unsupported(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", message);

    private static BadRequestException TooLarge(long? length, long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        length is { } known
            ? $"the body has {known:N0} bytes, more than the limit of {limit:N0}"
            : $"the body is larger than the limit of {limit:N0} bytes");
}
