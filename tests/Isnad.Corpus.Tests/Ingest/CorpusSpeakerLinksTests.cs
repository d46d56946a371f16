using Isnad.Corpus.Ingest;

namespace Isnad.Corpus.Tests.Ingest;

/// <summary>The linking step across articles, on invented names with the counts a corpus would give them.</summary>
public sealed class CorpusSpeakerLinksTests
{
    [Fact]
    public void Surnames_and_names_without_patronymic_join_the_full_name_the_corpus_cites_most()
    {
        var links = CorpusSpeakerLinks.Build(
        [
            ("غرينفيلد", "غرينفيلد", 12),
            ("مارك غرينفيلد", "مارك غرينفيلد", 6),
            ("سعاد الحربي", "سعاد الحربي", 7),
            ("سعاد بن سالم الحربي", "سعاد بن سالم الحربي", 5),
            ("سعاد بنت سالم الحربي", "سعاد بنت سالم الحربي", 1),
            ("هادي الشمري", "هادي الشمري", 4),
            ("هادي عمر الشمري", "هادي عمر الشمري", 9),
        ]);
        Assert.Equal(
            new Dictionary<string, (string, string)>
            {
                ["غرينفيلد"] = ("مارك غرينفيلد", "مارك غرينفيلد"),
                ["سعاد الحربي"] = ("سعاد بن سالم الحربي", "سعاد بن سالم الحربي"),
            },
            links);
    }

    [Theory]
    [InlineData("ناصر", "ناصر بن حمدان")] // a lone given name
    [InlineData("الشمري", "هادي الشمري")] // a family name shared by many
    [InlineData("سلمان بن فهد", "سلمان بن فهد وخالد بن علي")] // already a full name
    [InlineData("موريس", "جان بول دو موريس")] // four words: not the usual full name of one person
    public void Names_that_name_too_many_people_stay_as_they_are(string shortName, string fullName)
    {
        Assert.Empty(CorpusSpeakerLinks.Build([(shortName, shortName, 5), (fullName, fullName, 20)]));
    }

    [Fact]
    public void An_ambiguous_or_rare_name_stays_as_it_is_and_links_are_followed_to_the_end()
    {
        var links = CorpusSpeakerLinks.Build(
        [
            ("ستيوارت", "ستيوارت", 30),
            ("ادم ستيوارت", "ادم ستيوارت", 10),
            ("لين ستيوارت", "لين ستيوارت", 6),
            ("بيرغ", "بيرغ", 5),
            ("اولاف بيرغ", "اولاف بيرغ", 2),
            ("خالد الرميح", "خالد الرميح", 4),
            ("خالد بن عمر الرميح", "خالد بن عمر الرميح", 8),
            ("خالد عمر الرميح", "خالد عمر الرميح", 3),
        ]);
        Assert.False(links.ContainsKey("ستيوارت")); // 10 is not twice 6
        Assert.False(links.ContainsKey("بيرغ")); // the full name is cited twice only
        Assert.Equal(("خالد بن عمر الرميح", "خالد بن عمر الرميح"), links["خالد الرميح"]);
        Assert.Equal(("خالد بن عمر الرميح", "خالد بن عمر الرميح"), links["خالد عمر الرميح"]);
    }
}
