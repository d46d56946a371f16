using Isnad.Attributions;
using Isnad.Entities;
using Isnad.Model;
using Isnad.Text;

namespace Isnad;

/// <summary>
/// The engine: text in, <see cref="Analysis"/> out. Pure, thread-safe, no I/O. Built once by a
/// <see cref="PipelineBuilder"/> (it loads lexicons and the entity model) and shared; frozen after it is built.
/// </summary>
public sealed class Pipeline
{
    private static readonly Lazy<Pipeline> DefaultInstance = new(() => new PipelineBuilder().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Pipeline> WithoutEntitiesInstance = new(() => new PipelineBuilder().WithoutEntities().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AttributionExtractor attributions;
    private readonly EntityRecognizer? entities;

    /// <summary>The full engine with the shipped model and the default limits (as <see cref="Default"/>).</summary>
    public Pipeline()
        : this(EntityRecognizer.Default, AttributionExtractor.Default, Default.Engine, PipelineBuilder.DefaultMaxTextLength)
    {
    }

    internal Pipeline(EntityRecognizer? entities, AttributionExtractor attributions, EngineInfo engine, int maxTextLength)
    {
        this.entities = entities;
        this.attributions = attributions;
        Engine = engine;
        MaxTextLength = maxTextLength;
    }

    /// <summary>The engine without the entity stage (no tagger): for measuring what the tagger adds.</summary>
    public static Pipeline WithoutEntities => WithoutEntitiesInstance.Value;

    /// <summary>The full engine: shipped model, embedded lexicons, <see cref="PipelineBuilder.DefaultMaxTextLength"/>.</summary>
    public static Pipeline Default => DefaultInstance.Value;

    /// <summary>What this pipeline is: version and hashes, as every analysis it makes reports them.</summary>
    public EngineInfo Engine { get; }

    /// <summary>The longest text it accepts, in UTF-16 code units.</summary>
    public int MaxTextLength { get; }

    /// <summary>Whether it runs the entity stage.</summary>
    public bool HasEntities => entities is not null;

    public Analysis Analyze(string text, ArticleMeta? meta = null) => Analyze(text, meta, CancellationToken.None);

    /// <summary>
    /// Analyses one article. Throws <see cref="TextTooLongException"/> past <see cref="MaxTextLength"/>, and
    /// <see cref="OperationCanceledException"/> between stages once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public Analysis Analyze(string text, ArticleMeta? meta, CancellationToken cancellationToken) => Analyze(text, meta, cancellationToken, null);

    /// <summary>As <see cref="Analyze(string, ArticleMeta?, CancellationToken)"/>, telling <paramref name="observer"/> every ranked resolution.</summary>
    internal Analysis Analyze(string text, ArticleMeta? meta, CancellationToken cancellationToken, Attributions.Resolution.IResolutionObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new TextTooLongException(text.Length, MaxTextLength);
        }

        meta ??= ArticleMeta.None;
        cancellationToken.ThrowIfCancellationRequested();
        var layer = TextAnalysis.Of(text);
        cancellationToken.ThrowIfCancellationRequested();
        var found = attributions.Extract(layer, meta, observer);
        cancellationToken.ThrowIfCancellationRequested();
        if (entities is null)
        {
            return new Analysis(text, meta, layer.Tokens, layer.Sentences, layer.Quotations, [], found, Engine);
        }

        var named = entities.Recognize(layer, meta, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new Analysis(text, meta, layer.Tokens, layer.Sentences, layer.Quotations, named, EntityLinker.Link(found, named), Engine);
    }
}
