namespace Isnad.Text;

/// <summary>
/// Conservative clitic analysis of one Arabic word: proclitics و/ف, then ب/ل/ك or future س, then the article ال
/// (لل after ل), and an attached pronoun at the end. Each strip must leave a stem of at least three letters (two after
/// the article, or a listed two-letter function word: وفي، بأن، لكل), the word must not be listed as one whose letters
/// only look like clitics (ف before a bare ا is kept unless the article follows: فارق، فايز), and a pronoun is never split after the article, after ا (اتجاه، مياه، تفاهم), after tanween,
/// or from a listed word. ي، ني، كن، كما and a bare ك are never split: nisba adjectives (سعودي، وطني) and words such
/// as مشترك or يتمكن make them wrong far more often than right.
/// </summary>
internal static class CliticSplitter
{
    private const int MaxLetters = 40;

    private const char Alef = '\u0627';
    private const char AlefWasla = '\u0671';
    private const char AlefHamzaAbove = '\u0623';
    private const char Ba = '\u0628';
    private const char Ta = '\u062A';
    private const char Sin = '\u0633';
    private const char Fa = '\u0641';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const char Nun = '\u0646';
    private const char Ha = '\u0647';
    private const char Waw = '\u0648';
    private const char Ya = '\u064A';
    private const char Meem = '\u0645';

    /// <summary>
    /// The token for the Arabic word <paramref name="word"/> that starts at <paramref name="offset"/>;
    /// <paramref name="plain"/> says the word holds base letters only (no marks, joiners or presentation forms).
    /// </summary>
    public static Token Split(ReadOnlySpan<char> word, int offset, bool plain)
    {
        var end = offset + word.Length;
        var whole = new Token(offset, end, TokenKind.Arabic, offset, end, Proclitics.None);
        if (word.Length < 3 || word.Length > MaxLetters * 4) return whole;

        // Base letters only: marks, tatweel and joiners are skipped, so وَأَضَافَ reads as وأضاف. Plain words (the
        // common case) are used as they are.
        Span<int> position = plain ? default : stackalloc int[MaxLetters];
        Span<char> letters = plain ? default : stackalloc char[MaxLetters];
        scoped ReadOnlySpan<char> raw = word;
        var n = word.Length;
        if (!plain)
        {
            n = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (CharClass.Of(c) != CharKind.ArabicLetter) continue;
                if (c >= PresentationForms.First)
                {
                    var mapped = PresentationForms.Map(c);
                    if (mapped is null || mapped.Length != 1) return whole; // a ligature such as ﻻ holds two letters
                    c = mapped[0];
                }

                if (n == MaxLetters) return whole;
                position[n] = i;
                letters[n] = c;
                n++;
            }

            raw = letters[..n];
        }
        else if (n > MaxLetters)
        {
            return whole;
        }

        if (n < 3) return whole;
        Span<char> key = stackalloc char[n];
        for (var i = 0; i < n; i++) key[i] = ArabicNormalizer.Fold(raw[i]);

        var flags = Proclitics.None;
        var p = 0;

        // ف before a bare ا that does not start the article is mostly the word's own ف: فاعل، فارق، فايز، فابيوس.
        var faBeforeAlef = raw[0] == Fa && raw[1] == Alef && raw[2] != Lam;
        if (raw[0] is Waw or Fa && !faBeforeAlef && !CliticLexicon.StartsWithoutClitic(key[..n]))
        {
            var rest = n - 1;
            if (rest >= 3 || (rest == 2 && CliticLexicon.IsShortFunctionWord(key[1..n])))
            {
                flags |= raw[0] == Waw ? Proclitics.Waw : Proclitics.Fa;
                p = 1;
            }
        }

        var articleAllowed = true;
        var left = n - p;
        if (left >= 3)
        {
            var c = raw[p];
            if (left >= 4 && c == Lam && raw[p + 1] == Lam && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                // لل is ل before the article whose alef is dropped: للوزير.
                flags |= Proclitics.Lam | Proclitics.Article;
                p += 2;
                articleAllowed = false;
            }
            else if (left >= 5 && c is Ba or Kaf or Lam && IsArticle(raw, p + 1) && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                flags |= Preposition(c) | Proclitics.Article;
                p += 3;
                articleAllowed = false;
            }
            else if (c is Ba or Lam && (left >= 4 || CliticLexicon.IsShortWordAfterPreposition(c, key[(p + 1)..n]))
                && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                flags |= Preposition(c);
                p += 1;
                articleAllowed = false;
            }
            else if (left >= 4 && c == Sin && raw[p + 1] is Ya or Ta or Nun or AlefHamzaAbove && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                flags |= Proclitics.Sin;
                p += 1;
                articleAllowed = false;
            }
        }

        if (articleAllowed && IsArticle(raw, p) && n - p - 2 >= 2 && !CliticLexicon.StartsWithoutClitic(key[p..n]))
        {
            flags |= Proclitics.Article;
            p += 2;
        }

        var stemLetters = n;
        if ((flags & Proclitics.Article) == 0)
        {
            stemLetters = n - EncliticLength(raw[p..n], key[p..n], !plain && word.ContainsAnyInRange('\u064B', '\u064D'));
        }

        var stemStart = offset + (plain ? p : position[p]);
        var stemEnd = stemLetters == n ? end : offset + (plain ? stemLetters : position[stemLetters]);
        return new Token(offset, end, TokenKind.Arabic, stemStart, stemEnd, flags);
    }

    private static Proclitics Preposition(char c) => c switch
    {
        Ba => Proclitics.Ba,
        Kaf => Proclitics.Kaf,
        _ => Proclitics.Lam,
    };

    private static bool IsArticle(ReadOnlySpan<char> raw, int at) =>
        at + 1 < raw.Length && raw[at] is Alef or AlefWasla && raw[at + 1] == Lam;

    /// <summary>
    /// Letters of the attached pronoun at the end of <paramref name="raw"/>, or 0. <paramref name="hasTanween"/> rules
    /// a pronoun out: مبيناً ends in the tanween of its ن, not in نا.
    /// </summary>
    private static int EncliticLength(ReadOnlySpan<char> raw, ReadOnlySpan<char> key, bool hasTanween)
    {
        if (raw.Length < 4) return 0;
        var length = PronounLength(raw);
        if (length == 0 || hasTanween || raw.Length - length < 3) return 0;
        var before = raw[^(length + 1)];
        if (before == Alef) return 0;
        if (CliticLexicon.EndsWithoutEnclitic(key)) return 0;

        // A listed word ending in ه with the accusative alef: منوها، موجها are not منو + ها.
        if (length == 2 && raw[^1] == Alef && CliticLexicon.EndsWithoutEnclitic(key[..^1])) return 0;

        // عبدالله، نصرالله: the name of God, not a pronoun.
        if (key.EndsWith("\u0627\u0644\u0644\u0647", StringComparison.Ordinal)) return 0;

        // تفعيل of a root ending in ه: توجيه، تنبيه, not توجي + ه.
        if (length == 1 && raw.Length == 5 && raw[0] == Ta && raw[3] == Ya) return 0;

        // After و or ي, نا is mostly a root ن with the accusative alef (مليونا، فيينا، مبينا); only the prepositions
        // علينا، لدينا، إلينا are kept.
        if (raw[^1] == Alef && raw[^2] == Nun && before is Waw or Ya && !IsPrepositionBeforeNa(key[..^2])) return 0;
        return length;
    }

    private static bool IsPrepositionBeforeNa(ReadOnlySpan<char> stem) =>
        stem is "\u0639\u0644\u064A" or "\u0644\u062F\u064A" or "\u0627\u0644\u064A";

    /// <summary>
    /// Length of a pronoun-looking ending: ه ها هم هما هن نا كم. The second-person feminine كن and the dual كما are not
    /// split: in news they are far more often the end of a word (يتمكن) than a pronoun.
    /// </summary>
    private static int PronounLength(ReadOnlySpan<char> raw)
    {
        var last = raw[^1];
        var before = raw[^2];
        var third = raw[^3];
        switch (last)
        {
            case Ha:
                return 1;
            case Alef when before == Ha:
                return 2;
            case Alef when before == Nun:
                return 2;
            case Alef when before == Meem && third == Ha:
                return 3;
            case Meem when before is Ha or Kaf:
                return 2;
            case Nun when before == Ha:
                return 2;
            default:
                return 0;
        }
    }
}
