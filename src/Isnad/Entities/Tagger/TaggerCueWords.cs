using Isnad.Lexicon;

namespace Isnad.Entities.Tagger;

/// <summary>
/// The built-in lists the tagger learns from as gazetteer classes: titles and honorifics that precede a person
/// (TITLE), reporting verbs that follow or precede a speaker (CUE), and, from the engine's lexicons, the type words
/// that begin an organisation's or an outlet's name (ORGHEAD «حزب، نادي، شركة», OUTLETHEAD «قناة، صحيفة»), the names
/// and aliases of bodies, outlets and places (BODY, OUTLET, PLACE), and the lexicons' titles and cue forms.
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
        Titles.Select(t => Pair(t, TitleClass))
            .Concat(Cues.Select(c => Pair(c, CueClass)))
            .Concat(FromLexicons());

    private static IEnumerable<KeyValuePair<string, string>> FromLexicons()
    {
        foreach (var row in LexiconReader.Read("titles.txt", 2))
        {
            yield return Pair(row[0], TitleClass);
        }

        foreach (var row in LexiconReader.Read("cues.txt", 3))
        {
            if (row[2] is not "document" and not "knowing")
            {
                yield return Pair(row[0], CueClass);
            }
        }

        foreach (var row in LexiconReader.Read("heads.txt", 2))
        {
            switch (row[1])
            {
                case "organization":
                    yield return Pair(row[0], "ORGHEAD");
                    break;
                case "outlet":
                    yield return Pair(row[0], "OUTLETHEAD");
                    break;
            }
        }

        foreach (var (file, className) in new[] { ("bodies.txt", "BODY"), ("outlets.txt", "OUTLET"), ("places.txt", "PLACE") })
        {
            foreach (var row in LexiconReader.Read(file, 4))
            {
                yield return Pair(row[0], className);
                foreach (var alias in row.Values(3))
                {
                    yield return Pair(alias, className);
                }
            }
        }
    }

    private static KeyValuePair<string, string> Pair(string phrase, string className) => new(phrase, className);
}
