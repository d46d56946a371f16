using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

public sealed class QuotationScannerTests
{
    private static Quotation Closed(int start, int end, char open, char close) => new(start, end, start + 1, end - 1, open, close, true);

    private static Quotation Open(int start, int end, char open) => new(start, end, start + 1, end, open, '\0', false);

    [Fact]
    public void Guillemets_pair()
    {
        Assert.Equal([Closed(5, 10, '«', '»')], QuotationScanner.Scan("قال: «نعم» ثم"));
    }

    [Fact]
    public void Curly_double_quotes_pair()
    {
        Assert.Equal([Closed(4, 9, '“', '”')], QuotationScanner.Scan("قال “نعم” ثم"));
    }

    [Fact]
    public void Curly_double_quotes_pair_in_the_wrong_direction()
    {
        Assert.Equal([Closed(4, 9, '”', '“')], QuotationScanner.Scan("قال ”نعم“ ثم"));
    }

    [Fact]
    public void Low_double_quote_opens()
    {
        Assert.Equal([Closed(4, 9, '„', '“')], QuotationScanner.Scan("قال „نعم“ ثم"));
    }

    [Fact]
    public void Ascii_double_quote_opens_and_closes()
    {
        Assert.Equal([Closed(4, 9, '"', '"'), Closed(13, 17, '"', '"')], QuotationScanner.Scan("قال \"نعم\" ثم \"لا\""));
    }

    [Fact]
    public void Single_quotes_pair_but_apostrophes_are_ignored()
    {
        Assert.Equal([Closed(8, 13, '\'', '\'')], QuotationScanner.Scan("He said 'yes' and don't"));
        Assert.Equal([Closed(4, 9, '\'', '\'')], QuotationScanner.Scan("قال 'نعم' فقط"));
        Assert.Empty(QuotationScanner.Scan("l'homme qu'il"));
    }

    [Fact]
    public void Single_guillemets_pair()
    {
        Assert.Equal([Closed(4, 9, '‹', '›')], QuotationScanner.Scan("قال ‹نعم› ثم"));
    }

    [Fact]
    public void Stray_closing_mark_is_ignored()
    {
        Assert.Equal([Closed(14, 19, '«', '»')], QuotationScanner.Scan("انتهى» ثم قال «نعم»"));
    }

    [Fact]
    public void Quotation_left_open_ends_at_its_paragraph()
    {
        // The ” in the next paragraph must not close the first paragraph's “.
        Assert.Equal([Open(4, 11, '“')], QuotationScanner.Scan("قال “نعم ثم\n\nفقرة” ثانية"));
    }

    [Fact]
    public void A_single_line_break_ends_an_open_curly_quotation()
    {
        Assert.Equal([Open(4, 11, '“')], QuotationScanner.Scan("قال “نعم ثم \nفقرة” ثانية"));
    }

    [Fact]
    public void Guillemets_span_a_single_line_break_when_the_close_comes_later()
    {
        Assert.Equal([Closed(5, 22, '«', '»')], QuotationScanner.Scan("قال: «الأولى.\nالثانية» انتهى"));
    }

    [Fact]
    public void Guillemets_do_not_carry_past_a_line_break_once_too_long()
    {
        var text = "«" + new string('ب', QuotationScanner.MaxGuillemetLength) + "\nج»";
        Assert.Equal([Open(0, QuotationScanner.MaxGuillemetLength + 1, '«')], QuotationScanner.Scan(text));
    }

    [Fact]
    public void Quotation_left_open_ends_at_the_end_of_the_text_without_trailing_space()
    {
        Assert.Equal([Open(4, 11, '«')], QuotationScanner.Scan("قال «نعم ثم  "));
        Assert.Equal([Open(4, 8, '"')], QuotationScanner.Scan("قال \"نعم"));
    }

    [Fact]
    public void Quotation_spans_sentences()
    {
        Assert.Equal([Closed(5, 30, '«', '»')], QuotationScanner.Scan("قال: «سنبدأ غدا. ونحن جاهزون؟» ثم غادر."));
    }

    [Fact]
    public void Guillemets_span_paragraphs_when_the_close_comes_later()
    {
        Assert.Equal([Closed(5, 23, '«', '»')], QuotationScanner.Scan("قال: «الأولى.\n\nالثانية» انتهى"));
    }

    [Fact]
    public void A_paragraph_opening_with_guillemet_continues_the_carried_quotation()
    {
        Assert.Equal([Closed(0, 20, '«', '»')], QuotationScanner.Scan("«الأولى.\n\n«الثانية.»"));
    }

    [Fact]
    public void Guillemets_span_at_most_three_line_breaks()
    {
        Assert.Equal([Closed(0, 12, '«', '»')], QuotationScanner.Scan("«أ\n\nب\n\nج\n\nد»"));
        Assert.Equal([Open(0, 2, '«')], QuotationScanner.Scan("«أ\n\nب\n\nج\n\nد\n\nهـ»"));
    }

    [Fact]
    public void Nested_quotations_are_all_returned_outer_first()
    {
        Assert.Equal([Closed(0, 14, '«', '»'), Closed(5, 10, '“', '”')], QuotationScanner.Scan("«قال “نعم” ثم»"));
    }

    [Fact]
    public void Inner_quotation_left_open_ends_where_the_outer_one_closes()
    {
        Assert.Equal([Closed(0, 13, '«', '»'), Open(5, 12, '“')], QuotationScanner.Scan("«قال “نعم ثم» بعد"));
    }

    [Fact]
    public void Unclosed_quotation_still_holds_an_inner_one_that_closed_in_a_later_paragraph()
    {
        Assert.Equal([Open(0, 9, '«'), Closed(3, 9, '«', '»')], QuotationScanner.Scan("«أ «ب\n\nج» د"));
    }

    [Fact]
    public void Guillemet_used_as_a_closer_closes()
    {
        Assert.Equal([Closed(11, 22, '«', '«')], QuotationScanner.Scan("قال لصحيفة « المدينة « إن"));
    }

    [Fact]
    public void Reversed_guillemets_pair()
    {
        Assert.Equal([Closed(4, 9, '»', '«')], QuotationScanner.Scan("قال:»نعم« ثم"));
    }

    [Fact]
    public void Double_prime_closes_a_curly_quotation()
    {
        Assert.Equal([Closed(5, 16, '“', '″')], QuotationScanner.Scan("نظام “ويندوز 10″ الجديد"));
        Assert.Empty(QuotationScanner.Scan("طوله 10″ فقط"));
    }

    [Fact]
    public void Ascii_quotes_do_not_nest_so_a_badly_spaced_second_mark_closes()
    {
        Assert.Equal([Closed(6, 17, '"', '"')], QuotationScanner.Scan("البطل \"سيف يوسف \"برتبة"));
    }

    [Fact]
    public void Text_without_quotation_marks_has_none()
    {
        Assert.Empty(QuotationScanner.Scan("قال الوزير إن العمل مستمر."));
        Assert.Empty(QuotationScanner.Scan(""));
    }
}
