using System.Buffers;

namespace Isnad.Text;

/// <summary>
/// Finds quotations in one pass over the text.
/// <list type="bullet">
/// <item>Pairs: « », ‹ ›, “ ” (either direction: ” may open and “ close, as often in Arabic text; ″ may close), „ “,
/// " ", and ' ' or ‘ ’ only when clearly a quote (never an apostrophe between two letters).</item>
/// <item>“ ” and " do not nest: while one is open, the next mark of the family closes it, whatever its direction or
/// spacing. Otherwise direction is read from the surroundings: a mark after a space or punctuation and before a word
/// opens, a mark after a word and before a space or punctuation closes. « opens, except that while a « is open a «
/// standing before a space or punctuation closes it (« داعش «); » closes, or opens a reversed pair (»نص«) when
/// nothing is open and it stands before a word.</item>
/// <item>A closing mark with nothing of its family open is stray and ignored.</item>
/// <item>Paragraphs: news text separates paragraphs by a blank line or by a single line break, so every line break
/// counts as a paragraph break here. A quotation still open at a line break or at the end of the text is returned
/// with Closed = false and End at the end of its line (trailing white space excluded). Only « may continue past line
/// breaks, up to <see cref="MaxLineBreaksInGuillemets"/> of them and <see cref="MaxGuillemetLength"/> characters,
/// when its » comes later; a line that starts with « while a carried « is open continues that quotation (the
/// typographic convention for quotations of several paragraphs) instead of opening a new one.</item>
/// <item>Nested quotations are all returned, outer and inner, sorted by Start (then longer first), and always nest:
/// an inner quotation still open when its outer one closes ends, unclosed, where the outer closing mark is.</item>
/// </list>
/// </summary>
public static class QuotationScanner
{
    /// <summary>How many line (paragraph) breaks a « » quotation may span.</summary>
    public const int MaxLineBreaksInGuillemets = 3;

    /// <summary>How long (in characters) a « » quotation may grow before a line break ends it anyway.</summary>
    public const int MaxGuillemetLength = 2000;

    private const int MaxDepth = 32;

    private enum Family : byte
    {
        Guillemet,
        SingleGuillemet,
        CurlyDouble,
        CurlySingle,
        AsciiDouble,
        AsciiSingle,
    }

    private struct OpenQuote
    {
        public int Start;
        public char Mark;
        public Family Family;
        public int BreaksCrossed;
        public int FirstLineEnd;
        public int InnerQuotationsEnd;
    }

    public static Quotation[] Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text.AsSpan());
    }

    public static Quotation[] Scan(ReadOnlySpan<char> text)
    {
        var quotes = new List<Quotation>();
        Span<OpenQuote> stack = stackalloc OpenQuote[MaxDepth];
        var depth = 0;

        var lineStart = true;          // no content yet on this line

        var i = 0;
        while (i < text.Length)
        {
            // Jump to the next quotation mark or line break; only whether the text skipped holds content matters.
            var found = text[i..].IndexOfAny(Interesting);
            var next = found < 0 ? text.Length : i + found;
            if (next > i && text[i..next].ContainsAnyExcept(WhiteSpace))
            {
                lineStart = false;
            }

            if (found < 0) break;
            i = next;
            var c = text[i];
            if (IsLineBreak(c))
            {
                var isCrBeforeLf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
                if (!isCrBeforeLf && !lineStart)
                {
                    depth = BreakLine(stack, depth, i, LastContentEnd(text, i), quotes);
                    lineStart = true;
                }

                i++;
                continue;
            }

            var wasLineStart = lineStart;
            lineStart = false;
            TryGetFamily(c, out var family);

            switch (Decide(text, i, c, family, stack[..depth]))
            {
                case Action.Open:
                    if (c == '\u00AB' && wasLineStart && depth > 0 && stack[depth - 1].Family == Family.Guillemet
                        && stack[depth - 1].BreaksCrossed > 0)
                    {
                        break; // «continued paragraph on a new line: the carried quotation goes on.
                    }

                    if (depth < MaxDepth)
                    {
                        stack[depth++] = new OpenQuote { Start = i, Mark = c, Family = family, FirstLineEnd = -1 };
                    }

                    break;
                case Action.Close:
                    depth = Close(text, stack, depth, family, i, c, quotes);
                    break;
            }

            i++;
        }

        var lastContentEnd = LastContentEnd(text, text.Length);
        Abandon(stack, 0, depth, lastContentEnd, quotes);

        if (quotes.Count > 1)
        {
            quotes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }

        return [.. quotes];
    }

    private enum Action : byte
    {
        None,
        Open,
        Close,
    }

    private static bool TryGetFamily(char c, out Family family)
    {
        switch (c)
        {
            case '\u00AB' or '\u00BB':
                family = Family.Guillemet;
                return true;
            case '\u2039' or '\u203A':
                family = Family.SingleGuillemet;
                return true;
            case '\u201C' or '\u201D' or '\u201E' or '\u2033':
                family = Family.CurlyDouble;
                return true;
            case '\u2018' or '\u2019' or '\u201A':
                family = Family.CurlySingle;
                return true;
            case '"':
                family = Family.AsciiDouble;
                return true;
            case '\'':
                family = Family.AsciiSingle;
                return true;
            default:
                family = default;
                return false;
        }
    }

    private static Action Decide(ReadOnlySpan<char> text, int i, char c, Family family, ReadOnlySpan<OpenQuote> open)
    {
        var prev = i > 0 ? text[i - 1] : ' ';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var prevIsSpace = char.IsWhiteSpace(prev);
        var nextIsSpace = char.IsWhiteSpace(next);
        var opens = !nextIsSpace && (prevIsSpace || IsPunctuation(prev));
        var closes = !prevIsSpace && (nextIsSpace || IsPunctuation(next));
        var familyOpen = IsOpen(open, family);

        switch (family)
        {
            case Family.Guillemet or Family.SingleGuillemet:
                if (c is '\u00AB' or '\u2039')
                {
                    // « normally opens; used as a closer (« داعش «) it stands before a space or punctuation.
                    return familyOpen && !opens ? Action.Close : Action.Open;
                }

                // » closes; with nothing open it may open a reversed pair (»نص«) when it stands before a word.
                if (familyOpen) return Action.Close;
                return opens && !closes ? Action.Open : Action.None;

            case Family.CurlyDouble or Family.AsciiDouble:
                if (c == '\u2033') return familyOpen ? Action.Close : Action.None; // ″ closing “ويندوز 10″
                if (c == '\u201E') return Action.Open;

                // These marks do not nest, so with one open the next one closes it, whatever its direction or spacing.
                if (familyOpen) return Action.Close;
                return closes && !opens ? Action.None : Action.Open;

            default:
                if (c == '\u201A') return Action.Open;
                if (IsWordChar(prev) && IsWordChar(next)) return Action.None; // apostrophe: don't, l'homme
                if (opens && !closes) return Action.Open;
                if (closes && !opens && familyOpen) return Action.Close;
                return Action.None;
        }
    }

    private static bool IsOpen(ReadOnlySpan<OpenQuote> open, Family family)
    {
        for (var k = open.Length - 1; k >= 0; k--)
        {
            if (open[k].Family == family) return true;
        }

        return false;
    }

    private static bool IsPunctuation(char c) => CharClass.Of(c) is CharKind.Punctuation or CharKind.Symbol;

    private static bool IsWordChar(char c) => CharClass.Of(c) is CharKind.ArabicLetter or CharKind.ArabicMark or CharKind.Latin
        or CharKind.OtherLetter or CharKind.Digit or CharKind.Mark;

    private static readonly SearchValues<char> Interesting =
        SearchValues.Create("\u00AB\u00BB\u2039\u203A\u201C\u201D\u201E\u2033\u2018\u2019\u201A\"'\n\r\u2028\u2029\u0085\u000B\u000C");

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>End of the last non-white-space character before <paramref name="end"/>.</summary>
    private static int LastContentEnd(ReadOnlySpan<char> text, int end) => text[..end].LastIndexOfAnyExcept(WhiteSpace) + 1;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C';

    private static int Close(ReadOnlySpan<char> text, Span<OpenQuote> stack, int depth, Family family, int at, char mark, List<Quotation> quotes)
    {
        var k = depth - 1;
        while (k >= 0 && stack[k].Family != family) k--;
        if (k < 0) return depth; // stray closing mark

        // Inner quotations still open end where their outer one closes.
        var innerEnd = TrimEnd(text, stack[k].Start + 1, at);
        for (var j = depth - 1; j > k; j--)
        {
            quotes.Add(Unclosed(stack[j], Math.Max(innerEnd, stack[j].Start + 1)));
        }

        var outer = stack[k];
        quotes.Add(new Quotation(outer.Start, at + 1, outer.Start + 1, at, outer.Mark, mark, Closed: true));
        for (var j = 0; j < k; j++)
        {
            // A carried « that is never closed ends with its first paragraph; it must still hold the quotations that
            // opened inside that paragraph.
            if (stack[j].FirstLineEnd < 0 || outer.Start < stack[j].FirstLineEnd)
            {
                stack[j].InnerQuotationsEnd = Math.Max(stack[j].InnerQuotationsEnd, at + 1);
            }
        }

        return k;
    }

    private static int BreakLine(Span<OpenQuote> stack, int depth, int at, int lineEnd, List<Quotation> quotes)
    {
        // Only « … » carries on, and only if every quotation under it does too and it has not grown too long.
        var keep = 0;
        while (keep < depth && stack[keep].Family == Family.Guillemet && stack[keep].BreaksCrossed < MaxLineBreaksInGuillemets
            && at - stack[keep].Start <= MaxGuillemetLength)
        {
            keep++;
        }

        Abandon(stack, keep, depth, lineEnd, quotes);
        for (var j = 0; j < keep; j++)
        {
            stack[j].BreaksCrossed++;
            if (stack[j].FirstLineEnd < 0) stack[j].FirstLineEnd = lineEnd;
        }

        return keep;
    }

    /// <summary>
    /// Returns stack entries [from, to) as unclosed quotations, innermost first. Each ends at the end of its first
    /// line, or later when a quotation inside it ended later, so quotations always nest.
    /// </summary>
    private static void Abandon(Span<OpenQuote> stack, int from, int to, int lineEnd, List<Quotation> quotes)
    {
        var firstAdded = quotes.Count;
        for (var j = to - 1; j >= from; j--)
        {
            var open = stack[j];
            var end = open.FirstLineEnd >= 0 ? open.FirstLineEnd : lineEnd;
            end = Math.Max(Math.Max(end, open.Start + 1), open.InnerQuotationsEnd);
            for (var q = firstAdded; q < quotes.Count; q++)
            {
                if (quotes[q].Start < end) end = Math.Max(end, quotes[q].End);
            }

            quotes.Add(Unclosed(open, end));
        }
    }

    private static Quotation Unclosed(OpenQuote open, int end) =>
        new(open.Start, end, open.Start + 1, end, open.Mark, '\0', Closed: false);

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
