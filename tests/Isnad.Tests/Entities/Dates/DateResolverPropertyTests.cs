using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isnad.Entities.Dates;
using Isnad.Entities.Gazetteer;
using Xunit;

namespace Isnad.Tests.Entities.Dates;

/// <summary>Text built from pieces of dates and names, glued in any order, with the marks and digits that break matchers.</summary>
public sealed record DateishText(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}

public static class DateishArbitraries
{
    private static readonly string[] Pieces =
    [
        "اليوم", "أمس", "غداً", "الغد", "الجمعة", "الأحد", "عشر", "يوم", "صباح", "مساء", "الأسبوع", "الشهر", "العام", "الماضي",
        "المقبل", "مطلع", "نهاية", "عطلة", "قبل", "منذ", "بعد", "يومين", "أشهر", "يوليو", "تموز", "آب", "كانون الثاني", "شوال",
        "رمضان", "ذو الحجة", "شهر", "عام", "هـ", "م", "الموافق", "(", ")", "/", "-", ".", "،", " ", "  ", "\n", "\u064B",
        "\u0640", "0", "1", "5", "12", "21", "30", "31", "99", "0000", "1436", "1500", "2015", "9999", "٢١", "٢٠١٥",
        "و", "ب", "لل", "وكالة", "صحيفة", "«", "»", "\"", "الرياض", "رويترز", "أ.ف.ب", "AP", "us", "\uD83D", "\uFEFB",
    ];

    public static Arbitrary<DateishText> Dateish() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => new DateishText(string.Concat(parts))).ToArbitrary();
}

[Properties(Arbitrary = [typeof(DateishArbitraries)], MaxTest = 400)]
public sealed class DateResolverPropertyTests
{
    private static readonly DateOnly ArticleDate = new(2015, 7, 22);

    [Property]
    public void Dates_are_ordered_disjoint_spans_of_the_text(DateishText text)
    {
        var mentions = DateResolver.FindAll(text.Value, ArticleDate);
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            Assert.True(mention.Span.Start >= previousEnd && mention.Span.End <= text.Value.Length && !mention.Span.IsEmpty);
            Assert.Equal(mention.Span.Slice(text.Value), mention.Text);
            Assert.True(mention.Start is null == mention.End is null);
            Assert.True(mention.Start is not { } s || s <= mention.End!.Value);
            previousEnd = mention.Span.End;
        }
    }

    [Property]
    public void Gazetteer_matches_lie_inside_the_text_in_order(DateishText text)
    {
        var previous = new Isnad.Text.TextSpan(0, 0);
        foreach (var match in GazetteerMatcher.Default.FindAll(text.Value))
        {
            Assert.True(match.Span.End <= text.Value.Length && match.Span.Contains(match.NameSpan) && !match.NameSpan.IsEmpty);
            Assert.True(match.Span == previous || match.Span.Start >= previous.End);
            previous = match.Span;
        }
    }
}
