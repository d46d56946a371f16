using Isnad.Entities.Tagger;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class EntityScoresTests
{
    private static byte[] Tags(params string[] names) =>
        names.Select(n => BioTags.TryParse(n, out var tag) ? tag : throw new ArgumentException(n)).ToArray();

    [Fact]
    public void Exact_match_counts_only_whole_entities_of_the_right_type()
    {
        var scores = new EntityScores();
        // Gold: PER(0-1), LOC(3), ORG(5-6). Predicted: PER(0-1) right, LOC(3) typed ORG, ORG(5) too short, MISC(7) spurious.
        scores.Add(
            Tags("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"),
            Tags("B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O", "B-MISC"));

        Assert.Equal(new EntityScores.Score(1, 1, 1), scores.For(EntityType.PER));
        Assert.Equal(new EntityScores.Score(0, 2, 1), scores.For(EntityType.ORG));
        Assert.Equal(new EntityScores.Score(0, 0, 1), scores.For(EntityType.LOC));
        Assert.Equal(new EntityScores.Score(0, 1, 0), scores.For(EntityType.MISC));
        Assert.Equal(new EntityScores.Score(1, 4, 3), scores.Micro);
        Assert.Equal(0.25, scores.Micro.Precision, 10);
        Assert.Equal(1.0 / 3, scores.Micro.Recall, 10);
        Assert.Equal(2 * 0.25 * (1.0 / 3) / (0.25 + (1.0 / 3)), scores.Micro.F1, 10);
    }

    [Fact]
    public void Scores_add_up_over_sentences_and_report_ends_with_micro_f1()
    {
        var scores = new EntityScores();
        scores.Add(Tags("B-LOC", "O"), Tags("B-LOC", "O"));
        scores.Add(Tags("B-PER", "I-PER"), Tags("B-PER", "B-PER"));

        Assert.Equal(new EntityScores.Score(1, 3, 2), scores.Micro);
        Assert.Equal(0.4, scores.Micro.F1, 10);
        Assert.EndsWith("micro F1 40.0", scores.Report(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_scores_are_zero_not_nan()
    {
        var scores = new EntityScores();
        scores.Add(Tags("O", "O"), Tags("O", "O"));

        Assert.Equal(0, scores.Micro.F1);
        Assert.EndsWith("micro F1 0.0", scores.Report(), StringComparison.Ordinal);
    }
}
