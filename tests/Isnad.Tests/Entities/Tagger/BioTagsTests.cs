using Isnad.Entities.Tagger;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class BioTagsTests
{
    [Theory]
    [InlineData("O", "O")]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-PER", "I-PER")]
    [InlineData("B-MIS", "B-MISC")]
    [InlineData("I-MISC", "I-MISC")]
    [InlineData("B-ORG", "B-ORG")]
    [InlineData("I-LOC", "I-LOC")]
    public void Corpus_labels_map_to_the_four_types(string label, string expected)
    {
        Assert.True(BioTags.TryParse(label, out var tag));
        Assert.Equal(expected, BioTags.Name(tag));
    }

    [Theory]
    [InlineData("B-DATE")]
    [InlineData("X")]
    [InlineData("")]
    [InlineData("B_PER")]
    public void Unknown_labels_are_rejected(string label) => Assert.False(BioTags.TryParse(label, out _));

    [Fact]
    public void Entities_are_read_as_seqeval_does()
    {
        BioTags.TryParse("B-PER", out var bPer);
        BioTags.TryParse("I-PER", out var iPer);
        BioTags.TryParse("I-LOC", out var iLoc);
        BioTags.TryParse("B-ORG", out var bOrg);

        // An I- after O starts an entity; a type change ends one; B- right after an entity starts a new one.
        var entities = BioTags.Entities([iPer, iPer, BioTags.Outside, bPer, iLoc, bOrg, bOrg]);

        Assert.Equal(
            [
                new TaggedEntity(0, 1, EntityType.PER),
                new TaggedEntity(3, 3, EntityType.PER),
                new TaggedEntity(4, 4, EntityType.LOC),
                new TaggedEntity(5, 5, EntityType.ORG),
                new TaggedEntity(6, 6, EntityType.ORG),
            ],
            entities);
    }

    [Fact]
    public void Inside_is_allowed_only_after_its_own_type()
    {
        var iOrg = BioTags.Inside(EntityType.ORG);
        Assert.False(BioTags.IsAllowed(null, iOrg));
        Assert.False(BioTags.IsAllowed(BioTags.Outside, iOrg));
        Assert.False(BioTags.IsAllowed(BioTags.Begin(EntityType.PER), iOrg));
        Assert.True(BioTags.IsAllowed(BioTags.Begin(EntityType.ORG), iOrg));
        Assert.True(BioTags.IsAllowed(iOrg, iOrg));
        Assert.True(BioTags.IsAllowed(null, BioTags.Begin(EntityType.MISC)));
    }
}
