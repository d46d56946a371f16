using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

/// <summary>The clitic split of single Arabic words: prefix, stem and enclitic as surface text, and the proclitic flags.</summary>
public sealed class CliticSplitTests
{
    private static (string Prefix, string Stem, string Enclitic, Proclitics Proclitics) Split(string word)
    {
        var tokens = Tokenizer.Tokenize(word);
        var token = Assert.Single(tokens);
        Assert.Equal((0, word.Length, TokenKind.Arabic), (token.Start, token.End, token.Kind));
        return (token.Prefix.Slice(word), token.Stem.Slice(word), token.Enclitic.Slice(word), token.Proclitics);
    }

    [Theory]
    [InlineData("وأضاف", "و", "أضاف")]
    [InlineData("وقال", "و", "قال")]
    [InlineData("ولفت", "و", "لفت")]
    public void Conjunction_waw_is_split(string word, string prefix, string stem)
    {
        Assert.Equal((prefix, stem, "", Proclitics.Waw), Split(word));
    }

    [Fact]
    public void Conjunction_fa_is_split()
    {
        Assert.Equal(("ف", "أكد", "", Proclitics.Fa), Split("فأكد"));
    }

    [Fact]
    public void Fa_before_a_bare_alef_is_kept_unless_the_article_follows()
    {
        Assert.Equal(("", "فارق", "", Proclitics.None), Split("فارق"));
        Assert.Equal(("", "فاعلية", "", Proclitics.None), Split("فاعلية"));
        Assert.Equal(("فال", "متحدث", "", Proclitics.Fa | Proclitics.Article), Split("فالمتحدث"));
    }

    [Fact]
    public void Conjunction_before_a_two_letter_function_word_is_split()
    {
        Assert.Equal(("و", "في", "", Proclitics.Waw), Split("وفي"));
        Assert.Equal(("و", "من", "", Proclitics.Waw), Split("ومن"));
    }

    [Fact]
    public void Conjunction_is_not_split_when_the_stem_would_be_too_short()
    {
        Assert.Equal(("", "وتر", "", Proclitics.None), Split("وتر"));
        Assert.Equal(("", "فرس", "", Proclitics.None), Split("فرس"));
    }

    [Fact]
    public void Preposition_ba_is_split()
    {
        Assert.Equal(("ب", "حسب", "", Proclitics.Ba), Split("بحسب"));
    }

    [Fact]
    public void Preposition_lam_is_split()
    {
        Assert.Equal(("ل", "تعزيز", "", Proclitics.Lam), Split("لتعزيز"));
    }

    [Fact]
    public void Preposition_before_a_listed_two_letter_word_is_split()
    {
        Assert.Equal(("ب", "أن", "", Proclitics.Ba), Split("بأن"));
        Assert.Equal(("ل", "كل", "", Proclitics.Lam), Split("لكل"));
        Assert.Equal(("ب", "ما", "", Proclitics.Ba), Split("بما"));
        Assert.Equal(("", "لما", "", Proclitics.None), Split("لما"));
        Assert.Equal(("", "بعد", "", Proclitics.None), Split("بعد"));
    }

    [Fact]
    public void Preposition_kaf_is_split_only_before_the_article()
    {
        Assert.Equal(("كال", "عادة", "", Proclitics.Kaf | Proclitics.Article), Split("كالعادة"));
        Assert.Equal(("", "كتاب", "", Proclitics.None), Split("كتاب"));
    }

    [Fact]
    public void Article_is_split()
    {
        Assert.Equal(("ال", "متحدث", "", Proclitics.Article), Split("المتحدث"));
    }

    [Fact]
    public void Lam_before_the_article_is_written_lam_lam()
    {
        Assert.Equal(("لل", "وزير", "", Proclitics.Lam | Proclitics.Article), Split("للوزير"));
    }

    [Fact]
    public void Preposition_and_article_are_split_together()
    {
        Assert.Equal(("بال", "وزارة", "", Proclitics.Ba | Proclitics.Article), Split("بالوزارة"));
    }

    [Fact]
    public void Conjunction_preposition_and_article_stack()
    {
        Assert.Equal(("وب", "حسب", "", Proclitics.Waw | Proclitics.Ba), Split("وبحسب"));
        Assert.Equal(("وال", "متحدث", "", Proclitics.Waw | Proclitics.Article), Split("والمتحدث"));
        Assert.Equal(("وبال", "قرار", "", Proclitics.Waw | Proclitics.Ba | Proclitics.Article), Split("وبالقرار"));
    }

    [Fact]
    public void Future_sin_is_split_before_an_imperfect_verb()
    {
        Assert.Equal(("س", "يعلن", "", Proclitics.Sin), Split("سيعلن"));
        Assert.Equal(("وس", "يعلن", "", Proclitics.Waw | Proclitics.Sin), Split("وسيعلن"));
        Assert.Equal(("", "سلام", "", Proclitics.None), Split("سلام"));
    }

    [Theory]
    [InlineData("وزير")]
    [InlineData("وزارة")]
    [InlineData("وكالة")]
    [InlineData("فريق")]
    [InlineData("فيلم")]
    [InlineData("بيان")]
    [InlineData("لجنة")]
    [InlineData("لقاء")]
    [InlineData("سيارة")]
    [InlineData("الذي")]
    [InlineData("التزام")]
    public void Listed_words_keep_their_first_letters(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Fact]
    public void Listed_words_still_take_a_pronoun_and_a_conjunction()
    {
        Assert.Equal(("", "وزير", "ه", Proclitics.None), Split("وزيره"));
        Assert.Equal(("", "وزارت", "ها", Proclitics.None), Split("وزارتها"));
        Assert.Equal(("و", "بيان", "", Proclitics.Waw), Split("وبيان"));
    }

    [Theory]
    [InlineData("قوله", "قول", "ه")]
    [InlineData("قولها", "قول", "ها")]
    [InlineData("قولهم", "قول", "هم")]
    [InlineData("قولهما", "قول", "هما")]
    [InlineData("قولهن", "قول", "هن")]
    [InlineData("بلادنا", "بلاد", "نا")]
    [InlineData("عليهم", "علي", "هم")]
    [InlineData("وطنكم", "وطن", "كم")]
    public void Attached_pronouns_are_split(string word, string stem, string enclitic)
    {
        Assert.Equal(("", stem, enclitic, Proclitics.None), Split(word));
    }

    [Fact]
    public void Proclitic_and_pronoun_together()
    {
        Assert.Equal(("و", "قول", "ه", Proclitics.Waw), Split("وقوله"));
    }

    [Fact]
    public void No_pronoun_after_the_article()
    {
        // ة-less spelling: the final ه is part of the word, and the article rules out a pronoun anyway.
        Assert.Equal(("ال", "مكتبه", "", Proclitics.Article), Split("المكتبه"));
    }

    [Theory]
    [InlineData("اتجاه")]
    [InlineData("مياه")]
    [InlineData("تفاهم")]
    [InlineData("أحيانا")]
    public void No_pronoun_after_alef(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Theory]
    [InlineData("فواكه")]
    [InlineData("منتزه")]
    [InlineData("مشتبه")]
    public void Listed_endings_are_not_pronouns(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Theory]
    [InlineData("منوها")]
    [InlineData("موجها")]
    public void Listed_ha_words_with_the_accusative_alef_are_not_pronouns(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Theory]
    [InlineData("توجيه")]
    [InlineData("تسفيه")]
    public void Tafiil_of_a_root_ending_in_ha_keeps_its_ha(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Fact]
    public void No_pronoun_after_tanween()
    {
        Assert.Equal(("", "مبيناً", "", Proclitics.None), Split("مبيناً"));
    }

    [Theory]
    [InlineData("مليونا")]
    [InlineData("فيينا")]
    [InlineData("مبينا")]
    public void Na_after_waw_or_ya_is_part_of_the_word(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Fact]
    public void Na_after_a_preposition_ending_in_ya_is_a_pronoun()
    {
        Assert.Equal(("", "علي", "نا", Proclitics.None), Split("علينا"));
        Assert.Equal(("", "لدي", "نا", Proclitics.None), Split("لدينا"));
    }

    [Fact]
    public void Name_of_god_at_the_end_of_a_name_is_not_a_pronoun()
    {
        Assert.Equal(("", "عبدالله", "", Proclitics.None), Split("عبدالله"));
    }

    [Theory]
    [InlineData("يتمكن")]
    [InlineData("تواجه")]
    [InlineData("جنيه")]
    [InlineData("فيها")]
    public void Words_whose_ending_only_looks_like_a_pronoun_are_kept(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Fact]
    public void Pronoun_needs_a_stem_of_three_letters()
    {
        Assert.Equal(("", "منه", "", Proclitics.None), Split("منه"));
    }

    [Theory]
    [InlineData("سعودي")]
    [InlineData("وطني")]
    [InlineData("مشترك")]
    public void Ya_ni_and_bare_kaf_are_never_split(string word)
    {
        Assert.Equal(("", word, "", Proclitics.None), Split(word));
    }

    [Fact]
    public void Diacritics_of_a_proclitic_stay_in_the_prefix()
    {
        Assert.Equal(("وَ", "أَضَافَ", "", Proclitics.Waw), Split("وَأَضَافَ"));
        Assert.Equal(("وَال", "مُتَحَدِّثُ", "", Proclitics.Waw | Proclitics.Article), Split("وَالمُتَحَدِّثُ"));
    }

    [Fact]
    public void Ligatures_and_overlong_runs_are_left_whole()
    {
        Assert.Equal(("", "\uFEFBعب", "", Proclitics.None), Split("\uFEFBعب"));
        var run = new string('ب', 60);
        Assert.Equal(("", run, "", Proclitics.None), Split(run));
    }

    [Fact]
    public void Stem_offsets_point_into_the_text()
    {
        const string text = "قال: وأضاف قوله";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal((5, 10, 6, 10, Proclitics.Waw), (tokens[2].Start, tokens[2].End, tokens[2].StemStart, tokens[2].StemEnd, tokens[2].Proclitics));
        Assert.Equal((11, 15, 11, 14), (tokens[3].Start, tokens[3].End, tokens[3].StemStart, tokens[3].StemEnd));
    }
}
