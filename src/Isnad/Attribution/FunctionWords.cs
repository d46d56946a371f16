using System.Collections.Frozen;
using Isnad.Lexicon;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// Closed-class words the attribution stages need, as normalised keys (hamza-less, ى→ي, ة→ه), read from the lexicon
/// <c>function-words.txt</c> (a set a line: <c>set TAB word</c>). Frozen after load; a set with no entry fails at start.
/// </summary>
internal static class FunctionWords
{
    private const string FileName = "function-words.txt";

    private static readonly Dictionary<string, List<string>> Sets = Load();

    private static Dictionary<string, List<string>> Load()
    {
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.Read(FileName, minColumns: 2))
        {
            if (!sets.TryGetValue(row[0], out var words))
            {
                sets[row[0]] = words = [];
            }

            words.Add(ArabicNormalizer.Key(row[1]));
        }

        return sets;
    }

    private static FrozenSet<string> Set(string name) =>
        Sets.TryGetValue(name, out var words) && words.Count > 0
            ? words.ToFrozenSet(StringComparer.Ordinal)
            : throw new LexiconException(FileName, 0, $"the set '{name}' has no entry");

    /// <summary>Complementizers that open reported content: إن، أن، بأن، فإن، and with attached pronouns.</summary>
    public static readonly FrozenSet<string> Complementizers = Set("complementizer");

    /// <summary>Complementizers whose attached pronoun is the reported clause's subject, so content starts after them too.</summary>
    public static bool IsComplementizer(string key) => Complementizers.Contains(key);

    /// <summary>Prepositions and relative words that end a speaker's noun phrase.</summary>
    public static readonly FrozenSet<string> PhraseBreakers = Set("phrase-breaker");

    /// <summary>Words that negate or put speech in the future or in doubt right before a verb.</summary>
    public static readonly FrozenSet<string> NonAssertive = Set("non-assertive");

    /// <summary>Lemmas (keys) of verbs that report with a verbal noun as object: أكد مقتل، نفى وجود، أشار إلى سقوط.</summary>
    public static readonly FrozenSet<string> NominalContentLemmas = Set("nominal-content-lemma");

    /// <summary>Verbal nouns that make «أعلن …» an act told as an event, not a report: أعلنت إطلاق المنصة.</summary>
    public static readonly FrozenSet<string> Performatives = Set("performative");

    /// <summary>Name connectors allowed inside a person's name.</summary>
    public static readonly FrozenSet<string> NameConnectors = Set("name-connector");

    /// <summary>Words that are a time adverbial on their own: أمس، اليوم، مؤخراً، الأحد.</summary>
    public static readonly FrozenSet<string> TimeWords = Set("time-word");

    /// <summary>Parts of a day or of a period that lead a time adverbial: مساء أمس، يوم الأحد، مطلع الشهر.</summary>
    public static readonly FrozenSet<string> TimeLeaders = Set("time-leader");

    /// <summary>Units of time that a following «الماضي/المقبل» makes an adverbial: الشهر الماضي، الأسبوع الجاري.</summary>
    public static readonly FrozenSet<string> TimeUnits = Set("time-unit");

    /// <summary>Words after a unit of time that make it an adverbial.</summary>
    public static readonly FrozenSet<string> TimeQualifiers = Set("time-qualifier");

    /// <summary>Short-distance units counted after قبل/بعد/منذ: قبل أيام، منذ أسبوعين.</summary>
    public static readonly FrozenSet<string> CountedTime = Set("counted-time");

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
            else if (CountedTimeLeaders.Contains(k) && CountedTime.Contains(key(end + 1)))
            {
                end += 2;
            }
            else if (k is "في" /* the one preposition of «في وقت سابق» */ && VagueTimeNouns.Contains(key(end + 1)) && VagueTimeQualifiers.Contains(key(end + 2)))
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
    public static readonly FrozenSet<string> NamingNouns = Set("naming-noun");

    /// <summary>Manner adverbs after a speech verb, never its subject: «فقال بهدوء»، «وأكد بوضوح».</summary>
    public static readonly FrozenSet<string> MannerWords = Set("manner-word");

    /// <summary>Prepositions after which a cue's spelling is a noun, not a verb: «إلى توقع»، «في تصريح»، «على رد».</summary>
    public static readonly FrozenSet<string> VerbBlockers = Set("verb-blocker");

    /// <summary>«قد»، «وقد»، «لقد» before a verb (see the modal veto).</summary>
    public static readonly FrozenSet<string> ModalParticles = Set("modal-particle");

    /// <summary>«من» before a present verb: whoever thinks so.</summary>
    public static readonly FrozenSet<string> WhoeverWords = Set("whoever");

    /// <summary>Non-assertive words that do not negate the verb after them (ما قال = what he said).</summary>
    public static readonly FrozenSet<string> NonNegatingParticles = Set("non-negating-particle");

    /// <summary>The spelling بين (between / he stated).</summary>
    public static readonly FrozenSet<string> BetweenWords = Set("between");

    /// <summary>قبل، منذ، بعد before a counted time.</summary>
    public static readonly FrozenSet<string> CountedTimeLeaders = Set("counted-time-leader");

    /// <summary>«وقت» in «في وقت سابق».</summary>
    public static readonly FrozenSet<string> VagueTimeNouns = Set("vague-time-noun");

    /// <summary>«سابق»، «لاحق» … in «في وقت سابق».</summary>
    public static readonly FrozenSet<string> VagueTimeQualifiers = Set("vague-time-qualifier");
}
