using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>
/// The main text of an HTML page (AngleSharp): the <c>article</c> element, else the element whose own paragraphs hold
/// the most text, with scripts, navigation, headers, footers, asides and forms removed; and the page's title, author,
/// publication date and outlet from its metadata (Open Graph, <c>meta</c> names, <c>time</c>).
/// </summary>
internal static partial class HtmlArticles
{
    private static readonly HtmlParser Parser = new();

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
               head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The page as an article, or the reason it has none.</summary>
    public static InputItem Extract(string html, string name, string? url, ArticleMeta fallback)
    {
        using var document = Parser.ParseDocument(html);
        var title = Meta(document, "meta[property='og:title']") ?? document.Title?.Trim() ?? document.QuerySelector("h1")?.TextContent.Trim();
        var author = Meta(document, "meta[name='author']") ?? Meta(document, "meta[property='article:author']");
        var dateText = Meta(document, "meta[property='article:published_time']") ?? Meta(document, "meta[itemprop='datePublished']") ??
                       Meta(document, "meta[name='date']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var outlet = Meta(document, "meta[property='og:site_name']") ?? OutletFromUrl(url);
        var text = MainText(document);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RejectedInput(name, "no main text in the HTML page");
        }

        var date = dateText is not null ? JsonLinesArticles.ParseDate(dateText.Trim()) : null;
        var meta = new ArticleMeta(fallback.Id, fallback.Outlet ?? outlet, date ?? fallback.Date);
        return new Article(name, text, meta, string.IsNullOrWhiteSpace(title) ? null : title, author, url);
    }

    /// <summary>The text of an HTML fragment (a feed item's content), paragraphs separated by blank lines.</summary>
    public static string FragmentText(string html)
    {
        using var document = Parser.ParseDocument("<html><body>" + html + "</body></html>");
        return MainText(document);
    }

    private static string MainText(IDocument document)
    {
        foreach (var noise in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, iframe, template").ToList())
        {
            noise.Remove();
        }

        var body = document.Body;
        if (body is null)
        {
            return "";
        }

        var container = document.QuerySelector("article") ?? BestParagraphContainer(body) ?? body;
        var paragraphs = container.QuerySelectorAll("p").Select(p => Collapse(p.TextContent)).Where(p => p.Length > 0).ToList();
        return paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : Collapse(container.TextContent);
    }

    private static IElement? BestParagraphContainer(IElement body)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            var length = parent.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length);
            if (length > bestLength)
            {
                (best, bestLength) = (parent, length);
            }
        }

        return best;
    }

    private static string? Meta(IDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } content ? content.Trim() : null;

    private static string? OutletFromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The charset a page declares in its first bytes (<c>meta charset</c> or <c>http-equiv</c>), if any and known.</summary>
    public static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = Charset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(match.Groups[1].Value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
