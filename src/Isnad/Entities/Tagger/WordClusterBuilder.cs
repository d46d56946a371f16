using System.Globalization;
using System.Numerics;

namespace Isnad.Entities.Tagger;

/// <summary>
/// Learns hierarchical word clusters from unlabelled text, for the tagger's cluster features. Each frequent word gets
/// a dense vector by skip-gram with negative sampling (word2vec) over a narrow window, so that words used alike
/// (given names, towns, ministries) end up close; the words are then split again and again by spherical k-means, and a
/// word's path of choices (a bit string, as in Brown clustering) is its cluster. Words that share a long path prefix
/// occur in similar contexts. Deterministic for a given seed.
/// </summary>
internal sealed class WordClusterBuilder
{
    public int VocabularySize { get; init; } = 150_000;

    public int MinCount { get; init; } = 5;

    public int Dimensions { get; init; } = 100;

    /// <summary>Words on each side that a word's vector learns to predict (a narrow window favours word classes).</summary>
    public int Window { get; init; } = 2;

    public int NegativeSamples { get; init; } = 5;

    public int Epochs { get; init; } = 3;

    public float LearningRate { get; init; } = 0.025f;

    /// <summary>Words more frequent than this share of the text are randomly left out, more often the more frequent.</summary>
    public double SubsampleThreshold { get; init; } = 1e-4;

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
        var vocabulary = byFrequency.Take(VocabularySize).Where(i => counts[i] >= MinCount).ToArray();
        var row = new int[words.Count];
        Array.Fill(row, -1);
        for (var r = 0; r < vocabulary.Length; r++)
        {
            row[vocabulary[r]] = r;
        }

        Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"{documents.Sum(d => d.Length)} tokens, {words.Count} word types, clustering {vocabulary.Length}"));

        var vectors = Embed(documents, row, vocabulary.Select(id => counts[id]).ToArray(), cancellationToken);
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

    // Skip-gram with negative sampling (word2vec): each word's vector learns to predict the words within Window of
    // it against NegativeSamples random words drawn by frequency^0.75; frequent words are subsampled. One thread, a
    // seeded generator and a fixed visiting order, so the vectors are the same on every run.
    private float[][] Embed(List<int[]> documents, int[] row, long[] counts, CancellationToken cancellationToken)
    {
        var vocabulary = counts.Length;
        var random = new Random(Seed);
        var input = new float[vocabulary * Dimensions];
        var output = new float[vocabulary * Dimensions];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() - 0.5) / Dimensions);
        }

        // Negative samples come from a table filled in proportion to count^0.75.
        var table = new int[10_000_000];
        var power = counts.Select(c => Math.Pow(c, 0.75)).ToArray();
        var powerTotal = power.Sum();
        var word = 0;
        var cumulative = power[0] / powerTotal;
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = word;
            if ((double)i / table.Length > cumulative && word < vocabulary - 1)
            {
                word++;
                cumulative += power[word] / powerTotal;
            }
        }

        double total = counts.Sum();
        var keep = counts.Select(c => (float)Math.Min(1, Math.Sqrt(SubsampleThreshold * total / c) + (SubsampleThreshold * total / c))).ToArray();
        var plannedSteps = (double)Epochs * documents.Sum(d => d.Length);
        var steps = 0L;
        var sentence = new List<int>();
        var gradient = new float[Dimensions];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"embedding epoch {epoch + 1} of {Epochs}"));
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sentence.Clear();
                foreach (var id in document)
                {
                    var r = row[id];
                    if (r >= 0 && random.NextSingle() < keep[r])
                    {
                        sentence.Add(r);
                    }
                }

                steps += document.Length;
                var rate = (float)(LearningRate * Math.Max(0.0001, 1 - (steps / plannedSteps)));
                for (var i = 0; i < sentence.Count; i++)
                {
                    var window = 1 + random.Next(Window);
                    for (var j = Math.Max(0, i - window); j <= Math.Min(sentence.Count - 1, i + window); j++)
                    {
                        if (j != i)
                        {
                            Train(input.AsSpan(sentence[j] * Dimensions, Dimensions), sentence[i]);
                        }
                    }
                }

                void Train(Span<float> center, int target)
                {
                    Array.Clear(gradient);
                    for (var n = 0; n <= NegativeSamples; n++)
                    {
                        var other = n == 0 ? target : table[random.Next(table.Length)];
                        if (n > 0 && other == target)
                        {
                            continue;
                        }

                        var context = output.AsSpan(other * Dimensions, Dimensions);
                        var score = Dot(center, context);
                        var g = ((n == 0 ? 1f : 0f) - Sigmoid(score)) * rate;
                        for (var d = 0; d < Dimensions; d++)
                        {
                            gradient[d] += g * context[d];
                            context[d] += g * center[d];
                        }
                    }

                    for (var d = 0; d < Dimensions; d++)
                    {
                        center[d] += gradient[d];
                    }
                }
            }
        }

        var vectors = new float[vocabulary][];
        for (var r = 0; r < vocabulary; r++)
        {
            vectors[r] = input.AsSpan(r * Dimensions, Dimensions).ToArray();
            Normalize(vectors[r]);
        }

        return vectors;
    }

    private static float Sigmoid(float x) => x > 8 ? 1 : x < -8 ? 0 : 1 / (1 + MathF.Exp(-x));

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

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(x[i..]) * new Vector<float>(y[i..]);
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
