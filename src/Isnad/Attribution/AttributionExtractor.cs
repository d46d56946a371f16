using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// Finds attributions in one article: cues, their sources (resolved to earlier mentions), contents and relay chains.
/// Stateless and thread-safe: each call works on its own <see cref="ArticleExtraction"/>.
/// </summary>
internal sealed class AttributionExtractor(ReportingLexicon lexicon)
{
    public static AttributionExtractor Default { get; } = new(ReportingLexicon.Default);

    public IReadOnlyList<Attribution> Extract(TextAnalysis layer, ArticleMeta meta)
    {
        var doc = new ArticleText(layer);
        return new ArticleExtraction(doc, lexicon, meta).Run();
    }
}
