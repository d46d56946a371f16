using System.Globalization;
using System.Text;
using System.Text.Json;
using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Corpus.Queue;

/// <summary>
/// The body of one queue message: an article as JSON (UTF-8), <c>{"v":1,"id":…,"name":…,"text":…,"meta":{"id","outlet","date"},
/// "title","author","url"}</c>. <c>id</c> is the store's article id (from the normalised text), so a worker and a reader
/// of the queue agree on what an article is without analysing it.
/// </summary>
internal static class ArticleMessage
{
    public const int Version = 1;

    /// <summary>Bodies larger than this are refused before decoding (a whole article is a few tens of kilobytes).</summary>
    public const int MaxBytes = 4 << 20;

    public static byte[] Encode(string id, Article article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteString("id", id);
            json.WriteString("name", article.Name);
            json.WriteString("text", article.Text);
            json.WriteStartObject("meta");
            json.WriteString("id", article.Meta.Id);
            json.WriteString("outlet", article.Meta.Outlet);
            json.WriteString("date", article.Meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("title", article.Title);
            json.WriteString("author", article.Author);
            json.WriteString("url", article.Url);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The article in a body, or throws <see cref="PoisonMessage"/> saying what is wrong with it.</summary>
    public static Article Decode(ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxBytes)
        {
            throw new PoisonMessage($"too large ({body.Length:N0} bytes; the limit is {MaxBytes:N0})");
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PoisonMessage("undecodable: not a JSON object");
            }

            if (!root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version)
            {
                throw new PoisonMessage($"undecodable: not an article message of version {Version}");
            }

            var text = String(root, "text") ?? throw new PoisonMessage("undecodable: no \"text\"");
            var name = String(root, "name") ?? String(root, "id") ?? "(unnamed)";
            ArticleMeta meta = new();
            if (root.TryGetProperty("meta", out var metaElement) && metaElement.ValueKind == JsonValueKind.Object)
            {
                meta = new ArticleMeta(String(metaElement, "id"), String(metaElement, "outlet"), Date(String(metaElement, "date")));
            }

            return new Article(name, text, meta, String(root, "title"), String(root, "author"), String(root, "url"));
        }
        catch (JsonException json)
        {
            throw new PoisonMessage($"undecodable: {InputError.OneLine(json.Message)}");
        }
        catch (ArgumentException argument)
        {
            // Invalid UTF-8 reaches JsonDocument as an ArgumentException in some paths.
            throw new PoisonMessage($"undecodable: {InputError.OneLine(argument.Message)}");
        }
        catch (FormatException format)
        {
            throw new PoisonMessage($"undecodable: {InputError.OneLine(format.Message)}");
        }
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new PoisonMessage($"undecodable: \"{name}\" is not a string");
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new PoisonMessage($"undecodable: date '{text}' is not YYYY-MM-DD");

    /// <summary>A short description of a body for logs: its start, on one line.</summary>
    public static string Preview(ReadOnlyMemory<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, 80)]);
        return InputError.OneLine(text);
    }
}

/// <summary>A message that can never be processed (undecodable, too large, refused by the engine): it goes to the dead-letter queue with this reason.</summary>
internal sealed class PoisonMessage(string reason) : Exception(reason);
