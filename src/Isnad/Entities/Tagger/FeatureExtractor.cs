namespace Isnad.Entities.Tagger;

/// <summary>
/// Turns the words of a sentence into feature hashes, word by word: the word's key and clitic-free stem, its
/// neighbours' keys and stems, prefixes and suffixes, shape, gazetteer membership of it and its neighbours (titles
/// and reporting cues are gazetteer classes) and word-cluster paths. Each feature is a 64-bit hash of a template id
/// and a precomputed word hash: no strings are built.
/// </summary>
internal sealed class FeatureExtractor(NerGazetteer gazetteer, WordClusters clusters)
{
    public const int MaxFeaturesPerWord = 128;

    private static readonly ulong Boundary = FeatureHash.Of("<s>");
    private static readonly ulong BoundaryShape = FeatureHash.Of("<shape>");

    public NerGazetteer Gazetteer { get; } = gazetteer;

    public WordClusters Clusters { get; } = clusters;

    /// <summary>
    /// Fills <see cref="FeatureScratch.Features"/> with the features of every word; the features of word i are
    /// <c>Features[Starts[i]..Starts[i + 1]]</c>.
    /// </summary>
    public void Extract(ReadOnlySpan<string> words, FeatureScratch scratch) => Extract(words, default, scratch);

    /// <param name="documentCues">Per word, the <see cref="DocumentMemory"/> bits of a second-stage model, or empty.</param>
    public void Extract(ReadOnlySpan<string> words, ReadOnlySpan<uint> documentCues, FeatureScratch scratch)
    {
        var n = words.Length;
        scratch.Ensure(n);
        Span<char> key = stackalloc char[TaggerText.MaxKeyLength];
        var features = scratch.Features;
        var count = 0;

        // Pass 1: per-word hashes that neighbours reuse, and the word's own features.
        for (var i = 0; i < n; i++)
        {
            var word = words[i] ?? "";
            var length = TaggerText.Normalize(word, key);
            var k = key[..length];
            var stemStart = TaggerText.Stem(k, out var wordStart, out var lamAlef);
            var stem = k[stemStart..];
            scratch.Key[i] = FeatureHash.Of(k);
            scratch.Bare[i] = wordStart == 0 && !lamAlef ? scratch.Key[i] : TaggerText.WordHash(k);
            scratch.Stem[i] = FeatureHash.Of(stem);
            scratch.Shape[i] = TaggerText.ShapeHash(word, out var kind);
            scratch.Cluster[i] = Clusters.Find(scratch.Key[i]) ?? (stemStart > 0 ? Clusters.Find(scratch.Stem[i]) : null);

            scratch.Starts[i] = count;
            features[count++] = FeatureHash.Feature(Template.Bias, 0);
            features[count++] = FeatureHash.Feature(Template.Key, scratch.Key[i]);
            features[count++] = FeatureHash.Feature(Template.Stem, scratch.Stem[i]);
            features[count++] = FeatureHash.Feature(Template.Shape, scratch.Shape[i]);
            features[count++] = FeatureHash.Feature(Template.Clitics, (ulong)((stemStart * 2) + (lamAlef ? 1 : 0)));
            features[count++] = FeatureHash.Feature(Template.Length, (ulong)Math.Min(length, 12));
            features[count++] = FeatureHash.Feature(Template.Kind, (ulong)kind);
            for (var a = 1; a <= 3; a++)
            {
                if (length > a)
                {
                    features[count++] = FeatureHash.Feature(Template.Prefix + a, FeatureHash.Of(k[..a]));
                    features[count++] = FeatureHash.Feature(Template.Suffix + a, FeatureHash.Of(k[^a..]));
                }

                if (stem.Length > a && stemStart > 0)
                {
                    features[count++] = FeatureHash.Feature(Template.StemPrefix + a, FeatureHash.Of(stem[..a]));
                    features[count++] = FeatureHash.Feature(Template.StemSuffix + a, FeatureHash.Of(stem[^a..]));
                }
            }

            // Letter trigrams inside the word: transliterated foreign names share them (…فيلد، …سون، …برج).
            for (var c = 1; c + 3 < length && c < 12; c++)
            {
                features[count++] = FeatureHash.Feature(Template.Trigram, FeatureHash.Of(k.Slice(c, 3)));
            }

            scratch.Starts[i + 1] = count; // own features end here; pass 2 appends context features after all words
        }

        Gazetteer.Mark(scratch.Key.AsSpan(0, n), scratch.Bare.AsSpan(0, n), scratch.GazetteerBegins, scratch.GazetteerInsides);

        // Pass 2: context features, gathered in a second region then interleaved so each word's features are contiguous.
        var own = scratch.OwnFeatures;
        features.AsSpan(0, count).CopyTo(own);
        var ownStarts = scratch.OwnStarts;
        scratch.Starts.AsSpan(0, n + 1).CopyTo(ownStarts);
        count = 0;
        for (var i = 0; i < n; i++)
        {
            var start = count;
            var ownCount = ownStarts[i + 1] - ownStarts[i];
            own.AsSpan(ownStarts[i], ownCount).CopyTo(features.AsSpan(count));
            count += ownCount;

            var previousKey = i > 0 ? scratch.Key[i - 1] : Boundary;
            var nextKey = i + 1 < n ? scratch.Key[i + 1] : Boundary;
            var previousShape = i > 0 ? scratch.Shape[i - 1] : BoundaryShape;
            var nextShape = i + 1 < n ? scratch.Shape[i + 1] : BoundaryShape;
            features[count++] = FeatureHash.Feature(Template.PreviousKey, previousKey);
            features[count++] = FeatureHash.Feature(Template.NextKey, nextKey);
            features[count++] = FeatureHash.Feature(Template.PreviousKey2, i > 1 ? scratch.Key[i - 2] : Boundary);
            features[count++] = FeatureHash.Feature(Template.NextKey2, i + 2 < n ? scratch.Key[i + 2] : Boundary);
            features[count++] = FeatureHash.Feature(Template.PreviousStem, i > 0 ? scratch.Stem[i - 1] : Boundary);
            features[count++] = FeatureHash.Feature(Template.NextStem, i + 1 < n ? scratch.Stem[i + 1] : Boundary);
            features[count++] = FeatureHash.Feature(Template.PreviousKeyAndKey, previousKey, scratch.Key[i]);
            features[count++] = FeatureHash.Feature(Template.KeyAndNextKey, scratch.Key[i], nextKey);
            features[count++] = FeatureHash.Feature(Template.PreviousShapeAndShape, previousShape, scratch.Shape[i]);
            features[count++] = FeatureHash.Feature(Template.ShapeAndNextShape, scratch.Shape[i], nextShape);

            count = AddGazetteer(features, count, Template.GazetteerHere, scratch.GazetteerBegins[i], scratch.GazetteerInsides[i]);
            if (i > 0)
            {
                count = AddGazetteer(features, count, Template.GazetteerPrevious, scratch.GazetteerBegins[i - 1], scratch.GazetteerInsides[i - 1]);
            }

            if (i + 1 < n)
            {
                count = AddGazetteer(features, count, Template.GazetteerNext, scratch.GazetteerBegins[i + 1], scratch.GazetteerInsides[i + 1]);
            }

            if (scratch.Cluster[i] is { } paths)
            {
                for (var p = 0; p < paths.Length; p++)
                {
                    features[count++] = FeatureHash.Feature(Template.Cluster + p, paths[p]);
                }
            }

            if (i > 0 && scratch.Cluster[i - 1] is { } previousPaths)
            {
                features[count++] = FeatureHash.Feature(Template.PreviousCluster, previousPaths[1]);
            }

            if (i + 1 < n && scratch.Cluster[i + 1] is { } nextPaths)
            {
                features[count++] = FeatureHash.Feature(Template.NextCluster, nextPaths[1]);
            }

            if (!documentCues.IsEmpty)
            {
                var cues = documentCues[i];
                while (cues != 0)
                {
                    var bit = System.Numerics.BitOperations.TrailingZeroCount(cues);
                    cues &= cues - 1;
                    features[count++] = DocumentFeature(bit);
                }
            }

            scratch.Starts[i] = start;
        }

        scratch.Starts[n] = count;
    }

    /// <summary>The feature of document cue bit <paramref name="bit"/> (see <see cref="DocumentMemory"/>).</summary>
    public static ulong DocumentFeature(int bit) => DocumentFeatures[bit];

    private static readonly ulong[] DocumentFeatures = Enumerable.Range(0, 32).Select(bit => FeatureHash.Feature(Template.Document, (ulong)bit)).ToArray();

    private int AddGazetteer(ulong[] features, int count, int template, ushort begins, ushort insides)
    {
        var classes = Gazetteer.ClassHashes;
        var all = begins | insides;
        while (all != 0)
        {
            var c = System.Numerics.BitOperations.TrailingZeroCount(all);
            all &= all - 1;
            var position = (begins & (1 << c)) != 0 ? 1UL : 2UL;
            features[count++] = FeatureHash.Feature(template, classes[c], position);
        }

        return count;
    }

    /// <summary>Template ids; part of the model format, never renumber.</summary>
    private static class Template
    {
        public const int Bias = 1;
        public const int Key = 2;
        public const int Stem = 3;
        public const int Shape = 4;
        public const int Clitics = 5;
        public const int Length = 6;
        public const int Kind = 7;
        public const int Prefix = 10; // + 1..3
        public const int Suffix = 14; // + 1..3
        public const int StemPrefix = 18; // + 1..3
        public const int StemSuffix = 22; // + 1..3
        public const int PreviousKey = 30;
        public const int NextKey = 31;
        public const int PreviousKey2 = 32;
        public const int NextKey2 = 33;
        public const int PreviousStem = 34;
        public const int NextStem = 35;
        public const int PreviousKeyAndKey = 36;
        public const int KeyAndNextKey = 37;
        public const int PreviousShapeAndShape = 38;
        public const int ShapeAndNextShape = 39;
        public const int GazetteerHere = 40;
        public const int GazetteerPrevious = 41;
        public const int GazetteerNext = 42;
        public const int Trigram = 43;
        public const int Cluster = 50; // + prefix index
        public const int PreviousCluster = 60;
        public const int NextCluster = 61;
        public const int Document = 70;
    }
}

/// <summary>Per-sentence buffers, reused across sentences by one thread.</summary>
internal sealed class FeatureScratch
{
    public int Capacity { get; private set; }

    public ulong[] Key { get; private set; } = [];

    public ulong[] Bare { get; private set; } = [];

    public ulong[] Stem { get; private set; } = [];

    public ulong[] Shape { get; private set; } = [];

    public ulong[]?[] Cluster { get; private set; } = [];

    public ushort[] GazetteerBegins { get; private set; } = [];

    public ushort[] GazetteerInsides { get; private set; } = [];

    public ulong[] Features { get; private set; } = [];

    public ulong[] OwnFeatures { get; private set; } = [];

    public int[] Starts { get; private set; } = [];

    public int[] OwnStarts { get; private set; } = [];

    public float[] Emissions { get; private set; } = [];

    public float[] Scores { get; private set; } = [];

    public byte[] Backpointers { get; private set; } = [];

    public void Ensure(int words)
    {
        if (words <= Capacity)
        {
            return;
        }

        var capacity = Math.Max(words, Math.Max(64, Capacity * 2));
        Key = new ulong[capacity];
        Bare = new ulong[capacity];
        Stem = new ulong[capacity];
        Shape = new ulong[capacity];
        Cluster = new ulong[]?[capacity];
        GazetteerBegins = new ushort[capacity];
        GazetteerInsides = new ushort[capacity];
        Features = new ulong[capacity * FeatureExtractor.MaxFeaturesPerWord];
        OwnFeatures = new ulong[capacity * FeatureExtractor.MaxFeaturesPerWord];
        Starts = new int[capacity + 1];
        OwnStarts = new int[capacity + 1];
        Emissions = new float[capacity * BioTags.Count];
        Scores = new float[capacity * BioTags.Count];
        Backpointers = new byte[capacity * BioTags.Count];
        Capacity = capacity;
    }
}
