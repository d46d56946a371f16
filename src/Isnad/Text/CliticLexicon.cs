namespace Isnad.Text;

/// <summary>
/// Small word lists that keep the clitic splitter honest: words whose first letters only look like clitics, words
/// whose ending only looks like a pronoun, and short function words that may follow a conjunction. All lists are
/// stored and looked up as <see cref="ArabicNormalizer"/> keys.
/// </summary>
internal static class CliticLexicon
{
    /// <summary>Words (and their base forms before a suffix) that start with و ف ب ل س or ال as part of the word.</summary>
    private const string NonCliticWords =
        // و
        "وزير وزيرة وزراء وزارة وزارات وكالة وكالات وكيل وكيلة وكلاء وفد وفود وقت وضع وفق وفقا ولي ولاية ولايات وطن " +
        "وطني وطنية وطنيا وسط وسيط وسطاء وسائل وسيلة وثيقة وثائق وجه وجهة وجود واجب واجبات واحد واحدة وحدة وحدات " +
        "وصول ورقة وعد وعود وقف وقع واقع واقعة واضح واضحة واضحا والد والدة ولد ورد وصف وظيفة وظائف وفاة وقود وزن " +
        "وعي ورشة ورش وداع ودي ودية وادي ولادة وراء وصل وصلت وصلوا وافق وافقت وجد وجدت وجدوا وارد واردات وديعة " +
        "ولاء وفير وفرة وليد وليمة وحش وعاء وطأة وصية وصايا وسام وساطة ورثة وريث وجبة وجبات واشنطن وجوه واسع واسعة " +
        "ويندوز وتيرة ولاة وحيد وحيدة وجيز وجيزة وقوف وفيات وقفت وقفة ولدت وهمي وهمية واصفا واصفة واحة واحات وائل " +
        "وقعت وقعا وقعوا وقوع واجه واجهت واجهوا واصل واصلت واصلوا وجهت وضعت وردت وصفت وعدت وفرت وزع وزعت وثق " +
        // ف
        "فريق فرق فيلم فقط فوق فرنسا فرنسي فرنسية فلسطين فلسطيني فلسطينية فندق فنادق فكرة فترة فترات فصل فصول " +
        "فعل فعلا فعلي فعلية فعاليات فعالية فعال فعالة فرصة فرص فرع فروع فئة فئات فيروس فبراير فحص فحوص فوز فاز " +
        "فازت فائز فشل فشلت فتح فتحت فتاة فتيات فرد فريد فضل فضلا فضاء فقير فقراء فقرة فقه فكر فكري فلسفة فنان " +
        "فنانة فني فنية فنون فهد فيصل فاطمة فالح فارس فراغ فرض فرضت فساد فضيحة فقيد فوائد فائدة فيديو فيسبوك فيينا " +
        "فواز فداء فيتنام فضائح فضيلة فضائل فينا فخامة فقرات فقرة فسيح فؤاد فعلت فعلوا فنزويلا فيدال فوكس فقدان فقدت فرانس فرانسيسكو فيورنتينا " +
        "فيها فيه فيهم فيهما فيما فيفا فاتن فيزياء فيلا فقيه فقهاء فواكه فرحة فرح فصيل فصائل فاتورة فوضى فوري فورا فورية فئوي فجر فجأة فتوى فتاوى فخر فخري فرقة فروق " +
        // ب
        "بيان بيانات بلاد بلدية بلديات بنك بنوك بحث بحوث بحر بحار بداية بعض بعضهم برنامج برامج بطولة بطولات بيت " +
        "بيوت بناء بريطانيا بريطاني بريطانية بغداد بيروت بكين برلين بطاقة بطاقات بقية بقاء بند بنود بيئة بيئي " +
        "بيئية باريس بلدة بلغ بلغت بدأ بدأت بدء بدل بديل بدائل بذل برلمان برلماني برلمانية بريد برج بطل بطلة بعيد " +
        "بعيدا بلاغ بلاغات بنت بنات بنية بورصة بوابة باب باحث باحثة باحثين بائع بضائع بشر بشرية بشري بشار بلال " +
        "بندر بدر بيع براءة بركان بوتين باكستان بنغلاديش بلجيكا برازيل بعثة بعثات بئر بلوغ بنزين بترول بطالة " +
        "بلاستيك بينما بين بيننا بعدما بعد بسيط بسيطة بالغ بالغة باقي باقية بارز بارزة بادرة بارك بطء بقرة بعير " +
        "بحيرة بلح بلد بلدان بيضاء بيض بشير بسام باسل باسمة بدوي براك بهجة بهاء بيشة بقيق بدر بلاتر برشلونة باراك " +
        "باتت بات باتوا برميل براميل بايرن باشر باشرت باقة بارع بادر بقايا بقيت بقي برنت بلاتيني بولونيا بوكو بروكسل " +
        "بحاح بخاري بوست بنيامين بيتر بينيتيز بوينغ بيرسون براون بصمة بنغازي بارتوميو بلوتو بغية " +
        // ل
        "لكن لجنة لجان لقاء لقاءات لقب لغة لغات ليس ليست ليلة ليالي لبنان لبناني لبنانية لندن لعب لاعب لاعبة " +
        "لاعبين لاعبون لحظة لحظات لحم لون لائحة لوائح لدى لكي لماذا ليبيا ليبي ليبية لوحة لوحات لجوء لاجئ لاجئين " +
        "لاجئون لواء لوجستي لوجستية لقطة لقطات لاحق لاحقا لاحقة لازم لطيف لطيفة لعبة لغز ليمون لوم لؤلؤ لؤي لحن " +
        "لعل لولا ليت لين لينا ليلى لمسة لمسات لهجة لهيب لياقة ليونة ليل لافت لافتة لافتا لويس " +
        "لابد لاسيما ليفربول لافروف لادن لوزان لاحظ لاحظت لاقت لاقى لحق لحقت لائق لائقة لوران ليون لكنني لكننا لعبت " +
        "لعبوا لسان لخويا لقائ لقائه لقائها لقائهم " +
        // س
        "سيارة سيارات سياسة سياسات سياسي سياسية سيدة سيدات سيطرة سنوات سنوي سنوية سنويا سيناء سياحة سياحي سياحية " +
        "سيادة سيناريو سيول سيرة سيف سينما ستة ستين ستون سيطر سيطرت ستار سياق سياج سيئة سيئ سيء سنغافورة ستمائة " +
        "سيدني سيتي سيلفي ستارة سيما سنتين سنين سندات سنتا سناب ستريت ستاد ستيفن سيلفا سيرجيو سيول " +
        // ال that is not the article
        "الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي الله اللهم التزام التزامات التزم " +
        "التزمت التقى التقت التقاء التحق التحقت التحاق التفت التفات التمس التماس الكتروني الكترونية الكترونيا " +
        "المانيا البانيا";

    /// <summary>Words that end in ه ها هم نا … as part of the word, not as an attached pronoun.</summary>
    private const string NonEncliticWords =
        "شبه فقه نزيه وجيه منتزه متنزه مشتبه مكروه تافه نبيه فواكه كورونا " +
        "الله اللهم مشبوه مموه منبه متجه متجهة موجه موجهة مواجه مشابه متشابه كره فاكهة بديه جنيه منوه متوجه منتبه أوجه وجوه جوزيه " +
        // verbs of roots ending in ه
        "واجه يواجه تواجه نواجه أواجه توجه يتوجه تتوجه نتوجه اتجه يتجه تتجه نتجه وجه يوجه شبه يشبه تشبه أشبه " +
        "يشتبه اشتبه تشابه يتشابه نبه ينبه تنبه نوه ينوه تنوه يكره تكره انتبه ينتبه تنزه يتنزه تفقه";

    /// <summary>Two-letter function words that may stand after و or ف: وفي، ومن، ولم، وتم …</summary>
    private const string ShortFunctionWords = "في من عن ما لم لن قد لا هو هي هم هن ان كل مع لو لي له لك به بل ثم اي تم هل";

    /// <summary>Two-letter words that may stand after the prepositions ب and ل: بأن، لأن، بكل، لكل، بأي، بلا …</summary>
    private const string ShortWordsAfterPreposition = "ان كل اي من";

    /// <summary>Two-letter words that may stand after ب only: بما، بلا (لما and للا are other words).</summary>
    private const string ShortWordsAfterBa = "ما لا";

    /// <summary>Endings that may follow a listed base form: a pronoun, a plural or dual ending, a nisba.</summary>
    private static readonly string[] Tails =
        ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ات", "ين", "ون", "ان", "ا", "و", "وا", "يه", "يا", "يين", "يون"];

    // Every listed word is stored with each tail (and ة written ت before it), so a check is one lookup.
    private static readonly SpanSet NonClitic = new(WithTails(Keys(NonCliticWords)));
    private static readonly SpanSet NonEnclitic = new(Keys(NonEncliticWords));
    private static readonly SpanSet Short = new(Keys(ShortFunctionWords));
    private static readonly SpanSet ShortAfterPreposition = new(Keys(ShortWordsAfterPreposition));
    private static readonly SpanSet ShortAfterBa = new(Keys(ShortWordsAfterBa));

    /// <summary>True when <paramref name="key"/> (a word from its first letter that looks like a clitic) is a listed word or one plus a tail.</summary>
    public static bool StartsWithoutClitic(ReadOnlySpan<char> key) => NonClitic.Contains(key);

    public static bool EndsWithoutEnclitic(ReadOnlySpan<char> key) => NonEnclitic.Contains(key);

    public static bool IsShortFunctionWord(ReadOnlySpan<char> key) => Short.Contains(key);

    /// <summary>True when <paramref name="key"/> is a two-letter word that may follow the preposition <paramref name="preposition"/>.</summary>
    public static bool IsShortWordAfterPreposition(char preposition, ReadOnlySpan<char> key) =>
        ShortAfterPreposition.Contains(key) || (preposition == '\u0628' && ShortAfterBa.Contains(key));

    private static IEnumerable<string> Keys(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Key);

    private static IEnumerable<string> WithTails(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            yield return word;
            foreach (var tail in Tails)
            {
                yield return word + tail;
                if (word.EndsWith('\u0647'))
                {
                    // ة becomes ت before a suffix: وزارة → وزارته.
                    yield return string.Concat(word.AsSpan(0, word.Length - 1), "\u062A", tail);
                }
            }
        }
    }
}
