namespace Isnad.Text;

public enum TokenKind : byte
{
    /// <summary>A run of Arabic letters (with diacritics and tatweel).</summary>
    Arabic,
    /// <summary>A run of Latin letters.</summary>
    Latin,
    /// <summary>Digits (ASCII, Arabic-Indic or Persian) with internal separators such as 3.5 or 1,000.</summary>
    Number,
    /// <summary>One punctuation mark, quotation marks included.</summary>
    Punctuation,
    /// <summary>Anything else that is not white space (symbols, emoji, other scripts).</summary>
    Symbol,
}

/// <summary>Proclitics split off the front of an Arabic word, outermost first in the flags' order و/ف, then ب/ل/ك/س, then ال.</summary>
[Flags]
public enum Proclitics : byte
{
    None = 0,
    Waw = 1,      // و
    Fa = 2,       // ف
    Ba = 4,       // ب
    Lam = 8,      // ل / لـ
    Kaf = 16,     // ك
    Sin = 32,     // س (future)
    Article = 64, // ال (or لل after ل)
}

/// <summary>
/// One token: a span of the original text, its kind, and for Arabic words the clitic split, given as the span of the
/// stem inside the token. The surface form is always <c>text[Start..End]</c>; the clitics are the parts outside the stem.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, int StemStart, int StemEnd, Proclitics Proclitics)
{
    public TextSpan Span => new(Start, End);

    public TextSpan Stem => new(StemStart, StemEnd);

    /// <summary>Span of the attached pronoun (ه، ها، هم، …) if one was split off, else empty.</summary>
    public TextSpan Enclitic => new(StemEnd, End);

    /// <summary>Span of the proclitics (و، ف، ب، ل، ك، ال …) if any, else empty.</summary>
    public TextSpan Prefix => new(Start, StemStart);

    public bool HasEnclitic => StemEnd < End;

    public int Length => End - Start;
}
