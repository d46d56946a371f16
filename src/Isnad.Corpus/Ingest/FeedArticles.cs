using CodeHollow.FeedReader;
using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>Articles from an RSS or Atom feed (CodeHollow.FeedReader): each item's content, else its description, as text.</summary>
internal static class FeedArticles
{
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<InputItem> Read(string xml, string name, ArticleMeta fallback)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
#pragma warning disable CA1031 // The library throws several types for a malformed feed; each is the user's input.
        catch (Exception malformed)
#pragma warning restore CA1031
        {
            return [new RejectedInput(name, $"not a readable RSS or Atom feed ({InputError.OneLine(malformed.Message)})")];
        }

        var outlet = fallback.Outlet ?? (string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim());
        return feed.Items.Select((item, index) => Item(item, $"{name}#{index + 1}", outlet, fallback)).ToList();
    }

    private static InputItem Item(FeedItem item, string name, string? outlet, ArticleMeta fallback)
    {
        var html = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
        var text = string.IsNullOrWhiteSpace(html) ? "" : HtmlArticles.FragmentText(html);
        name = string.IsNullOrWhiteSpace(item.Link) ? name : item.Link;
        if (text.Length == 0)
        {
            return new RejectedInput(name, "feed item without content or description");
        }

        var date = item.PublishingDate is { } published ? DateOnly.FromDateTime(published) : fallback.Date;
        var meta = new ArticleMeta(string.IsNullOrWhiteSpace(item.Id) ? fallback.Id : item.Id, outlet, date);
        return new Article(name, text, meta, item.Title, item.Author, item.Link);
    }
}
