using System.Buffers;

namespace Isnad.Text;

/// <summary>
/// Splits tokenised text into sentences.
/// <list type="bullet">
/// <item>A sentence ends after . ؟ ? ! ۔ (a run of them, plus closing brackets glued to it), and at every line
/// break (a single newline ends a sentence; a blank line too). An ellipsis (.. ... …) without ? or ! is a pause,
/// not an end.</item>
/// <item>The clause marks ، ؛ , ; : never end a sentence, nor a separator inside a number (3.5 is one token).</item>
/// <item>A full stop does not end a sentence after an abbreviation: a single Latin or Arabic letter (U.N., د. م. أ.
/// ص. ق.م, also after و: وأ.), a Latin initial spelled in Arabic before a word (جورج دبليو. بوش), a listed Latin
/// abbreviation (Dr. Mr. etc.), a dot inside a web address (apple.com), or a number that starts its line ("1.").
/// After a date letter (هـ. or م. after a number, or the last letter of ق.م.) it ends only when the next word does
/// not continue the date (الموافق، حتى، إلى …, a number, or punctuation).</item>
/// <item>Inside a closed quotation . ؟ ? ! do not end a sentence: a sentence that contains a quotation of several
/// sentences ends after it. A line break always ends a sentence, even inside a « » quotation that spans lines or
/// paragraphs: news text often uses single line breaks between paragraphs, a wrongly paired « » must not swallow
/// whole paragraphs, and the quotation span still tells which sentences it covers. Unclosed quotations do not hold
/// sentences together.</item>
/// </list>
/// Sentence spans run from the first to the last token, so they never start or end with white space.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085\u000B\u000C");

    private static readonly HashSet<string> LatinAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "inc", "ltd", "co", "corp",
        "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "fig", "vol", "p", "pp", "approx", "dept", "est",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinAbbreviationLookup =
        LatinAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that continue a date after هـ. or م.: ١٤٣٦هـ. الموافق ٢٠١٥م.</summary>
    private static readonly HashSet<string> DateContinuations = BuildKeys("الموافق الموافقه حتى وحتى إلى الى لغاية ولغاية وحتي");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateContinuationLookup =
        DateContinuations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Names of Latin letters written in Arabic, used as initials: بي، دي، جي، إم، دبليو …</summary>
    private static readonly HashSet<string> LatinLetterNames =
        BuildKeys("إيه بي سي دي إي إف جي إتش آي جيه كيه كي إل إم إن أو بي كيو آر ار إس تي يو في دبليو إكس واي زد زي");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinLetterNameLookup =
        LatinLetterNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Sentence[] Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Quotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(quotations);
        var tokenArray = tokens as Token[] ?? [.. tokens];
        var quotationArray = quotations as Quotation[] ?? [.. quotations];
        return SplitCore(text.AsSpan(), tokenArray, quotationArray);
    }

    internal static Sentence[] SplitCore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Quotation> quotations)
    {
        if (tokens.IsEmpty) return [];
        var previousEnd = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Start < previousEnd || token.Start >= token.End || token.End > text.Length)
            {
                throw new ArgumentException($"Token {t} [{token.Start}, {token.End}) is empty, out of order or outside the text of length {text.Length}.", nameof(tokens));
            }

            previousEnd = token.End;
        }

        var sentences = new List<Sentence>(tokens.Length / 12 + 4);

        var first = 0;           // first token of the current sentence
        var quoteIndex = 0;      // next quotation (by Start) not yet folded into coveredUntil
        var coveredUntil = 0;    // end of the closed quotations that started before the current position

        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var boundaryAfter = -1; // last token of the sentence that ends here
            if (token.Kind == TokenKind.Punctuation && IsTerminator(text[token.Start]))
            {
                var last = t;
                while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && IsTerminatorOrCloser(text, tokens[last + 1]))
                {
                    last++;
                }

                coveredUntil = Advance(quotations, token.Start, ref quoteIndex, coveredUntil);
                if (token.Start >= coveredUntil && EndsSentence(text, tokens, first, t, last))
                {
                    boundaryAfter = last;
                }
                else
                {
                    // The run of marks stays in the sentence; a line break after it is still checked below.
                    t = last;
                }
            }

            if (boundaryAfter < 0 && t + 1 < tokens.Length)
            {
                var gapStart = tokens[t].End;
                var gapEnd = tokens[t + 1].Start;
                if (gapEnd > gapStart && text[gapStart..gapEnd].ContainsAny(LineBreaks))
                {
                    boundaryAfter = t;
                }
            }

            if (boundaryAfter >= 0)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[boundaryAfter].End, first, boundaryAfter - first + 1));
                first = boundaryAfter + 1;
                t = boundaryAfter;
            }
        }

        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Length - first));
        }

        return [.. sentences];
    }

    /// <summary>Folds every closed quotation that starts before <paramref name="position"/> into the covered range.</summary>
    private static int Advance(ReadOnlySpan<Quotation> quotations, int position, ref int index, int coveredUntil)
    {
        while (index < quotations.Length && quotations[index].Start < position)
        {
            var q = quotations[index];
            if (q.Closed && q.End > coveredUntil) coveredUntil = q.End;
            index++;
        }

        return coveredUntil;
    }

    /// <summary>
    /// .. … and ... without ? or !: Arabic writers use them as a pause inside a sentence (لا.. ليس بالضرورة), so they
    /// end a sentence only at a line break.
    /// </summary>
    private static bool IsEllipsis(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var dots = 0;
        for (var t = first; t <= last; t++)
        {
            switch (text[tokens[t].Start])
            {
                case '.':
                    dots++;
                    break;
                case '\u2026':
                    dots += 3;
                    break;
                case '?' or '!' or '\u061F' or '\u203C' or '\u2047' or '\u2048' or '\u2049':
                    return false;
            }
        }

        return dots >= 2;
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u061F' or '\u2026' or '\u06D4' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    private static bool IsTerminatorOrCloser(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        var c = text[token.Start];
        return IsTerminator(c) || c is ')' or ']' or '}';
    }

    /// <summary>Whether the full stop (or other mark) at token <paramref name="mark"/> ends the sentence that began at <paramref name="first"/>.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int mark, int lastOfRun)
    {
        if (IsEllipsis(text, tokens, mark, lastOfRun)) return false;
        if (text[tokens[mark].Start] != '.' || lastOfRun != mark || mark == 0) return true;

        var before = tokens[mark - 1];
        if (before.End != tokens[mark].Start) return true; // "word ." with a space: a plain full stop

        // A dot inside a web address or file name: apple.com, gov.sa, www.site.co.uk.
        if (before.Kind is TokenKind.Latin or TokenKind.Number && mark + 1 < tokens.Length
            && tokens[mark + 1].Start == tokens[mark].End && tokens[mark + 1].Kind is TokenKind.Latin or TokenKind.Number)
        {
            return false;
        }

        var word = text[before.Start..before.End];
        switch (before.Kind)
        {
            case TokenKind.Latin:
                return !(LetterCount(word) == 1 || LatinAbbreviationLookup.Contains(word));
            case TokenKind.Number:
                // "1." opening a line is a list number, not a sentence.
                return mark - 1 != first;
            case TokenKind.Arabic:
                var letters = LetterCount(word);
                if (letters == 2 && BaseLetter(word) == '\u0648') return false; // وأ. وم.: و before an abbreviation
                if (letters != 1) return !(IsLatinLetterName(word) && NextIsWordOnSameLine(text, tokens, mark));
                var isDateLetter = IsDateLetter(text, tokens, mark - 1);
                return isDateLetter && !NextContinuesDate(text, tokens, mark);
            default:
                return true;
        }
    }

    /// <summary>A Latin initial spelled in Arabic letters: جورج دبليو. بوش، بي. بي. سي.</summary>
    private static bool IsLatinLetterName(ReadOnlySpan<char> word)
    {
        if (ArabicNormalizer.MaxKeyLength(word) > 16) return false;
        Span<char> key = stackalloc char[16];
        return LatinLetterNameLookup.Contains(key[..ArabicNormalizer.KeyInto(word, key)]);
    }

    private static bool NextIsWordOnSameLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int mark)
    {
        if (mark + 1 >= tokens.Length) return false;
        var next = tokens[mark + 1];
        return next.Kind is TokenKind.Arabic or TokenKind.Latin && !text[tokens[mark].End..next.Start].ContainsAny(LineBreaks);
    }

    /// <summary>هـ or م right after a number (١٤٣٦هـ.، 2015 م.), or the م of ق.م.</summary>
    private static bool IsDateLetter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int letterToken)
    {
        var letter = BaseLetter(text[tokens[letterToken].Start..tokens[letterToken].End]);
        if (letter is not ('\u0647' or '\u0645')) return false;
        if (letterToken == 0) return false;
        var previous = tokens[letterToken - 1];
        if (previous.Kind == TokenKind.Number) return true;
        return letter == '\u0645' && previous.Kind == TokenKind.Punctuation && text[previous.Start] == '.'
            && letterToken >= 2 && BaseLetter(text[tokens[letterToken - 2].Start..tokens[letterToken - 2].End]) == '\u0642';
    }

    private static bool NextContinuesDate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int mark)
    {
        if (mark + 1 >= tokens.Length) return false;
        var gap = text[tokens[mark].End..tokens[mark + 1].Start];
        if (gap.ContainsAny(LineBreaks)) return false;
        var next = tokens[mark + 1];
        switch (next.Kind)
        {
            case TokenKind.Number:
                return true;
            case TokenKind.Punctuation:
                var c = text[next.Start];
                return c is not ('\u00AB' or '\u201C' or '\u201D' or '"' or '(' or '[') && !IsTerminator(c);
            case TokenKind.Arabic:
                var word = text[next.Start..next.End];
                if (ArabicNormalizer.MaxKeyLength(word) > 64) return false;
                Span<char> key = stackalloc char[64];
                var length = ArabicNormalizer.KeyInto(word, key);
                return DateContinuationLookup.Contains(key[..length]);
            default:
                return false;
        }
    }

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            var kind = CharClass.Of(c);
            if (kind is CharKind.ArabicLetter or CharKind.Latin) count++;
        }

        return count;
    }

    private static char BaseLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (CharClass.Of(c) is CharKind.ArabicLetter) return c;
        }

        return '\0';
    }

    private static HashSet<string> BuildKeys(string words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) set.Add(ArabicNormalizer.Key(word));
        return set;
    }
}
