using Isnad.Text;

namespace Isnad.Entities.Dates;

/// <summary>
/// The words of Arabic date expressions, stored as folded keys (see <see cref="ArabicNormalizer.Fold"/>) and turned into
/// regex alternations longest first, so «تشرين الأول» wins over a shorter name.
/// </summary>
internal static class DateWords
{
    /// <summary>Gregorian month names: Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني) and Maghrebi (جانفي) series.</summary>
    public static readonly IReadOnlyDictionary<string, int> GregorianMonths = Keyed(new (string, int)[]
    {
        ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1),
        ("فبراير", 2), ("شباط", 2), ("فيفري", 2),
        ("مارس", 3), ("آذار", 3),
        ("أبريل", 4), ("إبريل", 4), ("نيسان", 4), ("أفريل", 4),
        ("مايو", 5), ("أيار", 5), ("ماي", 5),
        ("يونيو", 6), ("يونيه", 6), ("حزيران", 6), ("جوان", 6),
        ("يوليو", 7), ("يوليه", 7), ("تموز", 7), ("جويلية", 7),
        ("أغسطس", 8), ("آب", 8), ("أوت", 8),
        ("سبتمبر", 9), ("أيلول", 9), ("شتنبر", 9),
        ("أكتوبر", 10), ("تشرين الأول", 10),
        ("نوفمبر", 11), ("تشرين الثاني", 11), ("نونبر", 11),
        ("ديسمبر", 12), ("كانون الأول", 12), ("دجنبر", 12),
    });

    /// <summary>Month names that are also ordinary words (آب «father», ماي، مارس «practised»): they need a day or a year.</summary>
    public static readonly IReadOnlySet<string> RiskyGregorianMonths = new HashSet<string>(
        new[] { "آب", "ماي", "مارس", "جوان", "أوت" }.Select(ArabicNormalizer.Key), StringComparer.Ordinal);

    /// <summary>Hijri month names with their spelling variants (ربيع الآخر / الثاني، ذو / ذي القعدة).</summary>
    public static readonly IReadOnlyDictionary<string, int> HijriMonths = Keyed(new (string, int)[]
    {
        ("محرم", 1), ("المحرم", 1), ("صفر", 2),
        ("ربيع الأول", 3), ("ربيع أول", 3), ("ربيع الآخر", 4), ("ربيع الثاني", 4), ("ربيع ثاني", 4),
        ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادى الآخرة", 6), ("جمادى الآخر", 6), ("جمادى الثانية", 6), ("جمادى الثاني", 6),
        ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
        ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12), ("ذي الحجة", 12),
    });

    /// <summary>Weekday names with their <see cref="DayOfWeek"/>.</summary>
    public static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        [ArabicNormalizer.Key("الأحد")] = DayOfWeek.Sunday,
        [ArabicNormalizer.Key("الاثنين")] = DayOfWeek.Monday,
        [ArabicNormalizer.Key("الثلاثاء")] = DayOfWeek.Tuesday,
        [ArabicNormalizer.Key("الأربعاء")] = DayOfWeek.Wednesday,
        [ArabicNormalizer.Key("الخميس")] = DayOfWeek.Thursday,
        [ArabicNormalizer.Key("الجمعة")] = DayOfWeek.Friday,
        [ArabicNormalizer.Key("السبت")] = DayOfWeek.Saturday,
    };

    /// <summary>Parts of the day that may precede a day: صباح، مساء، ليلة …</summary>
    public static readonly IReadOnlyDictionary<string, TimeOfDay> TimesOfDay = Keyed(new (string, TimeOfDay)[]
    {
        ("فجر", TimeOfDay.Dawn), ("صباح", TimeOfDay.Morning), ("صبيحة", TimeOfDay.Morning), ("ضحى", TimeOfDay.Morning),
        ("ظهر", TimeOfDay.Noon), ("ظهيرة", TimeOfDay.Noon), ("عصر", TimeOfDay.Afternoon), ("مساء", TimeOfDay.Evening),
        ("ليلة", TimeOfDay.Night), ("ليل", TimeOfDay.Night), ("منتصف ليل", TimeOfDay.Night), ("منتصف ليلة", TimeOfDay.Night),
    });

    /// <summary>Which part of a week, month or year a part word names.</summary>
    public static readonly IReadOnlyDictionary<string, PeriodPart> Parts = Keyed(new (string, PeriodPart)[]
    {
        ("مطلع", PeriodPart.Beginning), ("بداية", PeriodPart.Beginning), ("بدء", PeriodPart.Beginning), ("مستهل", PeriodPart.Beginning),
        ("أوائل", PeriodPart.Beginning), ("أول", PeriodPart.Beginning), ("منتصف", PeriodPart.Middle), ("أواسط", PeriodPart.Middle),
        ("وسط", PeriodPart.Middle), ("نهاية", PeriodPart.End), ("أواخر", PeriodPart.End), ("آخر", PeriodPart.End), ("ختام", PeriodPart.End),
        ("عطلة نهاية", PeriodPart.Weekend),
    });

    /// <summary>Modifiers after a weekday, a unit or a month name, with their direction from the article date.</summary>
    public static readonly IReadOnlyDictionary<string, int> Directions = Keyed(new (string, int)[]
    {
        ("الماضي", -1), ("الماضية", -1), ("المنصرم", -1), ("المنصرمة", -1), ("الفائت", -1), ("الفائتة", -1),
        ("المنقضي", -1), ("المنقضية", -1), ("السابق", -1), ("السابقة", -1),
        ("المقبل", 1), ("المقبلة", 1), ("القادم", 1), ("القادمة", 1),
        ("الجاري", 0), ("الجارية", 0), ("الحالي", 0), ("الحالية", 0),
    });

    /// <summary>A regex alternation of the keys of <paramref name="words"/>, longest first, spaces as \s+.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join("|", words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => string.Join(@"\s+", w.Split(' ').Select(System.Text.RegularExpressions.Regex.Escape)))) + ")";

    /// <summary>The folded key of a matched phrase, with its inner white space made single spaces.</summary>
    public static string KeyOf(string folded) => string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, T> Keyed<T>(IEnumerable<(string Word, T Value)> pairs)
    {
        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in pairs)
        {
            dictionary[ArabicNormalizer.Key(word)] = value;
        }

        return dictionary;
    }
}

/// <summary>The part of a week, month or year named by مطلع، منتصف، نهاية، عطلة نهاية.</summary>
internal enum PeriodPart : byte
{
    Whole,
    Beginning,
    Middle,
    End,
    Weekend,
}
