using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static Sentence[] Split(string text) => TextAnalysis.Of(text).Sentences;

    [Fact]
    public void Sentences_end_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal([new Sentence(0, 4, 0, 2), new Sentence(5, 9, 2, 2), new Sentence(10, 14, 4, 2), new Sentence(15, 19, 6, 2)], Split("ذهب. عاد؟ نام! صحا?"));
    }

    [Fact]
    public void Comma_and_semicolon_do_not_end_a_sentence()
    {
        Assert.Equal([new Sentence(0, 20, 0, 7)], Split("قال، ثم عاد؛ وانتهى."));
    }

    [Fact]
    public void Decimal_point_does_not_end_a_sentence()
    {
        Assert.Equal([new Sentence(0, 14, 0, 4), new Sentence(15, 17, 4, 1)], Split("بلغ 3.5 مليون. ثم"));
    }

    [Fact]
    public void Single_line_break_ends_a_sentence()
    {
        Assert.Equal([new Sentence(0, 7, 0, 2), new Sentence(8, 14, 2, 2)], Split("قال نعم\nثم عاد"));
    }

    [Fact]
    public void Blank_line_ends_a_sentence()
    {
        Assert.Equal([new Sentence(0, 7, 0, 2), new Sentence(11, 17, 2, 2)], Split("قال نعم\r\n\r\nثم عاد"));
    }

    [Fact]
    public void Latin_initials_do_not_end_a_sentence()
    {
        Assert.Equal([new Sentence(0, 25, 0, 9)], Split("قالت U.N. إن العمل مستمر."));
    }

    [Fact]
    public void Latin_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal([new Sentence(0, 18, 0, 6)], Split("Mr. Smith said it."));
    }

    [Fact]
    public void Arabic_single_letter_abbreviations_do_not_end_a_sentence()
    {
        const string text = "قال د. سالم إن م. خالد وأ. هند حضروا.";
        Assert.Equal([new Sentence(0, text.Length, 0, 13)], Split(text));
    }

    [Fact]
    public void Page_abbreviation_does_not_end_a_sentence()
    {
        const string text = "انظر ص. 12 من الكتاب.";
        Assert.Equal([new Sentence(0, text.Length, 0, 7)], Split(text));
    }

    [Fact]
    public void Date_abbreviation_ends_a_sentence_when_a_new_one_follows()
    {
        Assert.Equal([new Sentence(0, 16, 0, 7), new Sentence(17, 24, 7, 3)], Split("بني عام 500 ق.م. ثم هدم."));
        Assert.Equal([new Sentence(0, 15, 0, 5), new Sentence(16, 28, 5, 3)], Split("بدأ عام 1436هـ. وانتهى بعده."));
    }

    [Fact]
    public void Date_abbreviation_does_not_end_a_sentence_when_the_date_continues()
    {
        Assert.Equal([new Sentence(0, 25, 0, 8), new Sentence(26, 29, 8, 1)], Split("في 1436هـ. الموافق 2015م. بدأ"));
    }

    [Fact]
    public void Dots_inside_a_web_address_do_not_end_a_sentence()
    {
        const string text = "زوروا www.site.gov.sa للمزيد.";
        Assert.Equal([new Sentence(0, text.Length, 0, 10)], Split(text));
    }

    [Fact]
    public void Latin_initials_spelled_in_arabic_do_not_end_a_sentence_before_a_word()
    {
        const string text = "قال جورج دبليو. بوش إنه عاد.";
        Assert.Equal([new Sentence(0, text.Length, 0, 8)], Split(text));
        Assert.Equal([new Sentence(0, 14, 0, 5), new Sentence(15, 17, 5, 1)], Split("بثته بي بي سي.\nثم"));
    }

    [Fact]
    public void List_numbers_do_not_end_a_sentence()
    {
        Assert.Equal([new Sentence(0, 14, 0, 4), new Sentence(15, 30, 4, 4)], Split("1. البند الأول\n2. البند الثاني"));
    }

    [Fact]
    public void Closed_quotation_holds_its_sentences_together()
    {
        Assert.Equal([new Sentence(0, 39, 0, 13), new Sentence(40, 44, 13, 1)], Split("قال: «سنبدأ غدا. ونحن جاهزون؟» ثم غادر. وعاد"));
    }

    [Fact]
    public void Unclosed_quotation_does_not_hold_sentences_together()
    {
        Assert.Equal([new Sentence(0, 16, 0, 6), new Sentence(17, 28, 6, 2)], Split("قال: «سنبدأ غدا. ونحن جاهزون"));
    }

    [Fact]
    public void Line_break_ends_a_sentence_even_inside_a_quotation()
    {
        Assert.Equal(
            [new Sentence(0, 12, 0, 4), new Sentence(13, 28, 4, 4), new Sentence(29, 31, 8, 1)],
            Split("قال: «الأولى\nالثانية» انتهى.\nثم"));
    }

    [Fact]
    public void Paragraph_break_ends_a_sentence_even_inside_a_quotation()
    {
        Assert.Equal(
            [new Sentence(0, 13, 0, 5), new Sentence(15, 30, 5, 4), new Sentence(31, 33, 9, 1)],
            Split("قال: «الأولى.\n\nالثانية» انتهى.\nثم"));
    }

    [Fact]
    public void Runs_of_marks_and_glued_closing_brackets_stay_with_their_sentence()
    {
        Assert.Equal(
            [new Sentence(0, 5, 0, 3), new Sentence(6, 11, 3, 3), new Sentence(12, 20, 6, 4), new Sentence(21, 23, 10, 1)],
            Split("حقا؟! نعم?! (انتهى.) ثم"));
    }

    [Fact]
    public void Ellipsis_is_a_pause_not_an_end()
    {
        Assert.Equal([new Sentence(0, 18, 0, 8), new Sentence(19, 25, 8, 4)], Split("لا.. ليس كذلك… بل.\nنعم..."));
    }

    [Fact]
    public void Sentence_spans_exclude_surrounding_white_space()
    {
        Assert.Equal([new Sentence(2, 10, 0, 3)], Split("  قال نعم.  \n "));
    }

    [Fact]
    public void Text_without_tokens_has_no_sentences()
    {
        Assert.Empty(Split(""));
        Assert.Empty(Split(" \n\n\t"));
    }

    [Fact]
    public void Tokens_outside_the_text_or_out_of_order_are_rejected()
    {
        Token[] outside = [new Token(0, 9, TokenKind.Arabic, 0, 9, Proclitics.None)];
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Split("قال", outside, []));
        Token[] overlapping = [new Token(0, 3, TokenKind.Arabic, 0, 3, Proclitics.None), new Token(2, 3, TokenKind.Arabic, 2, 3, Proclitics.None)];
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Split("قال", overlapping, []));
    }
}
