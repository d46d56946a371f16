using System.Globalization;

namespace Isnad.Text;

/// <summary>What a UTF-16 code unit is, for tokenising; looked up in a 64K table so the hot loop never branches on Unicode data.</summary>
internal enum CharKind : byte
{
    /// <summary>White space, control and format characters that separate tokens.</summary>
    Space,
    /// <summary>An Arabic-script letter.</summary>
    ArabicLetter,
    /// <summary>A mark that lives inside an Arabic word: harakat, Quranic marks, tatweel.</summary>
    ArabicMark,
    /// <summary>ZWNJ / ZWJ: part of a word only between word characters.</summary>
    Joiner,
    /// <summary>A Latin letter (or a combining mark that may follow one).</summary>
    Latin,
    /// <summary>A decimal digit of any script.</summary>
    Digit,
    /// <summary>A punctuation mark.</summary>
    Punctuation,
    /// <summary>A letter of another script.</summary>
    OtherLetter,
    /// <summary>A symbol or anything else visible.</summary>
    Symbol,
    /// <summary>A UTF-16 surrogate half.</summary>
    Surrogate,
    /// <summary>A combining mark outside the Arabic ranges.</summary>
    Mark,
}

internal static class CharClass
{
    private static readonly CharKind[] Table = Build();

    public static CharKind Of(char c) => Table[c];

    public static bool IsArabicWordPart(char c)
    {
        var kind = Table[c];
        return kind is CharKind.ArabicLetter or CharKind.ArabicMark;
    }

    /// <summary>Harakat, Quranic annotation marks and tatweel: removed by the key normaliser.</summary>
    public static bool IsDiacriticOrTatweel(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640';

    private static CharKind[] Build()
    {
        var table = new CharKind[65536];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharKind Classify(char c)
    {
        if (char.IsSurrogate(c)) return CharKind.Surrogate;
        if (c is '\u200C' or '\u200D') return CharKind.Joiner;
        if (IsDiacriticOrTatweel(c) || c is (>= '\u0610' and <= '\u061A') || (c >= '\u08D3' && c <= '\u08FF')) return CharKind.ArabicMark;

        var category = char.GetUnicodeCategory(c);
        switch (category)
        {
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse:
                return CharKind.Space;
            case UnicodeCategory.DecimalDigitNumber:
                return CharKind.Digit;
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation:
                return CharKind.Punctuation;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                if (IsArabicScript(c)) return CharKind.ArabicLetter;
                if (IsLatinScript(c)) return CharKind.Latin;
                return CharKind.OtherLetter;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return IsArabicScript(c) ? CharKind.ArabicMark : CharKind.Mark;
            default:
                return CharKind.Symbol;
        }
    }

    private static bool IsArabicScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static bool IsLatinScript(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF')
            or '\u00AA' or '\u00BA' or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');
}
