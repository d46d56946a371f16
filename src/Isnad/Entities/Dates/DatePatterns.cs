using System.Text.RegularExpressions;

namespace Isnad.Entities.Dates;

/// <summary>
/// The date patterns, spelled out so the regex source generator compiles them into the engine: building and
/// compiling them at run time took a good part of every command's start-up. They are <see cref="DateResolver"/>'s
/// compositions of the words in <see cref="DateWords"/>, written out; a test checks that each still equals its
/// composition (<see cref="DateResolver.ComposedPatterns"/>), so a change to the word lists must be copied here.
/// </summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public const string RelativeDayPattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?:(?<tod>(?:منتصف\s+ليله|منتصف\s+ليل|صبيحه|ظهيره|صباح|ليله|مساء|ضحي|ظهر|عصر|فجر|ليل))\s+)?(?<yawm>يوم\s+)?(?<w>امس\s+الاول|البارحه\s+الاولي|اول\s+من\s+امس|اول\s+امس|بعد\s+الغد|بعد\s+غد|الليله\s+الماضيه|الامس|امس|البارحه|غدا|الغد|غد|اليوم|الليله)(?:\s*\(\s*(?:يوم\s+)?(?:الاربعاء|الثلاثاء|الاثنين|الجمعه|الخميس|الاحد|السبت)\s*\)|\s*[,،]?\s+(?:يوم\s+)?(?:الاربعاء|الثلاثاء|الاثنين|الجمعه|الخميس|الاحد|السبت))?)(?![\p{L}\p{N}])
        """;

    public const string WeekdayNamePattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?:(?<tod>(?:منتصف\s+ليله|منتصف\s+ليل|صبيحه|ظهيره|صباح|ليله|مساء|ضحي|ظهر|عصر|فجر|ليل))\s+)?(?:يوم\s+)?(?<wd>(?:الاربعاء|الثلاثاء|الاثنين|الجمعه|الخميس|الاحد|السبت))(?:\s+(?<dir>(?:المنصرمه|المنقضيه|الجاريه|الحاليه|السابقه|الفائته|القادمه|الماضيه|المقبله|المنصرم|المنقضي|الجاري|الحالي|السابق|الفائت|القادم|الماضي|المقبل)))?)(?![\p{L}\p{N}])
        """;

    public const string PeriodPattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?:(?<part>(?:عطله\s+نهايه|اوائل|اواخر|اواسط|بدايه|مستهل|منتصف|نهايه|ختام|مطلع|اخر|اول|بدء|وسط))\s+)?(?:(?<this>هذا|هذه)\s+)?(?<unit>(?:ال|لل)(?:اسبوع|شهر|عام|سنه))(?:\s+(?<dir>(?:المنصرمه|المنقضيه|الجاريه|الحاليه|السابقه|الفائته|القادمه|الماضيه|المقبله|المنصرم|المنقضي|الجاري|الحالي|السابق|الفائت|القادم|الماضي|المقبل)))?)(?![\p{L}\p{N}])
        """;

    public const string ShiftPattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?<dir>قبل|منذ|بعد)\s+(?:(?<n>[0-9]{1,3})\s+(?<unit>ايام|يوما|اسابيع|اسبوعا|اشهر|شهور|شهرا|سنوات|اعوام|عاما|سنه)|(?<unit2>يومين|اسبوعين|شهرين|عامين|سنتين|يوم|اسبوع|شهر|عام|سنه)))(?![\p{L}\p{N}])(?!\s*[0-9])
        """;

    public const string GregorianByNamePattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?:(?<part>(?:عطله\s+نهايه|اوائل|اواخر|اواسط|بدايه|مستهل|منتصف|نهايه|ختام|مطلع|اخر|اول|بدء|وسط))\s+)?(?:(?<d>[0-9]{1,2})\s*(?:من\s+)?)?(?<sh>شهر\s+)?(?<mon>(?:تشرين\s+الثاني|كانون\s+الثاني|تشرين\s+الاول|كانون\s+الاول|اكتوبر|جويليه|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|ابريل|اغسطس|افريل|ايلول|جانفي|دجنبر|شتنبر|فيفري|نونبر|نيسان|يناير|يوليه|يوليو|يونيه|يونيو|اذار|ايار|تموز|جوان|شباط|مارس|مايو|اوت|ماي|اب))(?:\s*[(\[]\s*(?:تشرين\s+الثاني|كانون\s+الثاني|تشرين\s+الاول|كانون\s+الاول|اكتوبر|جويليه|حزيران|ديسمبر|سبتمبر|فبراير|نوفمبر|ابريل|اغسطس|افريل|ايلول|جانفي|دجنبر|شتنبر|فيفري|نونبر|نيسان|يناير|يوليه|يوليو|يونيه|يونيو|اذار|ايار|تموز|جوان|شباط|مارس|مايو|اوت|ماي|اب)\s*[)\]])?(?:\s*[,،]?\s*(?:من\s+)?(?:(?:ال)?عام\s+|سنه\s+)?(?<y>[0-9]{4})(?:\s*م(?![\p{L}]))?|\s+(?<dir>(?:المنصرمه|المنقضيه|الجاريه|الحاليه|السابقه|الفائته|القادمه|الماضيه|المقبله|المنصرم|المنقضي|الجاري|الحالي|السابق|الفائت|القادم|الماضي|المقبل)))?)(?![\p{L}\p{N}])
        """;

    public const string HijriByNamePattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?:(?<part>(?:عطله\s+نهايه|اوائل|اواخر|اواسط|بدايه|مستهل|منتصف|نهايه|ختام|مطلع|اخر|اول|بدء|وسط))\s+)?(?:(?<d>[0-9]{1,2})\s*(?:من\s+)?)?(?<sh>شهر\s+)?(?<hm>(?:جمادي\s+الثانيه|جمادي\s+الاخره|جمادي\s+الاولي|جمادي\s+الثاني|جمادي\s+الاخر|جمادي\s+الاول|ربيع\s+الثاني|ربيع\s+الاخر|ربيع\s+الاول|ذو\s+القعده|ذي\s+القعده|ربيع\s+ثاني|ذو\s+الحجه|ذي\s+الحجه|ربيع\s+اول|المحرم|رمضان|شعبان|شوال|محرم|رجب|صفر))(?:\s+(?:من\s+)?(?:(?:ال)?عام\s+|سنه\s+)?(?<y>1[3-5][0-9]{2})(?:\s*(?:ه(?![\p{L}])|هجريه|هجري|للهجره))?|\s+(?<dir>(?:المنصرمه|المنقضيه|الجاريه|الحاليه|السابقه|الفائته|القادمه|الماضيه|المقبله|المنصرم|المنقضي|الجاري|الحالي|السابق|الفائت|القادم|الماضي|المقبل))|\s+(?<epithet>المبارك|الكريم|المعظم|الفضيل|الحرام))?)(?![\p{L}\p{N}])
        """;

    public const string NumericPattern = """
        (?<![\p{L}\p{N}./-])(?<m>(?<a>[0-9]{1,4})\s*(?<sep>[/.-])\s*(?<b>[0-9]{1,2})\s*\k<sep>\s*(?<c>[0-9]{1,4})(?:\s*(?<suf>ه|م)(?![\p{L}]))?)(?![\p{N}]|[./-][0-9])
        """;

    public const string YearOnlyPattern = """
        (?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?(?<m>(?:(?:ال)?عام\s+|سنه\s+)?(?<hy>1[3-5][0-9]{2})\s*(?:ه(?![\p{L}])|هجريه|هجري|للهجره)|(?:(?<part>(?:عطله\s+نهايه|اوائل|اواخر|اواسط|بدايه|مستهل|منتصف|نهايه|ختام|مطلع|اخر|اول|بدء|وسط))\s+)?(?:(?:ال)?عام|(?:ال)?سنه)\s+(?<gy>(?:19|20)[0-9]{2})(?:\s*م(?![\p{L}]))?|(?<gy2>(?:19|20)[0-9]{2})\s*م(?![\p{L}]))(?![\p{L}\p{N}])
        """;

    [GeneratedRegex(RelativeDayPattern, Options)]
    public static partial Regex RelativeDay();

    [GeneratedRegex(WeekdayNamePattern, Options)]
    public static partial Regex WeekdayName();

    [GeneratedRegex(PeriodPattern, Options)]
    public static partial Regex Period();

    [GeneratedRegex(ShiftPattern, Options)]
    public static partial Regex Shift();

    [GeneratedRegex(GregorianByNamePattern, Options)]
    public static partial Regex GregorianByName();

    [GeneratedRegex(HijriByNamePattern, Options)]
    public static partial Regex HijriByName();

    [GeneratedRegex(NumericPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Numeric();

    [GeneratedRegex(YearOnlyPattern, Options)]
    public static partial Regex YearOnly();

    /// <summary>Words after اليوم that make it «the day» of something, not today.</summary>
    [GeneratedRegex("""^\s+(?:التالي|السابق|نفسه|ذاته|الوطني|العالمي|الدولي|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|الختامي|الاخر|المفتوح|الموعود|الدراسي|الواحد)(?![\p{L}])""", Options)]
    public static partial Regex NotToday();

    /// <summary>Words before اليوم that make it part of a newspaper's name, or «that day» (ذلك اليوم).</summary>
    [GeneratedRegex("""(?:صحيفه|جريده|عين|المصري|روسيا|راي|الامارات|اخبار|ذلك|تلك|["«“”])\s*$""", Options)]
    public static partial Regex NewspaperBefore();

    /// <summary>«الأحد عشر»: eleven, not Sunday.</summary>
    [GeneratedRegex("""^\s+عشر""", Options)]
    public static partial Regex ElevenAfter();

    /// <summary>«كلا الاثنين»، «بين الاثنين»: both, not Monday.</summary>
    [GeneratedRegex("""(?:كلا|بين)\s+$""", Options)]
    public static partial Regex BothBefore();
}
