using System.Globalization;
using System.Numerics;

namespace Isnad.Entities.Tagger;

/// <summary>
/// Learns hierarchical word clusters from unlabelled text, for the tagger's cluster features. Each frequent word is
/// described by the words next to it (one and two to the left and right, among the most frequent words), weighted by
/// positive PMI and randomly projected to a dense vector; the words are then split again and again by
/// spherical k-means, and a word's path of choices (a bit string, as in Brown clustering) is its cluster.
/// Words that share a long path prefix occur in similar contexts. Deterministic for a given seed.
/// </summary>
internal sealed class WordClusterBuilder
{
    private const int ContextPositions = 4; // two left, two right

    public int VocabularySize { get; init; } = 150_000;

    public int MinCount { get; init; } = 5;

    public int ContextWords { get; init; } = 1500;

    public int Dimensions { get; init; } = 128;

    public int MaxDepth { get; init; } = 16;

    /// <summary>Clusters per split; a power of two, so that each level is a whole number of path bits.</summary>
    public int Branching { get; init; } = 16;

    public int Seed { get; init; } = 7;

    public Action<string>? Log { get; init; }

    /// <summary>Builds clusters from texts; returns (word key, bit path) pairs.</summary>
    public List<KeyValuePair<string, string>> Build(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var documents = new List<int[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new List<long>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = new List<int>();
            foreach (var token in Tokens(text))
            {
                var key = TaggerText.Normalize(token);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!ids.TryGetValue(key, out var id))
                {
                    id = words.Count;
                    ids.Add(key, id);
                    words.Add(key);
                    counts.Add(0);
                }

                counts[id]++;
                document.Add(id);
            }

            documents.Add([.. document]);
        }

        var byFrequency = Enumerable.Range(0, words.Count).OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal).ToArray();
        var contextIndex = new int[words.Count];
        Array.Fill(contextIndex, -1);
        for (var rank = 0; rank < Math.Min(ContextWords, byFrequency.Length); rank++)
        {
            contextIndex[byFrequency[rank]] = rank;
        }

        var vocabulary = byFrequency.Take(VocabularySize).Where(i => counts[i] >= MinCount).ToArray();
        var row = new int[words.Count];
        Array.Fill(row, -1);
        for (var r = 0; r < vocabulary.Length; r++)
        {
            row[vocabulary[r]] = r;
        }

        Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{documents.Sum(d => d.Length)} tokens, {words.Count} word types, clustering {vocabulary.Length}"));

        // Co-occurrence counts of (word, position, context word).
        var cooccurrences = new Dictionary<int, int>[vocabulary.Length];
        for (var r = 0; r < cooccurrences.Length; r++)
        {
            cooccurrences[r] = [];
        }

        var contextTotals = new double[ContextPositions * ContextWords];
        foreach (var document in documents)
        {
            for (var i = 0; i < document.Length; i++)
            {
                var r = row[document[i]];
                if (r < 0)
                {
                    continue;
                }

                for (var position = 0; position < ContextPositions; position++)
                {
                    var offset = position switch { 0 => -2, 1 => -1, 2 => 1, _ => 2 };
                    var j = i + offset;
                    var context = j >= 0 && j < document.Length ? contextIndex[document[j]] : ContextWords - 1;
                    if (context < 0)
                    {
                        continue;
                    }

                    var feature = (position * ContextWords) + context;
                    var map = cooccurrences[r];
                    map[feature] = map.GetValueOrDefault(feature) + 1;
                    contextTotals[feature]++;
                }
            }
        }

        var vectors = Project(cooccurrences, contextTotals);
        var paths = new string[vocabulary.Length];
        Split(vectors, Enumerable.Range(0, vocabulary.Length).ToArray(), "", paths, cancellationToken);
        return vocabulary.Select((id, r) => new KeyValuePair<string, string>(words[id], paths[r])).ToList();
    }

    /// <summary>Splits text into runs of letters and digits (with diacritics) and single other marks.</summary>
    internal static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark || text[i] == '\u0640');
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }

            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                yield return text[i].ToString();
            }
        }
    }

    // PPMI-weighted counts, randomly projected (a fixed Gaussian-like matrix from a seeded generator) and normalised.
    private float[][] Project(Dictionary<int, int>[] cooccurrences, double[] contextTotals)
    {
        var random = new Random(Seed);
        var projection = new float[contextTotals.Length * Dimensions];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = (float)(random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5);
        }

        var total = contextTotals.Sum();
        var vectors = new float[cooccurrences.Length][];
        for (var r = 0; r < cooccurrences.Length; r++)
        {
            var vector = new float[Dimensions];
            double wordTotal = cooccurrences[r].Values.Sum();
            foreach (var (feature, count) in cooccurrences[r])
            {
                var pmi = Math.Log(count * total / (wordTotal * contextTotals[feature]));
                if (pmi <= 0)
                {
                    continue;
                }

                var weights = projection.AsSpan(feature * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] += (float)pmi * weights[d];
                }
            }

            Normalize(vector);
            vectors[r] = vector;
        }

        return vectors;
    }

    // Nested spherical k-means: the words are split into Branching clusters, each of those again, Levels times; the
    // path is the cluster numbers in binary, so path prefixes of BitsPerLevel, 2·BitsPerLevel, … bits are the levels.
    private void Split(float[][] vectors, int[] members, string path, string[] paths, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bits = System.Numerics.BitOperations.Log2((uint)Branching);
        if (path.Length >= MaxDepth || members.Length <= Branching)
        {
            for (var i = 0; i < members.Length; i++)
            {
                paths[members[i]] = path.Length >= MaxDepth ? path : path + Bits(i, bits);
            }

            return;
        }

        var assignment = KMeans(vectors, members, Branching, new Random(Seed + path.Length + members.Length));
        for (var cluster = 0; cluster < Branching; cluster++)
        {
            var part = members.Where((_, i) => assignment[i] == cluster).ToArray();
            if (part.Length > 0)
            {
                Split(vectors, part, path + Bits(cluster, bits), paths, cancellationToken);
            }
        }
    }

    private static string Bits(int value, int width) => Convert.ToString(value, 2).PadLeft(width, '0');

    private static int[] KMeans(float[][] vectors, int[] members, int k, Random random)
    {
        // k-means++ seeding on cosine distance, then Lloyd iterations with normalised centroids.
        var centroids = new List<float[]> { (float[])vectors[members[random.Next(members.Length)]].Clone() };
        var distance = new double[members.Length];
        while (centroids.Count < k)
        {
            var last = centroids[^1];
            double total = 0;
            for (var i = 0; i < members.Length; i++)
            {
                var d = Math.Max(0, 1 - Dot(vectors[members[i]], last));
                distance[i] = centroids.Count == 1 ? d * d : Math.Min(distance[i], d * d);
                total += distance[i];
            }

            var target = random.NextDouble() * total;
            var chosen = members.Length - 1;
            for (var i = 0; i < members.Length; i++)
            {
                target -= distance[i];
                if (target <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centroids.Add((float[])vectors[members[chosen]].Clone());
        }

        var assignment = new int[members.Length];
        for (var iteration = 0; iteration < 10; iteration++)
        {
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(vectors[members[i]], centroids[c]);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                changed |= assignment[i] != best;
                assignment[i] = best;
            }

            if (!changed && iteration > 0)
            {
                break;
            }

            for (var c = 0; c < k; c++)
            {
                var part = members.Where((_, i) => assignment[i] == c).ToArray();
                if (part.Length > 0)
                {
                    centroids[c] = Centroid(vectors, part);
                }
            }
        }

        return assignment;
    }

    private static float[] Centroid(float[][] vectors, int[] members)
    {
        var centroid = new float[vectors[members[0]].Length];
        foreach (var member in members)
        {
            var vector = vectors[member];
            for (var d = 0; d < centroid.Length; d++)
            {
                centroid[d] += vector[d];
            }
        }

        Normalize(centroid);
        return centroid;
    }

    private static float Dot(float[] x, float[] y)
    {
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(x, i) * new Vector<float>(y, i);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    private static void Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] /= norm;
            }
        }
    }
}
