using Isnad.Attributions;
using Isnad.Entities;
using Isnad.Model;
using Isnad.Text;

namespace Isnad;

/// <summary>
/// The engine: text in, <see cref="Analysis"/> out. Pure, thread-safe, no I/O. Build once (it loads lexicons and the
/// entity model) and share.
/// </summary>
public sealed class Pipeline
{
    private static readonly Lazy<Pipeline> DefaultInstance = new(() => new Pipeline(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AttributionExtractor attributions = AttributionExtractor.Default;
    private readonly EntityRecognizer? entities;

    /// <summary>The full engine: text layer, entities (tagger, gazetteers, dates) and attributions.</summary>
    public Pipeline()
        : this(withEntities: true)
    {
    }

    private Pipeline(bool withEntities)
    {
        entities = withEntities ? EntityRecognizer.Default : null;
    }

    /// <summary>The engine without the entity stage (no tagger): for measuring what the tagger adds.</summary>
    public static Pipeline WithoutEntities { get; } = new(withEntities: false);

    public static Pipeline Default => DefaultInstance.Value;

    public Analysis Analyze(string text, ArticleMeta? meta = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        meta ??= ArticleMeta.None;
        var layer = TextAnalysis.Of(text);
        var found = attributions.Extract(layer, meta);
        if (entities is null)
        {
            return new Analysis(text, meta, layer.Tokens, layer.Sentences, layer.Quotations, [], found);
        }

        var named = entities.Recognize(layer, meta);
        return new Analysis(text, meta, layer.Tokens, layer.Sentences, layer.Quotations, named, EntityLinker.Link(found, named));
    }
}
