namespace Isnad.Text;

/// <summary>
/// Splits text into tokens in one pass: Arabic words (diacritics, tatweel and inner joiners included, with the clitic
/// split as a stem span), Latin words, numbers with inner separators, one token per punctuation mark, and symbols.
/// White space, control and format characters separate tokens and are never part of one.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>(EstimateTokenCount(text.Length));
        TokenizeInto(text, tokens);
        return [.. tokens];
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void TokenizeInto(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var length = text.Length;
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            var kind = CharClass.Of(c);
            var start = i;
            switch (kind)
            {
                case CharKind.Space or CharKind.Joiner:
                    i++;
                    continue;
                case CharKind.ArabicLetter or CharKind.ArabicMark:
                    i = ScanArabicWord(text, i, out var plain);
                    tokens.Add(CliticSplitter.Split(text[start..i], start, plain));
                    continue;
                case CharKind.Latin:
                    i = ScanLatinWord(text, i + 1);
                    tokens.Add(new Token(start, i, TokenKind.Latin, start, i, Proclitics.None));
                    continue;
                case CharKind.Digit:
                    i = ScanNumber(text, i + 1);
                    tokens.Add(new Token(start, i, TokenKind.Number, start, i, Proclitics.None));
                    continue;
                case CharKind.Punctuation:
                    i++;
                    tokens.Add(new Token(start, i, TokenKind.Punctuation, start, i, Proclitics.None));
                    continue;
                case CharKind.OtherLetter:
                    i++;
                    while (i < length && CharClass.Of(text[i]) is CharKind.OtherLetter or CharKind.Mark) i++;
                    break;
                case CharKind.Surrogate:
                    i += char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    break;
                default:
                    i++;
                    break;
            }

            tokens.Add(new Token(start, i, TokenKind.Symbol, start, i, Proclitics.None));
        }
    }

    internal static int EstimateTokenCount(int textLength) => Math.Min(textLength / 5 + 16, 1 << 20);

    /// <summary>Scans an Arabic word from <paramref name="i"/>; <paramref name="plain"/> tells whether it holds base letters only.</summary>
    private static int ScanArabicWord(ReadOnlySpan<char> text, int i, out bool plain)
    {
        plain = true;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = CharClass.Of(c);
            if (kind == CharKind.ArabicLetter)
            {
                if (c >= PresentationForms.First) plain = false;
                i++;
            }
            else if (kind == CharKind.ArabicMark)
            {
                plain = false;
                i++;
            }
            else if (kind == CharKind.Joiner && i + 1 < text.Length && CharClass.IsArabicWordPart(text[i + 1]))
            {
                plain = false;
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanLatinWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            var kind = CharClass.Of(c);
            if (kind is CharKind.Latin or CharKind.Mark)
            {
                i++;
            }
            else if (c is '\'' or '\u2019' && i + 1 < text.Length && CharClass.Of(text[i + 1]) == CharKind.Latin)
            {
                // An apostrophe between Latin letters belongs to the word: don't, O'Brien.
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.Of(c) == CharKind.Digit)
            {
                i++;
            }
            else if (IsNumberSeparator(c) && i + 1 < text.Length && CharClass.Of(text[i + 1]) == CharKind.Digit)
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Separators that stay inside a number when a digit follows: 3.5, 1,000, ٣٫٥, ١٬٠٠٠, 2015/7/21, 10:30.</summary>
    internal static bool IsNumberSeparator(char c) => c is '.' or ',' or '\u066B' or '\u066C' or '/' or ':';
}
