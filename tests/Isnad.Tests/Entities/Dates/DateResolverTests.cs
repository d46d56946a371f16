using Isnad.Entities.Dates;
using Xunit;

namespace Isnad.Tests.Entities.Dates;

public sealed class DateResolverTests
{
    /// <summary>A Wednesday; its Hijri (Umm al-Qura) date is 6 Shawwal 1436.</summary>
    private static readonly DateOnly Wednesday = new(2015, 7, 22);

    private static (string Text, DateMentionKind Kind, string? Iso)[] Find(string text, DateOnly? articleDate = null) =>
        DateResolver.FindAll(text, articleDate ?? Wednesday).Select(m => (m.Text, m.Kind, m.Iso)).ToArray();

    private static DateMention Single(string text, DateOnly? articleDate = null) =>
        Assert.Single(DateResolver.FindAll(text, articleDate ?? Wednesday));

    [Theory]
    [InlineData("وقال الوزير اليوم إن العمل مستمر", "اليوم", "2015-07-22")]
    [InlineData("وكان المجلس قد اجتمع أمس", "أمس", "2015-07-21")]
    [InlineData("وأوضح أنه وصل يوم أمس إلى المدينة", "يوم أمس", "2015-07-21")]
    [InlineData("ووقع الحادث بالأمس", "الأمس", "2015-07-21")]
    [InlineData("وغادر البارحة", "البارحة", "2015-07-21")]
    [InlineData("وصدر القرار أول أمس", "أول أمس", "2015-07-20")]
    [InlineData("وكان ذلك أول من أمس", "أول من أمس", "2015-07-20")]
    [InlineData("وانتهى أمس الأول", "أمس الأول", "2015-07-20")]
    [InlineData("وعرضت البارحة الأولى", "البارحة الأولى", "2015-07-20")]
    [InlineData("ويعقد الاجتماع غداً", "غداً", "2015-07-23")]
    [InlineData("وتبدأ الرحلات بعد غد", "بعد غد", "2015-07-24")]
    public void RelativeDays(string text, string span, string iso)
    {
        Assert.Equal([(span, DateMentionKind.Relative, iso)], Find(text));
    }

    [Fact]
    public void TodayFollowedByItsWeekdayInBracketsIsOneMention()
    {
        Assert.Equal([("أمس (الثلاثاء)", DateMentionKind.Relative, "2015-07-21")], Find("أعلنت اللجنة أمس (الثلاثاء) نتائجها"));
        Assert.Equal([("اليوم (الأربعاء)", DateMentionKind.Relative, "2015-07-22")], Find("وافتتح اليوم (الأربعاء) المعرض"));
        Assert.Equal([("أمس الثلاثاء", DateMentionKind.Relative, "2015-07-21")], Find("وارتفع المؤشر أمس الثلاثاء"));
        Assert.Equal([("مساء اليوم، الأربعاء", DateMentionKind.Relative, "2015-07-22")], Find("ويقام الحفل مساء اليوم، الأربعاء"));
    }

    [Fact]
    public void TimesOfDayAreKept()
    {
        var evening = Single("وصل الوفد مساء أمس");
        Assert.Equal(("مساء أمس", "2015-07-21", TimeOfDay.Evening), (evening.Text, evening.Iso, evening.TimeOfDay));

        var morning = Single("تبدأ الجلسة صباح الغد");
        Assert.Equal(("صباح الغد", "2015-07-23", TimeOfDay.Morning), (morning.Text, morning.Iso, morning.TimeOfDay));

        var night = Single("وسقطت الأمطار الليلة الماضية");
        Assert.Equal(("الليلة الماضية", "2015-07-21", TimeOfDay.Night), (night.Text, night.Iso, night.TimeOfDay));
    }

    [Theory]
    [InlineData("وقد سافر إلى جيل الغد")]
    [InlineData("ونشرت صحيفة اليوم تقريرا")]
    [InlineData("كما ذكرت «اليوم» في عددها")]
    [InlineData("ويحتفل باليوم الوطني")]
    [InlineData("وفي اليوم التالي عاد")]
    [InlineData("وأشرقت الشمس في ذلك اليوم")]
    [InlineData("وسجل الأحد عشر لاعبا")]
    [InlineData("وأكد الأمن العام أن")]
    [InlineData("وقال رمضان إن")]
    [InlineData("كانت النتيجة صفر")]
    [InlineData("وفق رؤية 2030")]
    public void WordsThatOnlyLookLikeDatesAreNotDates(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("ووصل الوزير الجمعة", "الجمعة", "2015-07-17")]
    [InlineData("وعقد الاجتماع يوم الأحد", "يوم الأحد", "2015-07-19")]
    [InlineData("وأعلن ذلك مساء الأربعاء", "مساء الأربعاء", "2015-07-22")]
    [InlineData("وكان قد التقى الأربعاء الماضي", "الأربعاء الماضي", "2015-07-15")]
    [InlineData("ويبدأ التسجيل الأحد المقبل", "الأحد المقبل", "2015-07-26")]
    [InlineData("وتنطلق البطولة يوم الأربعاء المقبل", "يوم الأربعاء المقبل", "2015-07-29")]
    [InlineData("وسلم التقرير الإثنين", "الإثنين", "2015-07-20")]
    public void WeekdaysResolveAgainstTheArticleDate(string text, string span, string iso)
    {
        Assert.Equal([(span, DateMentionKind.Weekday, iso)], Find(text));
    }

    [Theory]
    [InlineData("وارتفعت الأسعار الأسبوع الماضي", "الأسبوع الماضي", "2015-07-12/2015-07-18")]
    [InlineData("وتعقد القمة الأسبوع المقبل", "الأسبوع المقبل", "2015-07-26/2015-08-01")]
    [InlineData("ويصدر القرار هذا الأسبوع", "هذا الأسبوع", "2015-07-19/2015-07-25")]
    [InlineData("ويعود نهاية الأسبوع", "نهاية الأسبوع", "2015-07-23/2015-07-25")]
    [InlineData("وازدحمت الشواطئ في عطلة نهاية الأسبوع", "عطلة نهاية الأسبوع", "2015-07-24/2015-07-25")]
    [InlineData("وانخفضت المبيعات الشهر الماضي", "الشهر الماضي", "2015-06")]
    [InlineData("ويبدأ التطبيق مطلع الشهر المقبل", "مطلع الشهر المقبل", "2015-08-01/2015-08-10")]
    [InlineData("وسجلت الشركة أرباحا العام الماضي", "العام الماضي", "2014")]
    [InlineData("وتكتمل المرحلة نهاية العام", "نهاية العام", "2015-09-01/2015-12-31")]
    [InlineData("وارتفع العدد مقارنة بالسنة الماضية", "السنة الماضية", "2014")]
    [InlineData("وسيرتفع الإنتاج للعام المقبل", "للعام المقبل", "2016")]
    public void WeeksMonthsAndYears(string text, string span, string iso)
    {
        Assert.Equal([(span, DateMentionKind.Relative, iso)], Find(text));
    }

    [Theory]
    [InlineData("وقع الحادث قبل يومين", "قبل يومين", "2015-07-20")]
    [InlineData("وبدأ المشروع منذ 3 أشهر", "منذ 3 أشهر", "2015-04")]
    [InlineData("ويصدر الحكم بعد أسبوعين", "بعد أسبوعين", "2015-08-05")]
    [InlineData("وتخرج قبل 5 سنوات", "قبل 5 سنوات", "2010")]
    public void ShiftsFromTheArticleDate(string text, string span, string iso)
    {
        Assert.Equal([(span, DateMentionKind.Relative, iso)], Find(text));
    }

    [Theory]
    [InlineData("افتتح المعرض في 21 يوليو 2015", "21 يوليو 2015", "2015-07-21")]
    [InlineData("وصدر في 21 تموز (يوليو) 2015م", "21 تموز (يوليو) 2015م", "2015-07-21")]
    [InlineData("وانتهى في 3 آب", "3 آب", "2015-08-03")]
    [InlineData("وبدأ في الأول من يناير", "يناير", null)]
    [InlineData("وكان ذلك في 2 كانون الثاني 2016", "2 كانون الثاني 2016", "2016-01-02")]
    [InlineData("وتوقفت المفاوضات في 14 جويلية", "14 جويلية", "2015-07-14")]
    [InlineData("وارتفعت الأسعار في يونيو الماضي", "يونيو الماضي", "2015-06")]
    [InlineData("وخلال شهر أغسطس", "شهر أغسطس", "2015-08")]
    [InlineData("ويبدأ العمل أواخر سبتمبر المقبل", "أواخر سبتمبر المقبل", "2015-09-21/2015-09-30")]
    [InlineData("بتاريخ 21/7/2015", "21/7/2015", "2015-07-21")]
    [InlineData("بتاريخ 2015-07-21", "2015-07-21", "2015-07-21")]
    [InlineData("وتأسست الشركة عام 2010", "عام 2010", "2010")]
    [InlineData("ووقع ذلك قبل عام 2010", "عام 2010", "2010")]
    [InlineData("ويكتمل المشروع مطلع عام 2016", "مطلع عام 2016", "2016-01-01/2016-04-30")]
    public void GregorianDates(string text, string span, string? iso)
    {
        if (iso is null)
        {
            Assert.Empty(Find(text)); // a month name alone, without a day, year, شهر or modifier, is not trusted
            return;
        }

        Assert.Equal([(span, DateMentionKind.Gregorian, iso)], Find(text));
    }

    [Fact]
    public void ArabicIndicDigitsAreRead()
    {
        Assert.Equal([("٢١ يوليو ٢٠١٥", DateMentionKind.Gregorian, "2015-07-21")], Find("في ٢١ يوليو ٢٠١٥"));
    }

    [Fact]
    public void HijriDatesKeepTheirHijriPartsAndConvertWithUmmAlQura()
    {
        var day = Single("وأقيمت الصلاة في 5 شوال 1436هـ");
        Assert.Equal(("5 شوال 1436هـ", DateMentionKind.Hijri, "2015-07-21", new HijriDate(1436, 10, 5)), (day.Text, day.Kind, day.Iso, day.Hijri));

        var eid = Single("ويوافق 1 شوال 1436 هـ");
        Assert.Equal("2015-07-17", eid.Iso);

        var numeric = Single("بتاريخ 5/10/1436هـ");
        Assert.Equal(("5/10/1436هـ", "2015-07-21", new HijriDate(1436, 10, 5)), (numeric.Text, numeric.Iso, numeric.Hijri));
    }

    [Fact]
    public void HijriMonthsWithoutADayCoverTheMonth()
    {
        var ramadan = Single("وتضاعفت الزيارات خلال شهر رمضان المبارك");
        Assert.Equal(("شهر رمضان المبارك", DateGranularity.Month, "2015-06-18/2015-07-16", new HijriDate(null, 9, null)),
            (ramadan.Text, ramadan.Granularity, ramadan.Iso, ramadan.Hijri));

        Assert.Equal([("رمضان الماضي", DateMentionKind.Hijri, "2015-06-18/2015-07-16")], Find("وارتفعت المبيعات في رمضان الماضي"));
        Assert.Equal([("ذي الحجة المقبل", DateMentionKind.Hijri, "2015-09-14/2015-10-13")], Find("ويبدأ الموسم في ذي الحجة المقبل"));
    }

    [Fact]
    public void AHijriYearCoversTheYear()
    {
        Assert.Equal([("عام 1436هـ", DateMentionKind.Hijri, "2014-10-25/2015-10-13")], Find("ميزانية عام 1436هـ"));
    }

    [Fact]
    public void AWeekdayBeforeACalendarDateJoinsIt()
    {
        Assert.Equal([("الثلاثاء 21 يوليو 2015", DateMentionKind.Gregorian, "2015-07-21")], Find("وذلك الثلاثاء 21 يوليو 2015 في جدة"));
        Assert.Equal([("يوم الثلاثاء الموافق 5 شوال", DateMentionKind.Hijri, "2015-07-21")], Find("وذلك يوم الثلاثاء الموافق 5 شوال"));
    }

    [Fact]
    public void WithoutAnArticleDateRelativeDatesAreFoundButNotResolved()
    {
        var mentions = DateResolver.FindAll("وقال أمس إن الاتفاق وقع في 21 يوليو 2015");

        Assert.Equal(["أمس", "21 يوليو 2015"], mentions.Select(m => m.Text));
        Assert.Equal([null, "2015-07-21"], mentions.Select(m => m.Iso));
    }

    [Fact]
    public void AHijriDateWithoutYearOrArticleDateKeepsItsHijriParts()
    {
        var mention = Assert.Single(DateResolver.FindAll("ويبدأ الدوام في 5 شوال"));

        Assert.Equal(("5 شوال", DateMentionKind.Hijri, null, new HijriDate(null, 10, 5)), (mention.Text, mention.Kind, mention.Iso, mention.Hijri));
    }

    [Fact]
    public void SeveralMentionsComeInTextOrderWithOffsets()
    {
        const string text = "وصل الوفد أمس، ويغادر الأحد المقبل.";
        var mentions = DateResolver.FindAll(text, Wednesday);

        Assert.Equal([(10, 13, "2015-07-21"), (22, 34, "2015-07-26")], mentions.Select(m => (m.Span.Start, m.Span.End, m.Iso)));
    }

    [Fact]
    public void InvalidDatesAreRejected()
    {
        Assert.Empty(Find("الرقم 31/2/2015"));
        Assert.Empty(Find("في 30 فبراير 2015"));
        Assert.Empty(Find("الإصدار 1.2.3"));
    }
}
