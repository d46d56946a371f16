using Isnad.Corpus.Text;

namespace Isnad.Corpus.Tests.Text;

public sealed class ArticleIdTests
{
    [Fact]
    public void Words_keep_their_offsets_and_get_normalised_keys()
    {
        Assert.Equal(
            [new MatchWord(0, 4, "قال"), new MatchWord(5, 12, "احمد"), new MatchWord(14, 18, "2021"), new MatchWord(19, 24, "مدرسه")],
            MatchWords.Split("قالَ أحـــمد: ٢٠٢١ مدرسة"));
    }

    [Fact]
    public void The_id_ignores_spacing_diacritics_tatweel_and_letter_variants_but_not_words()
    {
        var id = ArticleIds.FromKeyText(MatchWords.KeyText("قال أحمد إن المدرسة جاهزة."));
        Assert.Equal(id, ArticleIds.FromKeyText(MatchWords.KeyText("  قالَ  احـمد إنّ المدرسه جاهزة  ")));
        Assert.NotEqual(id, ArticleIds.FromKeyText(MatchWords.KeyText("قال أحمد إن المدرسة مغلقة.")));
        Assert.Equal(32, id.Length);
    }
}
