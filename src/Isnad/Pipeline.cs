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

    public static Pipeline Default => DefaultInstance.Value;

    public Analysis Analyze(string text, ArticleMeta? meta = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var layer = TextAnalysis.Of(text);
        return new Analysis(text, meta ?? ArticleMeta.None, layer.Tokens, layer.Sentences, layer.Quotations, [], []);
    }
}
