using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// The text layer of one article seen by the attribution stages: tokens with their matching keys, which sentence and
/// which quotation each token is in. Built once per article; all indexes are token indexes.
/// </summary>
internal sealed class ArticleText
{
    public ArticleText(TextAnalysis layer)
    {
        Text = layer.Text;
        Tokens = layer.Tokens;
        Sentences = layer.Sentences;
        Quotations = layer.Quotations;
        Keys = new string[Tokens.Length];
        SentenceOf = new int[Tokens.Length];
        QuotationOf = new int[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            var t = Tokens[i];
            Keys[i] = t.Kind is TokenKind.Arabic or TokenKind.Latin
                ? ArabicNormalizer.Key(Text.AsSpan(t.Start, t.End - t.Start))
                : Text.Substring(t.Start, t.End - t.Start);
            SentenceOf[i] = -1;
            QuotationOf[i] = -1;
        }

        for (var s = 0; s < Sentences.Length; s++)
        {
            var sentence = Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount && i < Tokens.Length; i++)
            {
                SentenceOf[i] = s;
            }
        }

        // Outermost quotation wins: quotations are sorted by start, an inner one starts inside an earlier outer one.
        var q = 0;
        for (var i = 0; i < Tokens.Length; i++)
        {
            var t = Tokens[i];
            while (q < Quotations.Length && Quotations[q].End <= t.Start)
            {
                q++;
            }

            for (var k = q; k < Quotations.Length && Quotations[k].Start <= t.Start; k++)
            {
                if (Quotations[k].InnerStart <= t.Start && t.End <= Quotations[k].InnerEnd)
                {
                    QuotationOf[i] = k;
                    break;
                }
            }
        }
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    public Quotation[] Quotations { get; }

    /// <summary>Normalised key of each token (Arabic and Latin words); the surface for other tokens.</summary>
    public string[] Keys { get; }

    public int[] SentenceOf { get; }

    /// <summary>Index of the quotation whose inner span holds the token, or -1.</summary>
    public int[] QuotationOf { get; }

    public int Count => Tokens.Length;

    public string Key(int i) => i >= 0 && i < Keys.Length ? Keys[i] : "";

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind is TokenKind.Arabic or TokenKind.Latin;

    public bool IsPunct(int i, char c) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;

    public bool IsComma(int i) => IsPunct(i, '،') || IsPunct(i, ',');

    public bool IsQuoteMark(int i) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Length == 1 && IsQuoteChar(Text[Tokens[i].Start]);

    public static bool IsQuoteChar(char c) => c is '"' or '«' or '»' or '“' or '”' or '„' or '‹' or '›' or '\'' or '‘' or '’';

    /// <summary>Whether the token ends a clause: a comma-like mark, a sentence mark, or a colon.</summary>
    public bool IsClauseMark(int i) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Tokens[i].Length == 1
        && Text[Tokens[i].Start] is '،' or ',' or '؛' or ';' or '.' or '؟' or '?' or '!' or ':' or '(' or ')' or '-' or '–';

    public int SentenceEndToken(int i)
    {
        var s = SentenceOf[i];
        if (s < 0)
        {
            return Tokens.Length;
        }

        return Sentences[s].FirstToken + Sentences[s].TokenCount;
    }

    public int SentenceStartToken(int i)
    {
        var s = SentenceOf[i];
        return s < 0 ? 0 : Sentences[s].FirstToken;
    }

    /// <summary>The key without the conjunction و/ف the tokenizer split off (وقال → قال; وزير stays).</summary>
    public string BareKey(int i)
    {
        var k = Key(i);
        return StartsWithConjunction(i) && k.Length >= 3 ? k[1..] : k;
    }

    /// <summary>Whether the tokenizer split a conjunction و/ف off the word (وأضاف، فقال; not وزير، وليد).</summary>
    public bool StartsWithConjunction(int i) =>
        i >= 0 && i < Tokens.Length && (Tokens[i].Proclitics & (Proclitics.Waw | Proclitics.Fa)) != 0 && Key(i).Length > 2;

    /// <summary>
    /// The key for a lexicon look-up of a word that may carry a preposition: لوكالة → وكالة، للوزارة → الوزارة،
    /// بالوزارة → الوزارة; other words as <see cref="BareKey"/>.
    /// </summary>
    public string LookupKey(int i)
    {
        if (i < 0 || i >= Tokens.Length)
        {
            return "";
        }

        var t = Tokens[i];
        if ((t.Proclitics & (Proclitics.Lam | Proclitics.Ba | Proclitics.Kaf)) == 0)
        {
            return BareKey(i);
        }

        var rest = ArabicNormalizer.Key(Text.AsSpan(t.StemStart, t.End - t.StemStart));
        return (t.Proclitics & Proclitics.Article) != 0 ? "ال" + rest : rest;
    }

    /// <summary>
    /// Whether the word ends a speaker's phrase (a preposition, a time word …). «علي» is the name when written with ي and
    /// the preposition «على» when written with ى; both normalise alike, so the surface decides.
    /// </summary>
    public bool IsPhraseBreaker(int i)
    {
        var key = Key(i);
        if (!FunctionWords.PhraseBreakers.Contains(key))
        {
            return false;
        }

        return !(key == "علي" && Text[Tokens[i].End - 1] == 'ي');
    }

    /// <summary>Whether the word carries the article ال (also after ل: للسياحة).</summary>
    public bool IsDefinite(int i) => i >= 0 && i < Tokens.Length && (Tokens[i].Proclitics & Proclitics.Article) != 0;

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/> (Count when none).</summary>
    public int FirstTokenFrom(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the first token that ends after <paramref name="offset"/> (Count when none).</summary>
    public int FirstTokenEndingAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public TextSpan SpanOf(int first, int endExclusive) =>
        new(Tokens[first].Start, Tokens[Math.Max(first, endExclusive - 1)].End);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
