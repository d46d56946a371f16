using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Isnad.Text;

namespace Isnad.Entities.Dates;

/// <summary>
/// Finds date expressions in Arabic news and, where it can, resolves them to Gregorian days. Rules (D is the article
/// date; without it relative expressions are found but not resolved):
/// <list type="bullet">
/// <item>اليوم → D (not in «ذلك اليوم»، «اليوم التالي»، «صحيفة اليوم»); أمس، الأمس، البارحة → D−1; أول أمس، أمس الأول،
/// البارحة الأولى → D−2; غدا (and الغد/غد after يوم، صباح …) → D+1;
/// بعد غد → D+2; الليلة → D, night; الليلة الماضية → D−1, night. «اليوم (الاثنين)» and «أمس الثلاثاء» are one mention,
/// dated by the relative word.</item>
/// <item>A weekday alone (الجمعة، يوم الأربعاء، مساء الخميس) is the most recent such day on or before D, because news
/// reports the past; with الماضي/المنصرم it is strictly before D, with المقبل/القادم strictly after D. Future-tense
/// news that names a bare weekday («سيعقد الاجتماع الأحد») is resolved wrongly by this rule.</item>
/// <item>Weeks run Sunday to Saturday (the Saudi working week). الأسبوع الماضي/المقبل/الجاري, الشهر …, العام/السنة …
/// cover the whole unit. Parts: مطلع/بداية/أوائل = the first two days of a week, days 1–10 of a month, January–April
/// of a year; منتصف/أواسط = Tuesday–Wednesday, days 11–20, May–August; نهاية/أواخر/آخر = Thursday–Saturday, day 21 to
/// the month's end, September–December; عطلة نهاية الأسبوع = Friday–Saturday. These spans are conventions, not facts.</item>
/// <item>قبل/منذ/بعد N أيام/أسابيع/أشهر/سنوات (and يومين، أسبوع …) → D shifted; months and years give the whole month or year.</item>
/// <item>Gregorian dates by name (21 يوليو 2015، 21 تموز، يوليو الماضي، شهر أغسطس) and by number (21/7/2015، 2015-07-21);
/// a missing year is the one that puts the date nearest D. عام 2015 / 2015م is a year.</item>
/// <item>Hijri dates (5 شوال 1436هـ، رمضان الماضي، 1436/10/5هـ، عام 1436هـ) keep the Hijri date as written and are
/// converted with the Umm al-Qura calendar; a missing Hijri year is the one nearest D.</item>
/// <item>A weekday right before a day-level date («الثلاثاء 21 يوليو»، «الخميس الموافق 5 شوال») is one mention, dated
/// by the calendar date.</item>
/// </list>
/// Spans leave out the proclitics و ف ب ك ل (and ل before the article) but keep the words of the expression.
/// </summary>
internal static class DateResolver
{
    private const string Start = @"(?<![\p{L}\p{N}])(?:[وف](?=\p{L}))?(?:[بكل](?=ال))?";
    private const string WordEnd = @"(?![\p{L}\p{N}])";

    /// <summary>How far around a match the exclusion checks look, in folded characters.</summary>
    private const int Window = 24;

    private static readonly UmAlQuraCalendar UmAlQura = new();

    private static string Weekday => DateWords.Alternation(DateWords.Weekdays.Keys);
    private static string Time => DateWords.Alternation(DateWords.TimesOfDay.Keys);
    private static string Part => DateWords.Alternation(DateWords.Parts.Keys);
    private static string Direction => DateWords.Alternation(DateWords.Directions.Keys);
    private static string GregorianMonth => DateWords.Alternation(DateWords.GregorianMonths.Keys);
    private static string HijriMonth => DateWords.Alternation(DateWords.HijriMonths.Keys);

    /// <summary>
    /// The eight patterns as composed from the words of <see cref="DateWords"/>, in the order of <see cref="Patterns"/>.
    /// <see cref="DatePatterns"/> spells them out for the regex source generator; a test checks that both agree.
    /// </summary>
    internal static string[] ComposedPatterns() =>
    [
        // RelativeDay
        Start + $@"(?<m>(?:(?<tod>{Time})\s+)?(?<yawm>يوم\s+)?(?<w>امس\s+الاول|البارحه\s+الاولي|اول\s+من\s+امس|اول\s+امس|بعد\s+الغد|بعد\s+غد|الليله\s+الماضيه|الامس|امس|البارحه|غدا|الغد|غد|اليوم|الليله)"
            + $@"(?:\s*\(\s*(?:يوم\s+)?{Weekday}\s*\)|\s*[,،]?\s+(?:يوم\s+)?{Weekday})?)" + WordEnd,
        // WeekdayName
        Start + $@"(?<m>(?:(?<tod>{Time})\s+)?(?:يوم\s+)?(?<wd>{Weekday})(?:\s+(?<dir>{Direction}))?)" + WordEnd,
        // Period
        Start + $@"(?<m>(?:(?<part>{Part})\s+)?(?:(?<this>هذا|هذه)\s+)?(?<unit>(?:ال|لل)(?:اسبوع|شهر|عام|سنه))(?:\s+(?<dir>{Direction}))?)" + WordEnd,
        // Shift
        Start + @"(?<m>(?<dir>قبل|منذ|بعد)\s+(?:(?<n>[0-9]{1,3})\s+(?<unit>ايام|يوما|اسابيع|اسبوعا|اشهر|شهور|شهرا|سنوات|اعوام|عاما|سنه)|(?<unit2>يومين|اسبوعين|شهرين|عامين|سنتين|يوم|اسبوع|شهر|عام|سنه)))"
            + WordEnd + @"(?!\s*[0-9])",
        // GregorianByName
        Start + $@"(?<m>(?:(?<part>{Part})\s+)?(?:(?<d>[0-9]{{1,2}})\s*(?:من\s+)?)?(?<sh>شهر\s+)?(?<mon>{GregorianMonth})(?:\s*[(\[]\s*{GregorianMonth}\s*[)\]])?"
            + $@"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:ال)?عام\s+|سنه\s+)?(?<y>[0-9]{{4}})(?:\s*م(?![\p{{L}}]))?|\s+(?<dir>{Direction}))?)" + WordEnd,
        // HijriByName
        Start + $@"(?<m>(?:(?<part>{Part})\s+)?(?:(?<d>[0-9]{{1,2}})\s*(?:من\s+)?)?(?<sh>شهر\s+)?(?<hm>{HijriMonth})"
            + $@"(?:\s+(?:من\s+)?(?:(?:ال)?عام\s+|سنه\s+)?(?<y>1[3-5][0-9]{{2}})(?:\s*(?:ه(?![\p{{L}}])|هجريه|هجري|للهجره))?|\s+(?<dir>{Direction})|\s+(?<epithet>المبارك|الكريم|المعظم|الفضيل|الحرام))?)" + WordEnd,
        // Numeric
        @"(?<![\p{L}\p{N}./-])(?<m>(?<a>[0-9]{1,4})\s*(?<sep>[/.-])\s*(?<b>[0-9]{1,2})\s*\k<sep>\s*(?<c>[0-9]{1,4})(?:\s*(?<suf>ه|م)(?![\p{L}]))?)(?![\p{N}]|[./-][0-9])",
        // YearOnly
        Start + @"(?<m>(?:(?:ال)?عام\s+|سنه\s+)?(?<hy>1[3-5][0-9]{2})\s*(?:ه(?![\p{L}])|هجريه|هجري|للهجره)|(?:(?<part>" + Part + @")\s+)?(?:(?:ال)?عام|(?:ال)?سنه)\s+(?<gy>(?:19|20)[0-9]{2})(?:\s*م(?![\p{L}]))?|(?<gy2>(?:19|20)[0-9]{2})\s*م(?![\p{L}]))" + WordEnd,
    ];

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>
    /// Each pattern with its triggers and how many chunks can stand before the trigger's (see <see cref="TriggeredRegex"/>);
    /// the counts are the longest prefixes of the patterns above plus one to spare: a time of day (up to two words,
    /// «منتصف ليل»), a part (up to two, «عطلة نهاية»), يوم، هذا، a day number, من، شهر, or «اول من» before امس.
    /// </summary>
    internal static readonly (TriggeredRegex Pattern, Func<Match, DateOnly?, string, TextSpan, DateMention?> Build)[] Patterns =
    [
        (new TriggeredRegex(DatePatterns.RelativeDay(), 6, "امس", "البارحه", "غد", "اليوم", "الليله"), ResolveRelativeDay),
        (new TriggeredRegex(DatePatterns.WeekdayName(), 4, [.. DateWords.Weekdays.Keys]), ResolveWeekday),
        (new TriggeredRegex(DatePatterns.Period(), 4, "اسبوع", "شهر", "عام", "سنه"), ResolvePeriod),
        (new TriggeredRegex(DatePatterns.Shift(), 1, "قبل", "منذ", "بعد"), ResolveShift),
        (new TriggeredRegex(DatePatterns.GregorianByName(), 6, FirstWords(DateWords.GregorianMonths.Keys)), ResolveGregorianByName),
        (new TriggeredRegex(DatePatterns.HijriByName(), 6, FirstWords(DateWords.HijriMonths.Keys)), ResolveHijriByName),
        (new TriggeredRegex(DatePatterns.Numeric(), 1, Digits), ResolveNumeric),
        (new TriggeredRegex(DatePatterns.YearOnly(), 4, Digits), ResolveYear),
    ];

    /// <summary>All date expressions in <paramref name="text"/>, in text order, resolved against <paramref name="articleDate"/> when given.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateOnly? articleDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new FoldedText(text);
        var candidates = new List<(int Start, int End, Func<TextSpan, DateMention?> Build)>();
        foreach (var (pattern, build) in Patterns)
        {
            foreach (var match in pattern.Matches(folded.Value))
            {
                var m = match.Groups["m"];
                if (!m.Success || m.Length == 0)
                {
                    continue;
                }

                var captured = match;
                candidates.Add((m.Index, m.Index + m.Length, span => ResolveWithin(build, captured, articleDate, folded.Value, span)));
            }
        }

        // Longest first, then leftmost; a candidate that its own rule rejects leaves room for a shorter one.
        var chosen = new List<DateMention>();
        foreach (var (start, end, build) in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            var span = folded.ToOriginal(start, end);
            if (chosen.Exists(c => c.Span.Overlaps(span)))
            {
                continue;
            }

            if (build(span) is { } mention)
            {
                chosen.Add(mention with { Text = span.Slice(text) });
            }
        }

        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return MergeWeekdayWithDate(text, chosen);
    }

    /// <summary>The first word of each name: a name of several words may be matched with any white space between them.</summary>
    private static string[] FirstWords(IEnumerable<string> names) => [.. names.Select(n => n.Split(' ')[0]).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Resolves a match against the article date; near the ends of the calendar (an article dated 0001-01-01 or
    /// 9999-12-31) a relative date can fall outside what <see cref="DateOnly"/> holds, and is then found but left
    /// unresolved, as without an article date, instead of failing the whole analysis.
    /// </summary>
    private static DateMention? ResolveWithin(Func<Match, DateOnly?, string, TextSpan, DateMention?> build, Match match, DateOnly? articleDate,
        string folded, TextSpan span)
    {
        try
        {
            return build(match, articleDate, folded, span);
        }
        catch (ArgumentOutOfRangeException) when (articleDate is not null)
        {
            // Without an article date only years written in the text (1000–2999, Hijri 1318–1500) are resolved: no overflow.
            return build(match, null, folded, span);
        }
    }

    private static DateMention? ResolveRelativeDay(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var word = DateWords.KeyOf(match.Groups["w"].Value);
        var tod = TimeOf(match);
        var anchored = match.Groups["yawm"].Success || match.Groups["tod"].Success;
        int offset;
        switch (word)
        {
            case "امس الاول" or "البارحه الاولي" or "اول من امس" or "اول امس":
                offset = -2;
                break;
            case "بعد الغد" or "بعد غد":
                offset = 2;
                break;
            case "الامس" or "امس" or "البارحه":
                offset = -1;
                break;
            case "غدا":
                offset = 1;
                break;
            case "الغد" or "غد":
                // «الغد» alone is «the future» (جيل الغد) or a newspaper; it is tomorrow after يوم، صباح، مساء …
                if (!anchored)
                {
                    return null;
                }

                offset = 1;
                break;
            case "الليله الماضيه":
                offset = -1;
                tod = TimeOfDay.Night;
                break;
            case "الليله":
                offset = 0;
                tod = TimeOfDay.Night;
                break;
            default: // اليوم
                var (before, after) = Around(folded, match);
                if (DatePatterns.NotToday().IsMatch(after) || DatePatterns.NewspaperBefore().IsMatch(before))
                {
                    return null;
                }

                offset = 0;
                break;
        }

        var day = d?.AddDays(offset);
        return new DateMention(span, "", DateMentionKind.Relative, DateGranularity.Day, day, day, tod);
    }

    private static DateMention? ResolveWeekday(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var weekday = DateWords.Weekdays[match.Groups["wd"].Value];
        var (before, after) = Around(folded, match);

        // الأحد عشر «eleven», كلا الاثنين «both».
        if (DatePatterns.ElevenAfter().IsMatch(after) || DatePatterns.BothBefore().IsMatch(before))
        {
            return null;
        }

        var direction = match.Groups["dir"].Success ? DateWords.Directions[match.Groups["dir"].Value] : 0;
        DateOnly? day = null;
        if (d is { } date)
        {
            var back = ((int)date.DayOfWeek - (int)weekday + 7) % 7;
            var ahead = ((int)weekday - (int)date.DayOfWeek + 7) % 7;
            day = direction switch
            {
                < 0 => date.AddDays(back == 0 ? -7 : -back),
                > 0 => date.AddDays(ahead == 0 ? 7 : ahead),
                _ => date.AddDays(-back),
            };
        }

        return new DateMention(span, "", DateMentionKind.Weekday, DateGranularity.Day, day, day, TimeOf(match));
    }

    private static DateMention? ResolvePeriod(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var hasPart = match.Groups["part"].Success;
        var hasDirection = match.Groups["dir"].Success;
        if (!hasPart && !hasDirection && !match.Groups["this"].Success)
        {
            return null; // «العام» alone is «public»; «الشهر» alone is no date.
        }

        var unitKey = match.Groups["unit"].Value;
        var unit = unitKey.EndsWith("اسبوع", StringComparison.Ordinal) ? DateGranularity.Week
            : unitKey.EndsWith("شهر", StringComparison.Ordinal) ? DateGranularity.Month
            : DateGranularity.Year;
        var direction = hasDirection ? DateWords.Directions[match.Groups["dir"].Value] : 0;
        var part = hasPart ? DateWords.Parts[DateWords.KeyOf(match.Groups["part"].Value)] : PeriodPart.Whole;
        if (part == PeriodPart.Weekend && unit != DateGranularity.Week)
        {
            return null;
        }

        if (d is not { } date)
        {
            return new DateMention(span, "", DateMentionKind.Relative, part == PeriodPart.Whole ? unit : DateGranularity.Range, null, null);
        }

        var (start, end) = unit switch
        {
            DateGranularity.Week => WeekOf(date.AddDays(7 * direction)),
            DateGranularity.Month => MonthOf(date.AddMonths(direction)),
            _ => YearOf(date.Year + direction),
        };
        (start, end) = PartOf(unit, part, start, end);
        return new DateMention(span, "", DateMentionKind.Relative, part == PeriodPart.Whole ? unit : DateGranularity.Range, start, end);
    }

    private static DateMention? ResolveShift(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var sign = match.Groups["dir"].Value == "بعد" ? 1 : -1;
        var (count, unit) = match.Groups["n"].Success
            ? (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["unit"].Value)
            : match.Groups["unit2"].Value switch
            {
                "يومين" => (2, "يوم"),
                "اسبوعين" => (2, "اسبوع"),
                "شهرين" => (2, "شهر"),
                "عامين" or "سنتين" => (2, "عام"),
                var single => (1, single),
            };
        var granularity = unit switch
        {
            "ايام" or "يوما" or "يوم" or "اسابيع" or "اسبوعا" or "اسبوع" => DateGranularity.Day,
            "اشهر" or "شهور" or "شهرا" or "شهر" => DateGranularity.Month,
            _ => DateGranularity.Year,
        };
        if (d is not { } date)
        {
            return new DateMention(span, "", DateMentionKind.Relative, granularity, null, null);
        }

        var (start, end) = granularity switch
        {
            DateGranularity.Day when unit.StartsWith("اسبوع", StringComparison.Ordinal) || unit == "اسابيع" => Day(date.AddDays(sign * 7 * count)),
            DateGranularity.Day => Day(date.AddDays(sign * count)),
            DateGranularity.Month => MonthOf(date.AddMonths(sign * count)),
            _ => YearOf(date.Year + (sign * count)),
        };
        return new DateMention(span, "", DateMentionKind.Relative, granularity, start, end);
    }

    private static DateMention? ResolveGregorianByName(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var monthKey = DateWords.KeyOf(match.Groups["mon"].Value);
        var month = DateWords.GregorianMonths[monthKey];
        var hasDay = match.Groups["d"].Success;
        var hasYear = match.Groups["y"].Success;
        var context = hasDay || hasYear || match.Groups["sh"].Success || match.Groups["dir"].Success || match.Groups["part"].Success;
        if (!context || (DateWords.RiskyGregorianMonths.Contains(monthKey) && !hasDay && !hasYear))
        {
            return null;
        }

        int? year = hasYear ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (year is < 1000 or > 2999)
        {
            return null; // not a year news writes with a month name (0000، 9999)
        }

        var direction = match.Groups["dir"].Success ? DateWords.Directions[match.Groups["dir"].Value] : (int?)null;
        if (hasDay)
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            year ??= d is { } date ? NearestGregorianYear(date, month, day) : null;
            if (year is { } y && !IsValidGregorian(y, month, day))
            {
                return null;
            }

            if (day < 1 || day > 31)
            {
                return null;
            }

            var resolved = year is { } yy ? new DateOnly(yy, month, day) : (DateOnly?)null;
            return new DateMention(span, "", DateMentionKind.Gregorian, DateGranularity.Day, resolved, resolved);
        }

        year ??= d is { } articleDate ? MonthYear(articleDate.Year, articleDate.Month, month, direction) : null;
        if (year is not { } monthYear)
        {
            return new DateMention(span, "", DateMentionKind.Gregorian, DateGranularity.Month, null, null);
        }

        var (start, end) = MonthOf(new DateOnly(monthYear, month, 1));
        var part = match.Groups["part"].Success ? DateWords.Parts[DateWords.KeyOf(match.Groups["part"].Value)] : PeriodPart.Whole;
        (start, end) = PartOf(DateGranularity.Month, part, start, end);
        return new DateMention(span, "", DateMentionKind.Gregorian, part == PeriodPart.Whole ? DateGranularity.Month : DateGranularity.Range, start, end);
    }

    private static DateMention? ResolveHijriByName(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var month = DateWords.HijriMonths[DateWords.KeyOf(match.Groups["hm"].Value)];
        var hasDay = match.Groups["d"].Success;
        var hasYear = match.Groups["y"].Success;
        var context = hasDay || hasYear || match.Groups["sh"].Success || match.Groups["dir"].Success || match.Groups["part"].Success
            || match.Groups["epithet"].Success;
        if (!context)
        {
            return null; // رمضان، رجب، شعبان are also given names; صفر is «zero».
        }

        int? year = hasYear ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        int? day = hasDay ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (day is < 1 or > 30)
        {
            return null;
        }

        var direction = match.Groups["dir"].Success ? DateWords.Directions[match.Groups["dir"].Value] : (int?)null;
        var resolvedYear = year ?? (d is { } date ? NearestHijriYear(date, month, day ?? 1, direction) : null);
        var hijri = new HijriDate(year, month, day);
        if (resolvedYear is not { } y)
        {
            return new DateMention(span, "", DateMentionKind.Hijri, hasDay ? DateGranularity.Day : DateGranularity.Month, null, null, Hijri: hijri);
        }

        if (day is { } dd)
        {
            var g = FromHijri(y, month, dd);
            return g is null ? null : new DateMention(span, "", DateMentionKind.Hijri, DateGranularity.Day, g, g, Hijri: hijri);
        }

        var first = FromHijri(y, month, 1);
        if (first is not { } start)
        {
            return null;
        }

        var end = start.AddDays(UmAlQura.GetDaysInMonth(y, month) - 1);
        var part = match.Groups["part"].Success ? DateWords.Parts[DateWords.KeyOf(match.Groups["part"].Value)] : PeriodPart.Whole;
        (start, end) = PartOf(DateGranularity.Month, part, start, end);
        return new DateMention(span, "", DateMentionKind.Hijri, part == PeriodPart.Whole ? DateGranularity.Month : DateGranularity.Range, start, end, Hijri: hijri);
    }

    private static DateMention? ResolveNumeric(Match match, DateOnly? d, string folded, TextSpan span)
    {
        var a = match.Groups["a"].Value;
        var c = match.Groups["c"].Value;
        var b = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
        int year, day;
        if (a.Length == 4 && c.Length <= 2)
        {
            (year, day) = (int.Parse(a, CultureInfo.InvariantCulture), int.Parse(c, CultureInfo.InvariantCulture));
        }
        else if (c.Length == 4 && a.Length <= 2)
        {
            (year, day) = (int.Parse(c, CultureInfo.InvariantCulture), int.Parse(a, CultureInfo.InvariantCulture));
        }
        else
        {
            return null;
        }

        var suffix = match.Groups["suf"].Value;
        var hijri = suffix == "ه" || (suffix != "م" && year is >= 1300 and <= 1500);
        if (hijri)
        {
            if (b is < 1 or > 12 || day is < 1 or > 30)
            {
                return null;
            }

            var g = FromHijri(year, b, day);
            return g is null ? null : new DateMention(span, "", DateMentionKind.Hijri, DateGranularity.Day, g, g, Hijri: new HijriDate(year, b, day));
        }

        if (year is < 1900 or > 2100 || !IsValidGregorian(year, b, day))
        {
            return null;
        }

        var date = new DateOnly(year, b, day);
        return new DateMention(span, "", DateMentionKind.Gregorian, DateGranularity.Day, date, date);
    }

    private static DateMention? ResolveYear(Match match, DateOnly? d, string folded, TextSpan span)
    {
        if (match.Groups["hy"].Success)
        {
            var hy = int.Parse(match.Groups["hy"].Value, CultureInfo.InvariantCulture);
            var first = FromHijri(hy, 1, 1);
            if (first is not { } start)
            {
                return null;
            }

            var end = start.AddDays(UmAlQura.GetDaysInYear(hy) - 1);
            return new DateMention(span, "", DateMentionKind.Hijri, DateGranularity.Year, start, end, Hijri: new HijriDate(hy, 0, null));
        }

        var gy = int.Parse(match.Groups[match.Groups["gy"].Success ? "gy" : "gy2"].Value, CultureInfo.InvariantCulture);
        var (s, e) = YearOf(gy);
        var part = match.Groups["part"].Success ? DateWords.Parts[DateWords.KeyOf(match.Groups["part"].Value)] : PeriodPart.Whole;
        if (part == PeriodPart.Weekend)
        {
            return null;
        }

        (s, e) = PartOf(DateGranularity.Year, part, s, e);
        return new DateMention(span, "", DateMentionKind.Gregorian, part == PeriodPart.Whole ? DateGranularity.Year : DateGranularity.Range, s, e);
    }

    /// <summary>«الثلاثاء 21 يوليو»، «الخميس الموافق 5 شوال»: the weekday joins the calendar date that follows it.</summary>
    private static List<DateMention> MergeWeekdayWithDate(string text, List<DateMention> mentions)
    {
        var merged = new List<DateMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var current = mentions[i];
            if (current.Kind == DateMentionKind.Weekday && i + 1 < mentions.Count)
            {
                var next = mentions[i + 1];
                var gap = text.AsSpan(current.Span.End, next.Span.Start - current.Span.End);
                if (next.Kind is DateMentionKind.Gregorian or DateMentionKind.Hijri && next.Granularity == DateGranularity.Day && IsJoiner(gap))
                {
                    var span = new TextSpan(current.Span.Start, next.Span.End);
                    merged.Add(next with { Span = span, Text = span.Slice(text), TimeOfDay = current.TimeOfDay });
                    i++;
                    continue;
                }
            }

            merged.Add(current);
        }

        return merged;
    }

    private static bool IsJoiner(ReadOnlySpan<char> gap)
    {
        var key = ArabicNormalizer.Key(gap.Trim()).Trim([',', '،', ' ']);
        return key.Length == 0 || key is "الموافق" or "الموافقه" or "الموافق ل" or "الموافق لـ";
    }

    /// <summary>A little folded text before and after a match, for the checks that rule a reading out.</summary>
    private static (string Before, string After) Around(string folded, Match match)
    {
        var m = match.Groups["m"];
        var end = m.Index + m.Length;
        var beforeStart = Math.Max(0, match.Index - Window);
        return (folded[beforeStart..match.Index], folded.Substring(end, Math.Min(Window, folded.Length - end)));
    }

    private static TimeOfDay TimeOf(Match match) =>
        match.Groups["tod"].Success ? DateWords.TimesOfDay[DateWords.KeyOf(match.Groups["tod"].Value)] : TimeOfDay.None;

    private static (DateOnly, DateOnly) Day(DateOnly d) => (d, d);

    /// <summary>The Sunday-to-Saturday week that holds <paramref name="d"/>.</summary>
    private static (DateOnly, DateOnly) WeekOf(DateOnly d)
    {
        var sunday = d.AddDays(-(int)d.DayOfWeek);
        return (sunday, sunday.AddDays(6));
    }

    private static (DateOnly, DateOnly) MonthOf(DateOnly d)
    {
        // The last day directly, not the next month's first minus one, which does not exist for December 9999.
        return (new DateOnly(d.Year, d.Month, 1), new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)));
    }

    private static (DateOnly, DateOnly) YearOf(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static (DateOnly, DateOnly) PartOf(DateGranularity unit, PeriodPart part, DateOnly start, DateOnly end) => (unit, part) switch
    {
        (_, PeriodPart.Whole) => (start, end),
        (DateGranularity.Week, PeriodPart.Beginning) => (start, start.AddDays(1)),
        (DateGranularity.Week, PeriodPart.Middle) => (start.AddDays(2), start.AddDays(3)),
        (DateGranularity.Week, PeriodPart.End) => (start.AddDays(4), end),
        (DateGranularity.Week, PeriodPart.Weekend) => (start.AddDays(5), end),
        (DateGranularity.Month, PeriodPart.Beginning) => (start, start.AddDays(9)),
        (DateGranularity.Month, PeriodPart.Middle) => (start.AddDays(10), start.AddDays(19)),
        (DateGranularity.Month, _) => (start.AddDays(20), end),
        (_, PeriodPart.Beginning) => (start, new DateOnly(start.Year, 4, 30)),
        (_, PeriodPart.Middle) => (new DateOnly(start.Year, 5, 1), new DateOnly(start.Year, 8, 31)),
        _ => (new DateOnly(start.Year, 9, 1), end),
    };

    private static bool IsValidGregorian(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The year (of D's, the one before or after) that puts day/month nearest the article date.</summary>
    private static int? NearestGregorianYear(DateOnly d, int month, int day)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var y = d.Year - 1; y <= d.Year + 1; y++)
        {
            if (!IsValidGregorian(y, month, day))
            {
                continue;
            }

            var distance = Math.Abs(new DateOnly(y, month, day).DayNumber - d.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (y, distance);
            }
        }

        return best;
    }

    /// <summary>The year of a month named without one: before or after D for الماضي/المقبل, else the nearest.</summary>
    private static int MonthYear(int year, int currentMonth, int month, int? direction) => direction switch
    {
        < 0 => month < currentMonth ? year : year - 1,
        > 0 => month > currentMonth ? year : year + 1,
        _ => Math.Abs(month - currentMonth) <= 6 ? year : month > currentMonth ? year - 1 : year + 1,
    };

    private static int? NearestHijriYear(DateOnly d, int month, int day, int? direction)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        if (dt < UmAlQura.MinSupportedDateTime || dt > UmAlQura.MaxSupportedDateTime)
        {
            return null;
        }

        var hy = UmAlQura.GetYear(dt);
        var hm = UmAlQura.GetMonth(dt);
        if (direction is { } dir)
        {
            return MonthYear(hy, hm, month, dir);
        }

        int? best = null;
        var bestDistance = int.MaxValue;
        for (var y = hy - 1; y <= hy + 1; y++)
        {
            if (FromHijri(y, month, Math.Min(day, 29)) is { } g && Math.Abs(g.DayNumber - d.DayNumber) < bestDistance)
            {
                (best, bestDistance) = (y, Math.Abs(g.DayNumber - d.DayNumber));
            }
        }

        return best;
    }

    /// <summary>The Gregorian day of a Hijri (Umm al-Qura) date, or null outside the calendar (a 30th in a 29-day month).</summary>
    private static DateOnly? FromHijri(int year, int month, int day)
    {
        try
        {
            if (year < 1318 || year > 1500 || month is < 1 or > 12 || day < 1 || day > UmAlQura.GetDaysInMonth(year, month))
            {
                return null;
            }

            return DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
