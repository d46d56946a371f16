using Isnad.Attributions.Resolution;
using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// Finds attributions in one article: cues, their sources (resolved to earlier mentions), contents and relay chains.
/// Stateless and thread-safe: each call works on its own <see cref="ArticleExtraction"/>.
/// </summary>
internal sealed class AttributionExtractor(ReportingLexicon lexicon, MentionRanker? ranker)
{
    public static AttributionExtractor Default { get; } = new(ReportingLexicon.Default, MentionRanker.Default);

    /// <summary>The rules alone: no learned resolution.</summary>
    public static AttributionExtractor RulesOnly { get; } = new(ReportingLexicon.Default, null);

    public MentionRanker? Ranker => ranker;

    public IReadOnlyList<Attribution> Extract(TextAnalysis layer, ArticleMeta meta, IResolutionObserver? observer = null)
    {
        var doc = new ArticleText(layer);
        return new ArticleExtraction(doc, lexicon, meta, ranker, observer).Run();
    }
}
