namespace Isnad.Entities.Tagger;

/// <summary>
/// The tagger's own feature keys: a small normaliser (no diacritics or tatweel, one alef, ى → ي, ة → ه, digits as
/// ASCII, Latin lower case), the clitic split of a key and a word's shape. The model's features are defined by
/// these exact rules, so they live with the tagger and change only with the model format version.
/// </summary>
internal static class TaggerText
{
    /// <summary>Keys longer than this are cut; no name is that long and the buffer stays on the stack.</summary>
    public const int MaxKeyLength = 48;

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="key"/> and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> key)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length == key.Length)
            {
                break;
            }

            var mapped = Map(c);
            if (mapped != '\0')
            {
                key[length++] = mapped;
            }
        }

        return length;
    }

    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        return new string(buffer[..Normalize(word, buffer)]);
    }

    private static char Map(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0', // harakat, superscript alef, tatweel
        >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\uFEFF' => '\0',
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // آ أ إ ٱ → ا
        '\u0649' => '\u064A', // ى → ي
        '\u0629' => '\u0647', // ة → ه
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    /// <summary>
    /// Splits the proclitics off a key: returns where the word after و/ف and ب/ك/ل starts (<paramref name="wordStart"/>,
    /// article kept) and where the stem after the article starts. لل counts as ل + ال. Short words are left whole,
    /// since their first letter is more likely a root letter than a clitic.
    /// </summary>
    public static int Stem(ReadOnlySpan<char> key, out int wordStart, out bool lamAlef)
    {
        var i = 0;
        lamAlef = false;
        if (key.Length >= 4 && (key[0] == 'و' || key[0] == 'ف') && (key.Length >= 6 || StartsWithArticle(key[1..])))
        {
            // و/ف is stripped only before an article or from a long word: وزير and فرنسا keep their first letter.
            i = 1;
        }

        var rest = key[i..];
        if (rest.Length >= 4 && (rest[0] == 'ب' || rest[0] == 'ك' || rest[0] == 'ل') && rest[1] == 'ا' && rest[2] == 'ل')
        {
            i++;
        }
        else if (rest.Length >= 4 && rest[0] == 'ل' && rest[1] == 'ل')
        {
            // للرياض: the ا of the article was dropped after ل; the word itself is ال + rest.
            lamAlef = true;
            wordStart = i + 1;
            return i + 2;
        }

        wordStart = i;
        rest = key[i..];
        if (rest.Length >= 4 && rest[0] == 'ا' && rest[1] == 'ل')
        {
            return i + 2;
        }

        return i;
    }

    private static bool StartsWithArticle(ReadOnlySpan<char> word) =>
        word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)
        || word.StartsWith("بال", StringComparison.Ordinal) || word.StartsWith("كال", StringComparison.Ordinal);

    /// <summary>The hash of the word after its conjunction and preposition, article kept (للرياض → الرياض).</summary>
    public static ulong WordHash(ReadOnlySpan<char> key)
    {
        Stem(key, out var wordStart, out var lamAlef);
        if (!lamAlef)
        {
            return FeatureHash.Of(key[wordStart..]);
        }

        return FeatureHash.Continue(FeatureHash.Of("ا"), key[wordStart..]);
    }

    /// <summary>Shape classes, repeats collapsed, at most five: a (Arabic), X/x (Latin), d (digit), else the mark.</summary>
    public static ulong ShapeHash(ReadOnlySpan<char> word, out ShapeKind kind)
    {
        Span<char> shape = stackalloc char[5];
        var length = 0;
        var arabic = false;
        var latin = false;
        var digit = false;
        var other = false;
        foreach (var c in word)
        {
            char cls;
            if (c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3')
            {
                cls = 'a';
                arabic = true;
            }
            else if (c is >= '\u064B' and <= '\u065F' or '\u0640' or '\u0670')
            {
                continue;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                cls = 'X';
                latin = true;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                cls = 'x';
                latin = true;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                digit = true;
            }
            else
            {
                cls = c;
                other = true;
            }

            if (length > 0 && shape[length - 1] == cls)
            {
                continue;
            }

            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = cls;
        }

        kind = arabic && !latin && !digit && !other ? ShapeKind.Arabic
            : latin && !arabic && !digit ? ShapeKind.Latin
            : digit && !arabic && !latin ? ShapeKind.Number
            : !arabic && !latin && !digit ? ShapeKind.Punctuation
            : ShapeKind.Mixed;
        return FeatureHash.Of(shape[..length]);
    }
}

internal enum ShapeKind : byte
{
    Arabic,
    Latin,
    Number,
    Punctuation,
    Mixed,
}
