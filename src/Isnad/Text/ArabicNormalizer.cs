using System.Buffers;

namespace Isnad.Text;

/// <summary>
/// Key normaliser for matching only; never used on the text that offsets point into. The key folds presentation
/// forms (NFKC), drops diacritics, tatweel and joiners, folds alef forms to ا, ى and ی to ي, ة to ه, ک to ك,
/// Arabic-Indic and Persian digits (and the Arabic decimal and thousands separators) to ASCII, and lowercases Latin. Hamza carriers ؤ and ئ are kept.
/// </summary>
public static class ArabicNormalizer
{
    private const int StackLimit = 256;

    /// <summary>The matching key of <paramref name="text"/>.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        if (!NeedsCompatibilityMapping(text))
        {
            // Common path: one pass to size the key, one allocation to write it.
            var length = 0;
            foreach (var c in text)
            {
                if (Fold(c) != '\0') length++;
            }

            return string.Create(length, text, static (destination, source) => KeyInto(source, destination));
        }

        char[]? rented = null;
        var capacity = MaxKeyLength(text);
        var buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            return new string(buffer[..KeyInto(text, buffer)]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The matching key of <paramref name="text"/>; returns <paramref name="text"/> itself when it is already a key.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c >= PresentationForms.First || Fold(c) != c) return Key(text.AsSpan());
        }

        return text;
    }

    /// <summary>
    /// Writes the key of <paramref name="text"/> into <paramref name="destination"/> and returns its length. The
    /// destination must hold <see cref="MaxKeyLength"/> characters; without presentation forms the key is never longer
    /// than the input.
    /// </summary>
    public static int KeyInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        foreach (var c in text)
        {
            if (c >= PresentationForms.First)
            {
                var mapped = PresentationForms.Map(c);
                if (mapped is not null)
                {
                    foreach (var m in mapped)
                    {
                        var folded = Fold(m);
                        if (folded != '\0') destination[written++] = folded;
                    }

                    continue;
                }
            }

            var key = Fold(c);
            if (key != '\0') destination[written++] = key;
        }

        return written;
    }

    /// <summary>The largest key <paramref name="text"/> can produce.</summary>
    public static int MaxKeyLength(ReadOnlySpan<char> text) => NeedsCompatibilityMapping(text) ? text.Length * 18 : text.Length;

    /// <summary>True when the keys of <paramref name="left"/> and <paramref name="right"/> are equal; allocates nothing for short inputs.</summary>
    public static bool KeyEquals(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length + right.Length > StackLimit || NeedsCompatibilityMapping(left) || NeedsCompatibilityMapping(right))
        {
            return string.Equals(Key(left), Key(right), StringComparison.Ordinal);
        }

        Span<char> a = stackalloc char[left.Length];
        Span<char> b = stackalloc char[right.Length];
        return a[..KeyInto(left, a)].SequenceEqual(b[..KeyInto(right, b)]);
    }

    /// <summary>
    /// Folds one character to its key character, or returns '\0' when the character is dropped (diacritics, tatweel,
    /// joiners and direction marks). Presentation forms are not mapped here: use <see cref="Key(ReadOnlySpan{char})"/>.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        switch (c)
        {
            case >= '\u064B' and <= '\u065F':
            case '\u0670':
            case >= '\u06D6' and <= '\u06ED':
            case '\u0640':
            case '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C':
                return '\0';
            case '\u0622' or '\u0623' or '\u0625' or '\u0671':
                return '\u0627';
            case '\u0649' or '\u06CC':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u06A9':
                return '\u0643';
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case >= '\u0660' and <= '\u0669':
                return (char)('0' + (c - '\u0660'));
            case >= '\u06F0' and <= '\u06F9':
                return (char)('0' + (c - '\u06F0'));
            case >= '\u00C0' and <= '\u024F':
            case >= '\u1E00' and <= '\u1EFF':
                return char.ToLowerInvariant(c);
            default:
                return c;
        }
    }

    private static bool NeedsCompatibilityMapping(ReadOnlySpan<char> text)
    {
        // Presentation forms and full-width forms all sit at U+FB50 and above; most text has none.
        return text.IndexOfAnyInRange(PresentationForms.First, '\uFFFF') >= 0;
    }
}
