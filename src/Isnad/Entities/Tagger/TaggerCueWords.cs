namespace Isnad.Entities.Tagger;

/// <summary>
/// Small built-in lists the tagger learns from as gazetteer classes: titles and honorifics that precede a person
/// (TITLE), and reporting verbs that follow or precede a speaker (CUE). A larger lexicon can replace them through
/// <see cref="NerGazetteer"/>; these keep the tagger self-contained until it exists.
/// </summary>
public static class TaggerCueWords
{
    public const string TitleClass = "TITLE";

    public const string CueClass = "CUE";

    public static IReadOnlyList<string> Titles { get; } =
    [
        "الرئيس", "رئيس", "الملك", "الأمير", "أمير", "الشيخ", "الوزير", "وزير", "وزيرة", "الدكتور", "د.", "السيد", "السيدة",
        "المهندس", "الأستاذ", "العقيد", "اللواء", "العميد", "الفريق", "المشير", "النائب", "السفير", "سفير", "المتحدث",
        "الناطق", "المستشار", "القاضي", "الإمام", "البابا", "الرئيسة", "ولي العهد", "خادم الحرمين الشريفين", "رئيس الوزراء",
        "رئيس الوزراء الإسرائيلي", "المدير", "مدير", "الأمين العام", "الأمين", "المبعوث", "الجنرال", "الكاتب", "الكاتبة",
        "الشاعر", "الفنان", "الفنانة", "المدرب", "اللاعب", "النجم", "الزعيم", "المرشح", "الحاكم", "حاكم", "محافظ", "المحافظ",
        "السلطان", "سمو", "معالي", "فخامة", "جلالة", "سماحة", "الدكتورة", "البروفيسور", "المطران", "الكاردينال", "قائد",
    ];

    public static IReadOnlyList<string> Cues { get; } =
    [
        "قال", "وقال", "قالت", "وقالت", "أكد", "وأكد", "أكدت", "أعلن", "وأعلن", "أعلنت", "صرح", "وصرح", "ذكر", "وذكر", "ذكرت",
        "أضاف", "وأضاف", "أضافت", "أوضح", "وأوضح", "أوضحت", "أشار", "وأشار", "أشارت", "نقل", "نقلت", "أفاد", "أفادت", "بحسب",
        "حسب", "وفق", "وفقا", "نفى", "نفت", "شدد", "وشدد", "اعتبر", "واعتبر", "رأى", "ورأى", "يقول", "تقول", "أعرب", "وأعرب",
        "طالب", "دعا", "ودعا", "لفت", "ولفت", "كشف", "وكشف", "كشفت", "أبلغ", "صرّح", "قاله", "تصريحات", "تصريح", "لسان",
    ];

    /// <summary>The lists as (phrase, class) pairs for <see cref="NerGazetteer.Build(IEnumerable{KeyValuePair{string, string}})"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> AsPhrases() =>
        Titles.Select(t => new KeyValuePair<string, string>(t, TitleClass))
            .Concat(Cues.Select(c => new KeyValuePair<string, string>(c, CueClass)));
}
