using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class TaggerTextTests
{
    [Theory]
    [InlineData("فاطمة", "فاطمه")]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("مُصطفى", "مصطفي")]
    [InlineData("القاهـــرة", "القاهره")]
    [InlineData("٢٠١٥", "2015")]
    [InlineData("NASA", "nasa")]
    public void Keys_are_normalised(string word, string key) => Assert.Equal(key, TaggerText.Normalize(word));

    [Theory]
    [InlineData("والرياض", "رياض")]
    [InlineData("بالقاهرة", "قاهره")]
    [InlineData("للمنظمة", "منظمه")]
    [InlineData("وزير", "وزير")]
    [InlineData("فرنسا", "فرنسا")]
    [InlineData("لبنان", "لبنان")]
    [InlineData("والمنامة", "منامه")]
    [InlineData("وبالمدينة", "مدينه")]
    public void Stems_lose_conjunction_preposition_and_article(string word, string stem)
    {
        var key = TaggerText.Normalize(word);
        Assert.Equal(stem, key[TaggerText.Stem(key, out _, out _)..]);
    }

    [Fact]
    public void A_word_with_clitics_hashes_like_the_bare_word_with_article()
    {
        Assert.Equal(FeatureHash.Of("الرياض"), TaggerText.WordHash(TaggerText.Normalize("بالرياض")));
        Assert.Equal(FeatureHash.Of("الرياض"), TaggerText.WordHash(TaggerText.Normalize("للرياض")));
        Assert.Equal(FeatureHash.Of("الرياض"), TaggerText.WordHash(TaggerText.Normalize("والرياض")));
    }
}
