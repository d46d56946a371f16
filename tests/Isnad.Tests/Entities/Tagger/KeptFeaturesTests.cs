using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class KeptFeaturesTests
{
    [Fact]
    public void Each_sentence_reads_back_its_own_features_and_starts_after_the_buffers_grow()
    {
        var kept = new KeptFeatures();
        var big = Enumerable.Range(0, 20_000).Select(i => (ulong)i).ToArray();

        var first = kept.Add([11UL, 12UL, 13UL], [0, 2, 3]);
        var second = kept.Add(big, [0, 10_000, 20_000]);
        var third = kept.Add([99UL], [0, 1]);

        Assert.Equal((0, 0), first);
        Assert.Equal((3, 3), second);
        Assert.Equal((20_003, 6), third);
        Assert.Equal([11UL, 12UL, 13UL], kept.Features(first.Features, 3).ToArray());
        Assert.Equal([0, 2, 3], kept.Starts(first.Starts, 3).ToArray());
        Assert.Equal(big, kept.Features(second.Features, big.Length).ToArray());
        Assert.Equal([99UL], kept.Features(third.Features, 1).ToArray());
        Assert.False(kept.Oversized);
    }

    [Fact]
    public void Clear_starts_the_next_document_at_the_beginning()
    {
        var kept = new KeptFeatures();
        kept.Add([1UL, 2UL], [0, 2]);

        kept.Clear();

        Assert.Equal((0, 0), kept.Add([7UL], [0, 1]));
        Assert.Equal([7UL], kept.Features(0, 1).ToArray());
    }
}
