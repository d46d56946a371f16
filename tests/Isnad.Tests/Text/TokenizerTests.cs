using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

public sealed class TokenizerTests
{
    private static (string Surface, int Start, int End, TokenKind Kind)[] Describe(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End], t.Start, t.End, t.Kind))];

    [Fact]
    public void Arabic_words_and_punctuation()
    {
        Assert.Equal(
            [("قال", 0, 3, TokenKind.Arabic), ("الوزير", 4, 10, TokenKind.Arabic), ("،", 10, 11, TokenKind.Punctuation), ("إن", 12, 14, TokenKind.Arabic)],
            Describe("قال الوزير، إن"));
    }

    [Fact]
    public void Latin_words_keep_inner_apostrophes()
    {
        Assert.Equal(
            [("زار", 0, 3, TokenKind.Arabic), ("Paris", 4, 9, TokenKind.Latin), ("and", 10, 13, TokenKind.Latin), ("don't", 14, 19, TokenKind.Latin)],
            Describe("زار Paris and don't"));
    }

    [Fact]
    public void Numbers_keep_inner_separators_in_any_digit_script()
    {
        Assert.Equal(
            [
                ("بلغ", 0, 3, TokenKind.Arabic), ("3.5", 4, 7, TokenKind.Number), ("و", 8, 9, TokenKind.Arabic),
                ("1,000", 9, 14, TokenKind.Number), ("في", 15, 17, TokenKind.Arabic), ("2015/7/21", 18, 27, TokenKind.Number),
                ("و", 28, 29, TokenKind.Arabic), ("٣٫٥", 29, 32, TokenKind.Number), ("و", 33, 34, TokenKind.Arabic),
                ("۱۲۳", 34, 37, TokenKind.Number), (".", 37, 38, TokenKind.Punctuation),
            ],
            Describe("بلغ 3.5 و1,000 في 2015/7/21 و٣٫٥ و۱۲۳."));
    }

    [Fact]
    public void A_separator_not_followed_by_a_digit_is_not_part_of_the_number()
    {
        Assert.Equal(
            [("عددهم", 0, 5, TokenKind.Arabic), ("12", 6, 8, TokenKind.Number), (",", 8, 9, TokenKind.Punctuation), ("و", 10, 11, TokenKind.Arabic)],
            Describe("عددهم 12, و"));
    }

    [Fact]
    public void Every_punctuation_mark_is_its_own_token()
    {
        Assert.Equal(
            [("ماذا", 0, 4, TokenKind.Arabic), ("؟", 4, 5, TokenKind.Punctuation), ("!", 5, 6, TokenKind.Punctuation), (".", 6, 7, TokenKind.Punctuation), (".", 7, 8, TokenKind.Punctuation), ("«", 9, 10, TokenKind.Punctuation)],
            Describe("ماذا؟!.. «"));
    }

    [Fact]
    public void Diacritics_and_tatweel_stay_inside_the_word()
    {
        Assert.Equal(
            [("قـــالَ", 0, 7, TokenKind.Arabic), ("المُتحدِّث", 8, 18, TokenKind.Arabic)],
            Describe("قـــالَ المُتحدِّث"));
    }

    [Fact]
    public void Joiners_stay_inside_a_word_only_between_letters()
    {
        Assert.Equal([("می\u200Cخواهد", 0, 8, TokenKind.Arabic)], Describe("می\u200Cخواهد"));
        Assert.Equal([("كتاب", 0, 4, TokenKind.Arabic), ("قال", 6, 9, TokenKind.Arabic)], Describe("كتاب\u200C قال"));
    }

    [Fact]
    public void Symbols_and_surrogate_pairs_are_symbol_tokens()
    {
        Assert.Equal(
            [("ارتفع", 0, 5, TokenKind.Arabic), ("5", 6, 7, TokenKind.Number), ("$", 7, 8, TokenKind.Symbol), ("😀", 9, 11, TokenKind.Symbol)],
            Describe("ارتفع 5$ 😀"));
        Assert.Equal([("\uD800", 0, 1, TokenKind.Symbol), ("قال", 1, 4, TokenKind.Arabic)], Describe("\uD800قال"));
    }

    [Fact]
    public void Digits_glued_to_letters_are_separate_tokens()
    {
        Assert.Equal([("2015", 0, 4, TokenKind.Number), ("م", 4, 5, TokenKind.Arabic)], Describe("2015م"));
    }

    [Fact]
    public void White_space_and_format_characters_separate_tokens()
    {
        Assert.Equal([("قال", 0, 3, TokenKind.Arabic), ("نعم", 7, 10, TokenKind.Arabic)], Describe("قال\u200F \u00A0 نعم"));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\u200F "));
    }

    [Fact]
    public void Other_scripts_form_symbol_runs()
    {
        Assert.Equal([("Привет", 0, 6, TokenKind.Symbol), ("قال", 7, 10, TokenKind.Arabic)], Describe("Привет قال"));
    }

    [Fact]
    public void Non_arabic_tokens_have_the_whole_token_as_stem()
    {
        foreach (var token in Tokenizer.Tokenize("Paris 3.5 ، $"))
        {
            Assert.Equal((token.Start, token.End, Proclitics.None), (token.StemStart, token.StemEnd, token.Proclitics));
        }
    }

    [Fact]
    public void Span_overload_matches_string_overload()
    {
        const string text = "وقال المتحدث: «نعم»، 3.5 Paris";
        Assert.Equal(Tokenizer.Tokenize(text), Tokenizer.Tokenize(text.AsSpan()));
    }
}
