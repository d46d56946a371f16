using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Isnad.Cli.Evaluation;

/// <summary>
/// Cross-validation folds over scored articles: the same article always falls in the same fold (articles ordered by
/// the SHA-256 of their doc id and dealt to the folds in turn, so folds differ in size by one at most), whatever
/// other sets are pooled with it. A rule change is judged on every fold, not on the pooled figure alone.
/// </summary>
internal static class EvaluationFolds
{
    /// <summary>The fold (0-based) of each doc, for <paramref name="foldCount"/> folds.</summary>
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<string> docs, int foldCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(foldCount, 2);
        var ordered = docs.Distinct(StringComparer.Ordinal)
            .OrderBy(doc => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(doc))), StringComparer.Ordinal)
            .ThenBy(doc => doc, StringComparer.Ordinal);
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var doc in ordered)
        {
            folds[doc] = next;
            next = (next + 1) % foldCount;
        }

        return folds;
    }

    /// <summary>A line per fold, then «folds: strict F1 mean … min … max …» (three decimals: small changes must show).</summary>
    public static void Write(TextWriter output, IReadOnlyList<(string Doc, ScoreCounts Counts)> scored, int foldCount)
    {
        var folds = Assign(scored.Select(s => s.Doc), foldCount);
        var strict = new List<double>();
        for (var fold = 0; fold < foldCount; fold++)
        {
            var inFold = scored.Where(s => folds[s.Doc] == fold).ToList();
            var counts = inFold.Aggregate(ScoreCounts.Zero, (sum, s) => sum.Add(s.Counts));
            output.WriteLine(AttributionScorer.Line($"fold {fold + 1} ({inFold.Count} articles)", counts));
            strict.Add(AttributionScorer.F1(counts.Strict, counts.TruePositives + counts.FalsePositives, counts.Gold).F1);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"folds: strict F1 mean {strict.Average():0.000} min {strict.Min():0.000} max {strict.Max():0.000}"));
    }
}
