using System.Globalization;
using Isnad.Text;

namespace Isnad.Entities.Dates;

/// <summary>How a date is written.</summary>
internal enum DateMentionKind : byte
{
    /// <summary>Relative to the article's date: اليوم، أمس، غدا، الأسبوع الماضي، العام المقبل، قبل يومين.</summary>
    Relative,

    /// <summary>A weekday name: الجمعة، يوم الأربعاء، مساء الخميس، الأحد المقبل.</summary>
    Weekday,

    /// <summary>A Gregorian calendar date: 21 يوليو 2015، 21 تموز، 21/7/2015، يوليو الماضي، عام 2015.</summary>
    Gregorian,

    /// <summary>A Hijri (Umm al-Qura) date: 5 شوال 1436هـ، رمضان الماضي، 1436/10/5هـ.</summary>
    Hijri,
}

/// <summary>How much time a resolved date covers.</summary>
internal enum DateGranularity : byte
{
    Day,
    Week,
    Month,
    Year,

    /// <summary>A stretch that is not a whole calendar unit: مطلع الشهر، نهاية الأسبوع.</summary>
    Range,
}

/// <summary>A part of the day named with the date: صباح الأربعاء، مساء أمس، ليلة الجمعة.</summary>
internal enum TimeOfDay : byte
{
    None,
    Dawn,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

/// <summary>A Hijri date as written; the day and the year may be missing from the text.</summary>
internal readonly record struct HijriDate(int? Year, int Month, int? Day);

/// <summary>
/// A date expression in a text. <see cref="Start"/> and <see cref="End"/> (inclusive) are the Gregorian days it covers
/// when they can be known (for relative dates only with an article date); <see cref="Hijri"/> holds the Hijri date as
/// written when the text gives one.
/// </summary>
internal sealed record DateMention(
    TextSpan Span,
    string Text,
    DateMentionKind Kind,
    DateGranularity Granularity,
    DateOnly? Start,
    DateOnly? End,
    TimeOfDay TimeOfDay = TimeOfDay.None,
    HijriDate? Hijri = null)
{
    /// <summary>
    /// ISO 8601: <c>2015-07-21</c> for a day, <c>2015-07</c> for a Gregorian month, <c>2015</c> for a Gregorian year, and
    /// an interval <c>2015-07-12/2015-07-18</c> for anything else (a week, a part of a unit, a Hijri month or year); null
    /// when the date is not known.
    /// </summary>
    public string? Iso => (Start, End) switch
    {
        ({ } s, { } e) => Granularity switch
        {
            DateGranularity.Day => Format(s),
            DateGranularity.Month when s.Day == 1 && e.Year == s.Year && e.Month == s.Month && e.Day == DateTime.DaysInMonth(s.Year, s.Month) => s.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DateGranularity.Year when s == new DateOnly(s.Year, 1, 1) && e == new DateOnly(s.Year, 12, 31) => s.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => s == e ? Format(s) : Format(s) + "/" + Format(e),
        },
        _ => null,
    };

    private static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
