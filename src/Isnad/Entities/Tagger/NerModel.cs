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

    [ThreadStatic]
    private static KeptFeatures? t_kept;

    private readonly WeightTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly FeatureExtractor _extractor;

    internal NerModel(FeatureExtractor extractor, ulong[] hashes, float[] weights, float[] transitions, float outsideBias = 0, NerModel? documentStage = null)
        : this(extractor, hashes, new WeightTable(hashes, weights), weights, transitions, outsideBias, documentStage)
    {
    }

    private NerModel(FeatureExtractor extractor, ulong[] hashes, WeightTable table, float[] weights, float[] transitions, float outsideBias, NerModel? documentStage)
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
    /// Added to the score of O at every word. The perceptron leans towards O on unseen names; a negative bias
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
        var tags = new byte[sentences.Count][];
        if (DocumentStage is not { } stage)
        {
            for (var s = 0; s < sentences.Count; s++)
            {
                tags[s] = new byte[sentences[s].Length];
                Tag(sentences[s], tags[s]);
            }

            return tags;
        }

        // The second stage sees the same features plus the document cues, so the first pass's features are kept
        // and only the cue features are added: each word is analysed once.
        // The kept features of all sentences go into one buffer reused by the thread (a sentence's are a slice of it,
        // its word starts made relative to that slice), not an array per sentence.
        var scratch = t_scratch ??= new FeatureScratch();
        var kept = t_kept ??= new KeptFeatures();
        kept.Clear();
        var slices = new (int Features, int Starts)[sentences.Count];
        var stems = new ulong[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            _extractor.Extract(words, scratch);
            slices[s] = kept.Add(scratch.Features.AsSpan(0, scratch.Starts[words.Length]), scratch.Starts.AsSpan(0, words.Length + 1));
            stems[s] = scratch.Stem.AsSpan(0, words.Length).ToArray();
            tags[s] = new byte[words.Length];
            Decode(kept.Features(slices[s].Features, scratch.Starts[words.Length]), kept.Starts(slices[s].Starts, words.Length + 1), default, scratch, tags[s]);
        }

        var cues = DocumentMemory.Cues(stems, tags);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Length;
            var starts = kept.Starts(slices[s].Starts, words + 1);
            stage.Decode(kept.Features(slices[s].Features, starts[words]), starts, cues[s], scratch, tags[s]);
        }

        if (kept.Oversized)
        {
            t_kept = null; // one huge document must not pin its buffers to the thread
        }

        return tags;
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

    /// <summary>
    /// Tags the words of one sentence into <paramref name="tags"/> (see <see cref="BioTags"/>). This is the first stage
    /// alone; <see cref="TagDocument"/> tags a whole article better when the model has a document stage.
    /// </summary>
    public void Tag(ReadOnlySpan<string> words, Span<byte> tags) => Tag(words, default, tags);

    internal void Tag(ReadOnlySpan<string> words, ReadOnlySpan<uint> documentCues, Span<byte> tags)
    {
        if (tags.Length < words.Length)
        {
            throw new ArgumentException("One tag per word is needed.", nameof(tags));
        }

        var scratch = t_scratch ??= new FeatureScratch();
        _extractor.Extract(words, documentCues, scratch);
        Decode(scratch.Features, scratch.Starts, default, scratch, tags[..words.Length]);
    }

    /// <summary>
    /// Scores the features of each word (word i's are <c>features[starts[i]..starts[i + 1]]</c>), plus the document
    /// cue features when <paramref name="documentCues"/> is given, and decodes the best legal tag sequence.
    /// </summary>
    private void Decode(ReadOnlySpan<ulong> features, ReadOnlySpan<int> starts, ReadOnlySpan<uint> documentCues, FeatureScratch scratch, Span<byte> tags)
    {
        var n = tags.Length;
        scratch.Ensure(n);
        var emissions = scratch.Emissions.AsSpan(0, n * BioTags.Count);
        Span<int> sums = stackalloc int[BioTags.Count];
        var scale = _table.Scale;
        for (var i = 0; i < n; i++)
        {
            sums.Clear();
            for (var f = starts[i]; f < starts[i + 1]; f++)
            {
                _table.AddTo(features[f], sums);
            }

            if (!documentCues.IsEmpty)
            {
                var cues = documentCues[i];
                while (cues != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(cues);
                    cues &= cues - 1;
                    _table.AddTo(FeatureExtractor.DocumentFeature(bit), sums);
                }
            }

            var scores = emissions.Slice(i * BioTags.Count, BioTags.Count);
            for (var t = 0; t < BioTags.Count; t++)
            {
                scores[t] = sums[t] * scale;
            }

            scores[BioTags.Outside] += OutsideBias;
        }

        ViterbiDecoder.Decode(emissions, _transitions, scratch.Scores, scratch.Backpointers, tags);
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
