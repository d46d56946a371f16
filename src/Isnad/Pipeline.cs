using Isnad.Attributions;
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

    public static Pipeline Default => DefaultInstance.Value;

    public Analysis Analyze(string text, ArticleMeta? meta = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        meta ??= ArticleMeta.None;
        var layer = TextAnalysis.Of(text);
        var found = attributions.Extract(layer, meta);
        return new Analysis(text, meta, layer.Tokens, layer.Sentences, layer.Quotations, [], found);
    }
}
