using Isnad.Attributions;
using Isnad.Attributions.Resolution;
using Isnad.Entities;
using Isnad.Entities.Gazetteer;
using Isnad.Entities.Tagger;
using Isnad.Model;

namespace Isnad;

/// <summary>
/// Configures and builds a <see cref="Pipeline"/>: which entity model it runs (the shipped one, one read from a stream
/// or file, or none), and its limits. <see cref="Build"/> loads everything once and returns a frozen, thread-safe
/// pipeline; the builder may be changed and built again afterwards without affecting pipelines already built.
/// The lexicons are the ones embedded in the engine; their hashes are reported in <see cref="Analysis.Engine"/>.
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>The default limit on one document: 5,000,000 UTF-16 code units (about 10 MB of Arabic UTF-8).</summary>
    public const int DefaultMaxTextLength = 5_000_000;

    private byte[]? modelBytes;
    private byte[]? rankerBytes;
    private bool withRanker = true;
    private bool withEntities = true;
    private int maxTextLength = DefaultMaxTextLength;

    /// <summary>The longest text <see cref="Pipeline.Analyze(string, ArticleMeta?, CancellationToken)"/> accepts.</summary>
    public int MaxTextLength => maxTextLength;

    /// <summary>Uses the entity model read (to its end, now) from <paramref name="stream"/> instead of the shipped one.</summary>
    public PipelineBuilder UseModel(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        modelBytes = copy.ToArray();
        withEntities = true;
        return this;
    }

    /// <summary>Uses the entity model in the file at <paramref name="path"/> instead of the shipped one.</summary>
    public PipelineBuilder UseModelFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        modelBytes = File.ReadAllBytes(path);
        withEntities = true;
        return this;
    }

    /// <summary>Goes back to the model shipped with the engine.</summary>
    public PipelineBuilder UseDefaultModel()
    {
        modelBytes = null;
        withEntities = true;
        return this;
    }

    /// <summary>Uses the mention ranker read (to its end, now) from <paramref name="stream"/> instead of the shipped one.</summary>
    public PipelineBuilder UseRanker(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        rankerBytes = copy.ToArray();
        withRanker = true;
        return this;
    }

    /// <summary>Uses the mention ranker in the file at <paramref name="path"/> instead of the shipped one.</summary>
    public PipelineBuilder UseRankerFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        rankerBytes = File.ReadAllBytes(path);
        withRanker = true;
        return this;
    }

    /// <summary>Resolves sources by the rules alone, without the learned mention ranker.</summary>
    public PipelineBuilder WithoutRanker()
    {
        rankerBytes = null;
        withRanker = false;
        return this;
    }

    /// <summary>Leaves out the entity stage (no tagger, gazetteer entities or dates): for measuring what it adds.</summary>
    public PipelineBuilder WithoutEntities()
    {
        modelBytes = null;
        withEntities = false;
        return this;
    }

    /// <summary>Refuses texts longer than <paramref name="characters"/> UTF-16 code units with a <see cref="TextTooLongException"/>.</summary>
    public PipelineBuilder WithMaxTextLength(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(characters);
        maxTextLength = characters;
        return this;
    }

    /// <summary>Loads the model (a bad model stream fails here, not at the first article) and freezes the pipeline.</summary>
    public Pipeline Build()
    {
        var (attributions, rankerHash) = Attributions();
        if (!withEntities)
        {
            return new Pipeline(null, attributions, Engine(model: null, rankerHash), maxTextLength);
        }

        if (modelBytes is null)
        {
            return new Pipeline(EntityRecognizer.Default, attributions, Engine(DefaultModelHash.Value, rankerHash), maxTextLength);
        }

        using var stream = new MemoryStream(modelBytes, writable: false);
        var recognizer = new EntityRecognizer(NerModel.Load(stream), GazetteerMatcher.Default);
        return new Pipeline(recognizer, attributions, Engine(EngineHashes.Sha256Hex(modelBytes), rankerHash), maxTextLength);
    }

    private (AttributionExtractor Extractor, string? RankerHash) Attributions()
    {
        if (!withRanker)
        {
            return (AttributionExtractor.RulesOnly, null);
        }

        if (rankerBytes is null)
        {
            return (AttributionExtractor.Default, DefaultRankerHash.Value);
        }

        using var reader = new StreamReader(new MemoryStream(rankerBytes, writable: false), System.Text.Encoding.UTF8);
        var ranker = MentionRanker.Load(reader, "ranker model");
        return (new AttributionExtractor(ReportingLexicon.Default, ranker), EngineHashes.Sha256Hex(rankerBytes));
    }

    private static readonly Lazy<string?> DefaultRankerHash = new(() =>
    {
        using var resource = typeof(MentionRanker).Assembly.GetManifestResourceStream(MentionRanker.ResourceName);
        return resource is null ? null : EngineHashes.Sha256Hex(resource);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> DefaultModelHash = new(HashDefaultModel, LazyThreadSafetyMode.ExecutionAndPublication);

    private static EngineInfo Engine(string? model, string? ranker) =>
        new(EngineHashes.Version, EngineHashes.Build, model, EngineHashes.LexiconsCombined, EngineHashes.LexiconFiles) { Ranker = ranker };

    private static string HashDefaultModel()
    {
        using (var resource = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName))
        {
            if (resource is not null)
            {
                return EngineHashes.Sha256Hex(resource);
            }
        }

        var path = NerModel.FindDefaultFile() ?? throw new FileNotFoundException($"No NER model: no embedded {NerModel.ResourceName} and no models/{NerModel.DefaultFileName}.");
        using var file = File.OpenRead(path);
        return EngineHashes.Sha256Hex(file);
    }
}
