using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class ViterbiDecoderTests
{
    [Fact]
    public void Decoding_never_outputs_an_inside_tag_without_its_begin()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 2000; trial++)
        {
            var n = random.Next(1, 12);
            var emissions = new float[n * BioTags.Count];
            for (var i = 0; i < emissions.Length; i++)
            {
                // I- tags get the largest scores, so an unconstrained decoder would pick them everywhere.
                emissions[i] = (float)random.NextDouble() + (BioTags.IsInside((byte)(i % BioTags.Count)) ? 5 : 0);
            }

            var transitions = new float[ViterbiDecoder.TransitionSize];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = (float)((random.NextDouble() * 4) - 2);
            }

            var tags = new byte[n];
            ViterbiDecoder.Decode(emissions, transitions, new float[n * BioTags.Count], new byte[n * BioTags.Count], tags);

            for (var i = 0; i < n; i++)
            {
                Assert.True(BioTags.IsAllowed(i == 0 ? null : tags[i - 1], tags[i]), $"trial {trial}: {string.Join(' ', tags.Select(BioTags.Name))}");
            }
        }
    }

    [Fact]
    public void Decoding_picks_the_best_legal_path()
    {
        // Word 0 prefers I-PER (illegal at the start), then B-PER; word 1 prefers I-PER. Best legal path: B-PER I-PER.
        var emissions = new float[2 * BioTags.Count];
        emissions[2] = 9; // I-PER
        emissions[1] = 3; // B-PER
        emissions[BioTags.Count + 2] = 4; // I-PER
        var tags = new byte[2];
        ViterbiDecoder.Decode(emissions, new float[ViterbiDecoder.TransitionSize], new float[18], new byte[18], tags);

        Assert.Equal(["B-PER", "I-PER"], tags.Select(BioTags.Name));
    }
}
