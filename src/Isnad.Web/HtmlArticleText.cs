using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Isnad.Web;

/// <summary>
/// The readable text of an HTML article: the first <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>, else the body,
/// without scripts, styles, navigation, headers, footers, asides and forms; one paragraph per block element. The
/// HTML is only parsed, never run or fetched from.
/// </summary>
internal static class HtmlArticleText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "object",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "pre", "figure", "figcaption", "dd", "dt", "hr",
    };

    public static string Extract(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        IElement? root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return string.Empty;
        }

        var output = new StringBuilder(html.Length / 2);
        Append(root, output);
        return Tidy(output);
    }

    private static void Append(INode node, StringBuilder output)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    output.Append(text.Data);
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    output.Append('\n');
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        output.Append("\n\n");
                    }

                    Append(element, output);
                    if (block)
                    {
                        output.Append("\n\n");
                    }

                    break;
            }
        }
    }

    /// <summary>Spaces collapsed within lines, lines trimmed, paragraphs separated by one blank line.</summary>
    private static string Tidy(StringBuilder raw)
    {
        var lines = raw.ToString().Split('\n');
        var result = new StringBuilder(raw.Length);
        var pendingBreak = 0;
        foreach (var line in lines)
        {
            var collapsed = string.Join(' ', line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length == 0)
            {
                pendingBreak++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(pendingBreak > 0 ? "\n\n" : "\n");
            }

            result.Append(collapsed);
            pendingBreak = 0;
        }

        return result.ToString();
    }
}
