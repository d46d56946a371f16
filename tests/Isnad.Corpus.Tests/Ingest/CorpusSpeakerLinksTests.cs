using Isnad.Corpus.Ingest;

namespace Isnad.Corpus.Tests.Ingest;

/// <summary>The linking step across articles, on invented names with the counts a corpus would give them.</summary>
public sealed class CorpusSpeakerLinksTests
{
    [Fact]
    public void Short_names_join_the_full_name_the_corpus_cites_most()
    {
        var links = CorpusSpeakerLinks.Build(
        [
            ("ناصر", "ناصر", 9),
            ("ناصر بن حمدان", "ناصر بن حمدان", 20),
            ("ناصر بن فهد", "ناصر بن فهد", 4),
            ("غرينفيلد", "غرينفيلد", 12),
            ("مارك غرينفيلد", "مارك غرينفيلد", 6),
            ("سعاد الحربي", "سعاد الحربي", 7),
            ("سعاد بن سالم الحربي", "سعاد بن سالم الحربي", 5),
            ("سعاد بنت سالم الحربي", "سعاد بنت سالم الحربي", 1),
        ]);
        Assert.Equal(
            new Dictionary<string, (string, string)>
            {
                ["ناصر"] = ("ناصر بن حمدان", "ناصر بن حمدان"),
                ["غرينفيلد"] = ("مارك غرينفيلد", "مارك غرينفيلد"),
                ["سعاد الحربي"] = ("سعاد بن سالم الحربي", "سعاد بن سالم الحربي"),
            },
            links);
    }

    [Fact]
    public void An_ambiguous_or_rare_name_stays_as_it_is_and_links_are_followed_to_the_end()
    {
        var links = CorpusSpeakerLinks.Build(
        [
            ("خالد", "خالد", 30),
            ("خالد بن علي", "خالد بن علي", 10),
            ("خالد بن مهدي", "خالد بن مهدي", 6),
            ("ريم", "ريم", 5),
            ("ريم بن سعد", "ريم بن سعد", 2),
            ("هادي الشمري", "هادي الشمري", 4),
            ("هادي بن عمر الشمري", "هادي بن عمر الشمري", 8),
            ("الشمري", "الشمري", 3),
        ]);
        Assert.False(links.ContainsKey("خالد")); // 10 is not twice 6
        Assert.False(links.ContainsKey("ريم")); // the full name is cited twice only
        Assert.Equal(("هادي بن عمر الشمري", "هادي بن عمر الشمري"), links["هادي الشمري"]);
        Assert.Equal(("هادي بن عمر الشمري", "هادي بن عمر الشمري"), links["الشمري"]);
    }
}
