using Isnad.Entities.Dates;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Entities.Dates;

/// <summary>
/// Article dates at the ends of the calendar (0001-01-01, 9999-12-31): a relative date that falls outside it is found
/// but left unresolved; one inside it is still resolved; nothing throws.
/// </summary>
public sealed class CalendarEdgeTests
{
    private static readonly DateOnly Last = new(9999, 12, 31);
    private static readonly DateOnly First = new(1, 1, 1);

    [Theory]
    [InlineData("ووصل الوفد أمس", "أمس", "9999-12-30")]
    [InlineData("ويعقد الاجتماع غداً", "غداً", null)]
    [InlineData("ويبدأ العمل بعد غد", "بعد غد", null)]
    [InlineData("ويصدر القرار الشهر المقبل", "الشهر المقبل", null)]
    [InlineData("وينتهي المشروع نهاية الشهر الجاري", "نهاية الشهر الجاري", "9999-12-21/9999-12-31")]
    [InlineData("ونما الإنتاج العام الماضي", "العام الماضي", "9998")]
    [InlineData("ويفتتح المعرض العام المقبل", "العام المقبل", null)]
    [InlineData("ويكتمل البناء بعد خمس سنوات أو بعد 5 سنوات", "بعد 5 سنوات", null)]
    [InlineData("ويعود الوفد الأسبوع المقبل", "الأسبوع المقبل", null)]
    [InlineData("ويزور المدينة يوليو المقبل", "يوليو المقبل", null)]
    [InlineData("وزار المدينة في 21 يوليو", "21 يوليو", "9999-07-21")]
    [InlineData("وصام الناس رمضان الماضي", "رمضان الماضي", null)]
    public void Last_day_of_the_calendar(string text, string span, string? iso)
    {
        var mention = Assert.Single(DateResolver.FindAll(text, Last));

        Assert.Equal((span, iso), (mention.Text, mention.Iso));
    }

    [Theory]
    [InlineData("ووصل الوفد أمس", "أمس", null)]
    [InlineData("ويعقد الاجتماع غداً", "غداً", "0001-01-02")]
    [InlineData("وعقد المجلس جلسته الأسبوع الماضي", "الأسبوع الماضي", null)]
    [InlineData("وتراجع الطلب الشهر الماضي", "الشهر الماضي", null)]
    [InlineData("ويفتتح المعرض العام المقبل", "العام المقبل", "0002")]
    [InlineData("وبدأ العمل منذ 3 أشهر", "منذ 3 أشهر", null)]
    [InlineData("وغادر الجمعة الماضي", "الجمعة الماضي", null)]
    public void First_day_of_the_calendar(string text, string span, string? iso)
    {
        var mention = Assert.Single(DateResolver.FindAll(text, First));

        Assert.Equal((span, iso), (mention.Text, mention.Iso));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    public void The_pipeline_analyses_an_article_dated_at_either_end(int year, int month, int day)
    {
        const string text = "وقال المتحدث باسم الوزارة أمس إن اللجنة ستجتمع غداً، وإن التقرير يصدر الشهر المقبل.";

        var analysis = Pipeline.Default.Analyze(text, new ArticleMeta("edge", null, new DateOnly(year, month, day)));

        var dates = analysis.Entities.Where(e => e.Type == EntityType.DATE).Select(e => (e.Text, e.Date)).ToArray();
        var expected = year == 9999
            ? new (string, string?)[] { ("أمس", "9999-12-30"), ("غداً", null), ("الشهر المقبل", null) }
            : [("أمس", null), ("غداً", "0001-01-02"), ("الشهر المقبل", "0001-02")];
        Assert.Equal(expected, dates);
        Assert.Single(analysis.Attributions);
    }
}
