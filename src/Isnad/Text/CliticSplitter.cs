namespace Isnad.Text;

/// <summary>
/// Conservative clitic analysis of one Arabic word: proclitics و/ف, then ب/ل/ك or future س, then the article ال
/// (لل after ل), and an attached pronoun at the end. Each strip must leave a stem of at least three letters (two after
/// the article), the word must not be listed as one whose letters only look like clitics, and a pronoun is never split
/// after the article, after ا (اتجاه، مياه، تفاهم) or from a listed word. ي، ني and a bare ك are never split: nisba
/// adjectives (سعودي، وطني) and words such as مشترك make them wrong far more often than right.
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

        if (raw[0] is Waw or Fa && !CliticLexicon.StartsWithoutClitic(key[..n]))
        {
            var rest = n - 1;
            if (rest >= 3 || (rest == 2 && CliticLexicon.IsShortFunctionWord(key[1..n])))
            {
                flags |= raw[0] == Waw ? Proclitics.Waw : Proclitics.Fa;
                p = 1;
            }
        }

        var articleAllowed = true;
        if (n - p >= 4)
        {
            var c = raw[p];
            if (c == Lam && raw[p + 1] == Lam && n - p - 2 >= 2 && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                // لل is ل before the article whose alef is dropped: للوزير.
                flags |= Proclitics.Lam | Proclitics.Article;
                p += 2;
                articleAllowed = false;
            }
            else if (c is Ba or Kaf or Lam && IsArticle(raw, p + 1) && n - p - 3 >= 2 && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                flags |= Preposition(c) | Proclitics.Article;
                p += 3;
                articleAllowed = false;
            }
            else if (c is Ba or Lam && !CliticLexicon.StartsWithoutClitic(key[p..n]))
            {
                flags |= Preposition(c);
                p += 1;
                articleAllowed = false;
            }
            else if (c == Sin && raw[p + 1] is Ya or Ta or Nun or AlefHamzaAbove && !CliticLexicon.StartsWithoutClitic(key[p..n]))
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
            stemLetters = n - EncliticLength(raw[p..n], key[p..n]);
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

    /// <summary>Letters of the attached pronoun at the end of <paramref name="raw"/>, or 0.</summary>
    private static int EncliticLength(ReadOnlySpan<char> raw, ReadOnlySpan<char> key)
    {
        var length = PronounLength(raw);
        if (length == 0 || raw.Length - length < 3) return 0;
        if (raw[^(length + 1)] == Alef) return 0;
        if (CliticLexicon.EndsWithoutEnclitic(key)) return 0;

        // تفعيل of a root ending in ه: توجيه، تنبيه, not توجي + ه.
        if (length == 1 && raw.Length == 5 && raw[0] == Ta && raw[3] == Ya) return 0;
        return length;
    }

    private static int PronounLength(ReadOnlySpan<char> raw)
    {
        var last = raw[^1];
        var before = raw.Length >= 2 ? raw[^2] : '\0';
        var third = raw.Length >= 3 ? raw[^3] : '\0';
        switch (last)
        {
            case Ha:
                return 1;
            case Alef when before == Ha:
                return 2;
            case Alef when before == Nun:
                return 2;
            case Alef when before == Meem && third is Ha or Kaf:
                return 3;
            case Meem when before is Ha or Kaf:
                return 2;
            case Nun when before is Ha or Kaf:
                return 2;
            default:
                return 0;
        }
    }
}
