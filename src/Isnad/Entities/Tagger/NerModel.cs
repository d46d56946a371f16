using System.Buffers;

namespace Isnad.Entities.Tagger;

/// <summary>
/// A trained named-entity tagger (averaged structured perceptron over hashed features, BIO over PER, ORG, LOC,
/// MISC). Immutable and thread-safe: each thread tags with its own scratch buffers.
/// </summary>
public sealed class NerModel
{
    /// <summary>File name of the shipped model, in <c>models/</c> and as the embedded resource's last part.</summary>
    public const string DefaultFileName = "ner-ar.bin";

    /// <summary>Name of the embedded resource holding the shipped model, when the engine is built with it.</summary>
    public const string ResourceName = "Isnad.Models." + DefaultFileName;

    [ThreadStatic]
    private static FeatureScratch? t_scratch;

    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly FeatureExtractor _extractor;

    internal NerModel(FeatureExtractor extractor, ulong[] hashes, float[] weights, float[] transitions, float outsideBias = 0, NerModel? documentStage = null)
        : this(extractor, hashes, BuildTable(hashes), weights, transitions, outsideBias, documentStage)
    {
    }

    private NerModel(FeatureExtractor extractor, ulong[] hashes, FeatureTable table, float[] weights, float[] transitions, float outsideBias, NerModel? documentStage)
    {
        DocumentStage = documentStage;
        _extractor = extractor;
        _table = table;
        OutsideBias = outsideBias;
        _weights = weights;
        _transitions = transitions;
        Hashes = hashes;
    }

    /// <summary>
    /// Added to the score of O at every word. The perceptron leans towards O on unseen names; a small negative bias
    /// chosen on dev data trades some precision for more recall.
    /// </summary>
    public float OutsideBias { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => Hashes.Length;

    public NerGazetteer Gazetteer => _extractor.Gazetteer;

    public WordClusters Clusters => _extractor.Clusters;

    internal ulong[] Hashes { get; }

    /// <summary>The same model with another <see cref="OutsideBias"/> (weights shared).</summary>
    internal NerModel WithOutsideBias(float bias) => new(_extractor, Hashes, _table, _weights, _transitions, bias, DocumentStage);

    /// <summary>
    /// The second-stage model that <see cref="TagDocument"/> runs with the cues of a first pass over the whole
    /// document (<see cref="DocumentMemory"/>), or null when the model has none.
    /// </summary>
    internal NerModel? DocumentStage { get; }

    /// <summary>This model with <paramref name="stage"/> as its document stage (weights shared).</summary>
    internal NerModel WithDocumentStage(NerModel? stage) => new(_extractor, Hashes, _table, _weights, _transitions, OutsideBias, stage);

    /// <summary>Whether <see cref="TagDocument"/> does more than tag each sentence alone.</summary>
    public bool HasDocumentStage => DocumentStage is not null;

    /// <summary>
    /// Tags the sentences of one document (an article). With a document stage, a first pass tags every sentence and a
    /// second pass re-tags them knowing how each word was tagged elsewhere in the document.
    /// </summary>
    public byte[][] TagDocument(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var first = new byte[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            first[s] = new byte[sentences[s].Length];
            Tag(sentences[s], first[s]);
        }

        if (DocumentStage is not { } stage)
        {
            return first;
        }

        var cues = DocumentMemory.Cues(sentences, first);
        var second = new byte[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            second[s] = new byte[sentences[s].Length];
            stage.Tag(sentences[s], cues[s], second[s]);
        }

        return second;
    }

    private static FeatureTable BuildTable(ulong[] hashes)
    {
        var table = new FeatureTable(hashes.Length);
        for (var row = 0; row < hashes.Length; row++)
        {
            table.Add(hashes[row], row);
        }

        return table;
    }

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Transitions => _transitions;

    internal FeatureExtractor Extractor => _extractor;

    public static NerModel Load(Stream stream) => NerModelFormat.Read(stream);

    public void Save(Stream stream) => NerModelFormat.Write(this, stream);

    /// <summary>
    /// The shipped model: the embedded resource if the engine carries it, else <c>models/ner-ar.bin</c> in the nearest
    /// folder above the application that has one.
    /// </summary>
    public static NerModel LoadDefault()
    {
        using (var resource = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName))
        {
            if (resource is not null)
            {
                return Load(resource);
            }
        }

        var path = FindDefaultFile() ?? throw new FileNotFoundException(
            $"No NER model: the engine has no embedded {ResourceName} and no models/{DefaultFileName} was found above {AppContext.BaseDirectory}.");
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>The path of <c>models/ner-ar.bin</c> in the nearest folder above the application, or null.</summary>
    public static string? FindDefaultFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "models", DefaultFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Tags the words of one sentence; returns tag names (O, B-PER, I-PER, …).</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var array = words as string[] ?? [.. words];
        var tags = array.Length <= 256 ? stackalloc byte[array.Length] : new byte[array.Length];
        Tag(array, tags);
        var names = new string[array.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = BioTags.Name(tags[i]);
        }

        return names;
    }

    /// <summary>Tags the words of one sentence into <paramref name="tags"/> (see <see cref="BioTags"/>).</summary>
    public void Tag(ReadOnlySpan<string> words, Span<byte> tags) => Tag(words, default, tags);

    internal void Tag(ReadOnlySpan<string> words, ReadOnlySpan<uint> documentCues, Span<byte> tags)
    {
        if (tags.Length < words.Length)
        {
            throw new ArgumentException("One tag per word is needed.", nameof(tags));
        }

        var scratch = t_scratch ??= new FeatureScratch();
        _extractor.Extract(words, documentCues, scratch);
        var n = words.Length;
        var emissions = scratch.Emissions.AsSpan(0, n * BioTags.Count);
        emissions.Clear();
        var features = scratch.Features;
        var starts = scratch.Starts;
        var weights = _weights;
        for (var i = 0; i < n; i++)
        {
            var scores = emissions.Slice(i * BioTags.Count, BioTags.Count);
            scores[BioTags.Outside] = OutsideBias;
            for (var f = starts[i]; f < starts[i + 1]; f++)
            {
                var row = _table.Find(features[f]);
                if (row < 0)
                {
                    continue;
                }

                var w = weights.AsSpan(row * BioTags.Count, BioTags.Count);
                for (var t = 0; t < BioTags.Count; t++)
                {
                    scores[t] += w[t];
                }
            }
        }

        ViterbiDecoder.Decode(emissions, _transitions, scratch.Scores, scratch.Backpointers, tags[..n]);
    }

    /// <summary>Tags a sentence and returns its entities as word ranges.</summary>
    public List<TaggedEntity> FindEntities(ReadOnlySpan<string> words)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(words.Length);
        try
        {
            var tags = buffer.AsSpan(0, words.Length);
            Tag(words, tags);
            return BioTags.Entities(tags);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
