using System.Globalization;
using System.Text;
using Isnad.Model;

namespace Isnad.Entities.Tagger;

/// <summary>
/// Exact-match entity scores as seqeval computes them: an entity counts only if its first word, last word and type
/// all match the gold one. Per type and micro-averaged precision, recall and F1.
/// </summary>
public sealed class EntityScores
{
    private const int Types = 4;

    private readonly int[] _correct = new int[Types];
    private readonly int[] _predicted = new int[Types];
    private readonly int[] _gold = new int[Types];

    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        if (gold.Length != predicted.Length)
        {
            throw new ArgumentException("Gold and predicted sequences differ in length.", nameof(predicted));
        }

        var goldEntities = BioTags.Entities(gold);
        var predictedEntities = BioTags.Entities(predicted);
        foreach (var entity in goldEntities)
        {
            _gold[(int)entity.Type]++;
        }

        var goldSet = new HashSet<TaggedEntity>(goldEntities);
        foreach (var entity in predictedEntities)
        {
            _predicted[(int)entity.Type]++;
            if (goldSet.Contains(entity))
            {
                _correct[(int)entity.Type]++;
            }
        }
    }

    public Score For(EntityType type) => new(_correct[(int)type], _predicted[(int)type], _gold[(int)type]);

    public Score Micro => new(_correct.Sum(), _predicted.Sum(), _gold.Sum());

    /// <summary>A table of per-type and micro scores in percent, ending with the line "micro F1 NN.N".</summary>
    public string Report()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"{"type",-6} {"P",6} {"R",6} {"F1",6} {"gold",6} {"pred",6}");
        for (var type = EntityType.PER; type <= EntityType.MISC; type++)
        {
            AppendRow(text, type.ToString(), For(type));
        }

        AppendRow(text, "micro", Micro);
        text.Append(culture, $"micro F1 {Micro.F1 * 100:0.0}");
        return text.ToString();

        void AppendRow(StringBuilder builder, string name, Score score) =>
            builder.AppendLine(culture, $"{name,-6} {score.Precision * 100,6:0.00} {score.Recall * 100,6:0.00} {score.F1 * 100,6:0.00} {score.Gold,6} {score.Predicted,6}");
    }

    public readonly record struct Score(int Correct, int Predicted, int Gold)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
