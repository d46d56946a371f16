namespace Isnad.Attributions;

/// <summary>Closed-class words the attribution stages need, as normalised keys (hamza-less, ى→ي, ة→ه).</summary>
internal static class FunctionWords
{
    /// <summary>Complementizers that open reported content: إن، أن، بأن، فإن، and with attached pronouns.</summary>
    public static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal)
    {
        "ان", "بان", "فان", "وان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اننا", "انا",
        "بانه", "بانها", "بانهم", "بانهما", "فانه", "فانها", "فانهم", "وانه", "وانها", "وانهم",
    };

    /// <summary>Complementizers whose attached pronoun is the reported clause's subject, so content starts after them too.</summary>
    public static bool IsComplementizer(string key) => Complementizers.Contains(key);

    /// <summary>Prepositions and relative words that end a speaker's noun phrase.</summary>
    public static readonly HashSet<string> PhraseBreakers = new(StringComparer.Ordinal)
    {
        "في", "خلال", "عبر", "امام", "لدي", "عن", "علي", "من", "الي", "الى", "منذ", "حول", "بشان", "مع", "عقب", "بعد",
        "قبل", "اثناء", "ضمن", "وسط", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "ان", "بان", "انه", "انها",
        "قد", "كان", "كانت", "لقد", "ما", "لم", "لن", "لا", "هو", "هي", "هم", "ذلك", "تلك", "هذا", "هذه", "اليوم", "امس",
        "غدا", "مساء", "صباح", "ظهر", "فجر", "الليله", "يوم", "ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "جانبه",
        "جانبها", "جهته", "جهتها", "نفسه", "نفسها", "عندما", "حين", "حينما", "بينما", "كما", "لكن", "ولكن", "الا", "اذ",
        "اذا", "لو", "حتي", "ثم", "او", "ام", "بل", "بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "استنادا", "حسبما",
        "اليه", "عليه", "منه", "عنه", "عنها", "لها", "له", "لهم", "فيه", "فيها", "بها", "به", "بذلك", "لذلك", "هناك",
        "هنا", "الان", "حاليا", "مؤخرا", "سابقا", "لاحقا", "صباحا", "مساء", "ظهرا", "امسيه", "الاحد", "الاثنين",
        "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "يوما", "امام", "ازاء", "تجاه", "نحو", "لدى", "بين",
        "حيال", "لان", "كي", "لكي", "عند", "اول", "امس", "بشكل", "بصوره", "بعدما", "قبلما", "عبر", "بواسطه",
        "فان", "فانه", "فانها", "فانهم",
    };

    /// <summary>Words that negate or put speech in the future or in doubt right before a verb.</summary>
    public static readonly HashSet<string> NonAssertive = new(StringComparer.Ordinal)
    {
        "لم", "لن", "لا", "ما", "سوف", "ولم", "ولن", "ولا", "فلم", "فلن", "لما", "ربما", "قد", "وقد", "لعل", "يجب", "ينبغي",
        "يمكن", "عسى", "ليس", "لو", "ان", "اذا", "كي", "لكي", "حتى", "حتي", "يكاد", "سيقول",
    };

    /// <summary>Lemmas (keys) of verbs that report with a verbal noun as object: أكد مقتل، نفى وجود، أشار إلى سقوط.</summary>
    public static readonly HashSet<string> NominalContentLemmas = new(StringComparer.Ordinal)
    {
        "اكد", "نفي", "اعلن", "افاد", "اشار", "لفت", "دعا", "طالب", "حذر", "كشف", "توقع", "رجح", "نوه", "شدد", "اوضح",
        "ذكر", "بين", "طلب", "ناشد", "حث", "اعترف",
    };

    /// <summary>Verbal nouns that make «أعلن …» an act told as an event, not a report: أعلنت إطلاق المنصة.</summary>
    public static readonly HashSet<string> Performatives = new(StringComparer.Ordinal)
    {
        "اطلاق", "افتتاح", "تدشين", "انطلاق", "بدء", "حداد", "الحداد", "حاله", "افلاس", "تاسيس", "اغلاق", "تعليق", "استقاله",
        "انسحاب", "مسؤوليه", "المسؤوليه", "ولاء", "تشكيل", "تعيين", "موعد", "اسماء", "عن",
    };

    /// <summary>Name connectors allowed inside a person's name.</summary>
    public static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "بن", "بنت", "ابن", "ابو", "ابي", "ال", "ام", "عبد", "ولد", "الله", "الرحمن", "الدين",
    };

    /// <summary>Words that are a time adverbial on their own: أمس، اليوم، مؤخراً، الأحد.</summary>
    public static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "امس", "اليوم", "غدا", "الليله", "مؤخرا", "سابقا", "لاحقا", "حاليا", "الان", "صباحا", "مساء", "ظهرا", "عصرا", "ليلا",
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "البارحه", "امسيه", "مجددا", "اخيرا",
    };

    /// <summary>Parts of a day or of a period that lead a time adverbial: مساء أمس، يوم الأحد، مطلع الشهر.</summary>
    public static readonly HashSet<string> TimeLeaders = new(StringComparer.Ordinal)
    {
        "يوم", "مساء", "صباح", "ظهر", "عصر", "فجر", "ليل", "ليله", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه",
        "خلال", "طوال",
    };

    /// <summary>Units of time that a following «الماضي/المقبل» makes an adverbial: الشهر الماضي، الأسبوع الجاري.</summary>
    public static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "الشهر", "الاسبوع", "العام", "السنه", "الاشهر", "الاسابيع", "الايام", "الاعوام", "السنوات", "الفتره", "الساعات",
    };

    /// <summary>Words after a unit of time that make it an adverbial.</summary>
    public static readonly HashSet<string> TimeQualifiers = new(StringComparer.Ordinal)
    {
        "الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "الجاري", "الجاريه", "الحالي", "الحاليه",
        "المقبل", "المقبله", "القادم", "القادمه", "الاخير", "الاخيره", "الاخيرين", "الماضيين", "الماضيتين", "الاول",
    };

    /// <summary>Short-distance units counted after قبل/بعد/منذ: قبل أيام، منذ أسبوعين.</summary>
    public static readonly HashSet<string> CountedTime = new(StringComparer.Ordinal)
    {
        "ايام", "يومين", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "عام", "عامين", "اعوام", "سنه",
        "سنتين", "سنوات", "ساعات", "ساعتين", "ساعه", "دقائق", "قليل",
    };

    /// <summary>
    /// The end of a time adverbial that starts at token <paramref name="i"/> («أعلن الشهر الماضي أن»، «قال مساء أمس
    /// إن»، «أكد قبل أيام أن»، «أوضح في وقت سابق أن»), or <paramref name="i"/> when none starts there.
    /// </summary>
    public static int TimeAdverbialEnd(Func<int, string> key, int i)
    {
        var end = i;
        while (true)
        {
            var k = key(end);
            if (TimeWords.Contains(k))
            {
                end += TimeQualifiers.Contains(key(end + 1)) ? 2 : 1; // «الليلة الماضية»
            }
            else if (TimeLeaders.Contains(k) && (TimeWords.Contains(key(end + 1)) || TimeUnits.Contains(key(end + 1))))
            {
                end++;
            }
            else if (TimeUnits.Contains(k) && TimeQualifiers.Contains(key(end + 1)))
            {
                end += 2;
            }
            else if (k is "قبل" or "منذ" or "بعد" && CountedTime.Contains(key(end + 1)))
            {
                end += 2;
            }
            else if (k is "في" && key(end + 1) is "وقت" && key(end + 2) is "سابق" or "لاحق" or "متاخر" or "مبكر")
            {
                end += 3;
            }
            else
            {
                return end;
            }
        }
    }

    /// <summary>Nouns that a quoted name follows (without the article): جبل "منيف"، عملية "السهم الذهبي"، بعنوان "…".</summary>
    public static readonly HashSet<string> NamingNouns = new(StringComparer.Ordinal)
    {
        "جبل", "عمليه", "حمله", "برنامج", "مشروع", "مبادره", "بعنوان", "عنوان", "اسم", "باسم", "شعار", "وسم", "هاشتاق",
        "مسمي", "تطبيق", "منصه", "فيلم", "كتاب", "مسلسل", "روايه", "مهرجان", "معرض", "مسابقه", "جائزه", "قاعده", "مطار",
        "ملعب", "فندق", "مركز", "عاصفه", "مناوره", "مناورات", "تمرين", "خطه", "استراتيجيه", "قصيده", "اغنيه", "مجموعه",
        "تنظيم", "جماعه", "حركه", "حزب", "لواء", "كتيبه", "فصيل", "شركه", "صحيفه", "جريده", "مجله", "قناه", "موقع", "حساب",
        "مدينه", "قريه", "حي", "شارع", "منطقه", "مخيم", "سفينه", "طائره", "صاروخ", "منظومه", "مؤتمر", "ملتقي", "منتدي",
    };

    /// <summary>Manner adverbs after a speech verb, never its subject: «فقال بهدوء»، «وأكد بوضوح».</summary>
    public static readonly HashSet<string> MannerWords = new(StringComparer.Ordinal)
    {
        "بهدوء", "بوضوح", "بصراحه", "بحزم", "بشده", "بثقه", "بفخر", "باسف", "بحسره", "بمراره", "بغضب", "بسخريه", "بدوره",
        "بدورها", "بدورهم", "بقوله", "بقولها", "بصوت", "بحماس", "بتاثر", "بحزن", "بسعاده", "بابتسامه", "بحذر", "بتفاؤل",
        "بعصبيه", "بثبات", "باختصار", "بصدق", "بجديه", "كذلك", "كعادته", "كعادتها",
    };

    /// <summary>Prepositions after which a cue's spelling is a noun, not a verb: «إلى توقع»، «في تصريح»، «على رد».</summary>
    public static readonly HashSet<string> VerbBlockers = new(StringComparer.Ordinal)
    {
        "الي", "علي", "في", "من", "عن", "مع", "حول", "خلال", "منذ", "لدي", "عند", "نحو", "بشان", "ضد", "عبر", "اثر",
    };
}
