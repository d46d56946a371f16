using System.Globalization;
using Isnad.Lexicon;

namespace Isnad.Attributions.Resolution;

/// <summary>
/// A linear scorer over <see cref="RankerFeatureSpace"/>: picks, for a source that refers back (a pro-drop verb, a
/// pronoun, a participle, a bare description), the candidate mention with the highest score. Weights are learned by
/// <c>isnad train-ranker</c> (a regularised log-linear ranker over the gold sets) and shipped in <c>models/ranker-ar.tsv</c>.
/// Immutable and thread-safe once loaded.
/// </summary>
internal sealed class MentionRanker
{
    public const string ResourceName = "Isnad.Models.ranker-ar.tsv";
    public const string DefaultFileName = "ranker-ar.tsv";

    private static readonly Lazy<MentionRanker?> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] weights;

    public MentionRanker(float[] weights)
    {
        if (weights.Length != RankerFeatureSpace.Size)
        {
            throw new ArgumentException($"expected {RankerFeatureSpace.Size} weights, got {weights.Length}", nameof(weights));
        }

        this.weights = (float[])weights.Clone();
    }

    /// <summary>The shipped ranker, or null when the engine was built without one (resolution then stays with the rules).</summary>
    public static MentionRanker? Default => DefaultInstance.Value;

    /// <summary>The weights a ranker starts from: the rules' own pick wins, so an untrained ranker decides as the rules do.</summary>
    public static float[] RuleWeights()
    {
        var w = new float[RankerFeatureSpace.Size];
        for (var r = 0; r < RankerFeatureSpace.ReferenceNames.Length; r++)
        {
            w[RankerFeatureSpace.Index(RankerFeatureSpace.RulePick, r, 1)] = 1f;
        }

        return w;
    }

    public float Score(ReadOnlySpan<int> features)
    {
        var sum = 0f;
        foreach (var f in features)
        {
            sum += weights[f];
        }

        return sum;
    }

    /// <summary>The index of the best candidate (the first of equals: candidates come most recent first).</summary>
    public int Best(IReadOnlyList<int[]> candidates)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var score = Score(candidates[c]);
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Writes the model: a comment header, then «feature TAB weight» for every non-zero weight.</summary>
    public void Save(TextWriter writer, string header)
    {
        foreach (var line in header.Split('\n'))
        {
            writer.Write("# ");
            writer.WriteLine(line);
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0f)
            {
                writer.Write(RankerFeatureSpace.NameOf(i));
                writer.Write('\t');
                writer.WriteLine(weights[i].ToString("R", CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Reads a model; an unknown feature or a bad number fails with the file name and line.</summary>
    public static MentionRanker Load(TextReader reader, string name)
    {
        var w = new float[RankerFeatureSpace.Size];
        var rows = LexiconReader.Parse(name, reader, minColumns: 2);
        if (rows.Count == 0)
        {
            throw new LexiconException(name, 0, "the ranker model has no weights");
        }

        foreach (var row in rows)
        {
            if (!RankerFeatureSpace.TryIndexOf(row[0], out var index))
            {
                throw row.Error($"unknown ranker feature '{row[0]}'");
            }

            if (!float.TryParse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !float.IsFinite(value))
            {
                throw row.Error($"'{row[1]}' is not a weight");
            }

            w[index] = value;
        }

        return new MentionRanker(w);
    }

    private static MentionRanker? LoadDefault()
    {
        using var resource = typeof(MentionRanker).Assembly.GetManifestResourceStream(ResourceName);
        if (resource is null)
        {
            return null;
        }

        using var reader = new StreamReader(resource, System.Text.Encoding.UTF8);
        return Load(reader, DefaultFileName);
    }
}
