using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Isnad.Cli.Evaluation;

/// <summary>
/// The small pieces of Python behaviour that <c>score_attr.py</c> relies on, reproduced so that the C# scorer prints
/// byte-identical lines: its <c>norm</c>, <c>str()</c> of JSON values, <c>repr()</c> of a list of strings, slicing by
/// code points, and <c>format(x, '.2f')</c> (exact value, ties to even).
/// </summary>
internal static class PythonText
{
    /// <summary><c>norm</c> of score_attr.py: strip diacritics and tatweel, fold alef/yaa/taa marbuta, drop quotes and punctuation, lower-case, squeeze spaces.</summary>
    public static string Norm(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var folded = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640')
            {
                continue;
            }

            folded.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                '“' or '”' or '«' or '»' or '"' or '\'' or '(' or ')' or '،' or ',' or '.' or ':' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(' ', SplitOnWhitespace(folded.ToString()));
    }

    /// <summary>Python's <c>str.split()</c> without arguments: runs of Unicode white space separate, empty parts dropped.</summary>
    public static List<string> SplitOnWhitespace(string value)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (IsPythonSpace(value[i]))
            {
                if (start >= 0)
                {
                    parts.Add(value[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            parts.Add(value[start..]);
        }

        return parts;
    }

    /// <summary>Python's <c>str.isspace</c> for one character (it differs from .NET for U+001C–U+001F).</summary>
    public static bool IsPythonSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>Python's <c>str(x)</c> for a JSON value; null when the value is falsy (Python's <c>if p</c> skips it).</summary>
    public static string? TruthyString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.True => "True",
        JsonValueKind.Number => IsZero(value) ? null : value.GetRawText(),
        JsonValueKind.Array => value.GetArrayLength() > 0 ? value.GetRawText() : null,
        JsonValueKind.Object => value.EnumerateObject().Any() ? value.GetRawText() : null,
        _ => null,
    };

    /// <summary>Python's <c>str()</c> of a gold item's id (an int or a string in practice).</summary>
    public static string Str(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null or JsonValueKind.Undefined => "None",
        _ => value.GetRawText(),
    };

    private static bool IsZero(JsonElement number) => number.TryGetDouble(out var d) && d == 0;

    /// <summary><c>value[:count]</c>: the first <paramref name="count"/> code points.</summary>
    public static string Take(string value, int count)
    {
        var units = 0;
        for (var points = 0; points < count && units < value.Length; points++)
        {
            units += char.IsHighSurrogate(value[units]) && units + 1 < value.Length && char.IsLowSurrogate(value[units + 1]) ? 2 : 1;
        }

        return value[..units];
    }

    /// <summary>Number of code points (Python's <c>len</c>).</summary>
    public static int CodePointCount(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><c>text[start:end]</c> with Python's slice rules: negative indexes count from the end, out-of-range indexes clamp.</summary>
    public static string Slice(string text, long start, long end)
    {
        long Clamp(long index) => index < 0 ? Math.Max(0, text.Length + index) : Math.Min(text.Length, index);
        var from = Clamp(start);
        var to = Clamp(end);
        return to > from ? text.Substring((int)from, (int)(to - from)) : "";
    }

    /// <summary>Python's <c>repr()</c> of a list of strings, e.g. <c>['الأفق', 'سبق']</c>.</summary>
    public static string ReprList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Repr)) + "]";

    /// <summary>Python's <c>repr()</c> of a string: quote choice, backslash escapes, non-printable characters as \x, \u or \U.</summary>
    public static string Repr(string value)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var rune in value.EnumerateRunes())
        {
            var point = rune.Value;
            if (point == quote || point == '\\')
            {
                builder.Append('\\').Append((char)point);
            }
            else if (point == '\t')
            {
                builder.Append("\\t");
            }
            else if (point == '\n')
            {
                builder.Append("\\n");
            }
            else if (point == '\r')
            {
                builder.Append("\\r");
            }
            else if (point < 0x20 || point == 0x7F)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{point:x2}");
            }
            else if (point < 0x7F || IsPrintable(rune))
            {
                builder.Append(rune.ToString());
            }
            else if (point < 0x100)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\x{point:x2}");
            }
            else if (point < 0x10000)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{point:x4}");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\U{point:x8}");
            }
        }

        return builder.Append(quote).ToString();
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    /// <summary>
    /// <c>format(value, '.2f')</c>: the exact binary value rounded to two decimals, ties to even (0.125 → 0.12), which
    /// .NET's "F2" does not do (it rounds ties away from zero).
    /// </summary>
    public static string Fixed2(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent;
        if (exponentBits == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = exponentBits - 1075;
        }

        BigInteger hundredths;
        if (exponent >= 0)
        {
            hundredths = new BigInteger(mantissa) * BigInteger.Pow(2, exponent) * 100;
        }
        else
        {
            var numerator = new BigInteger(mantissa) * 100;
            var denominator = BigInteger.Pow(2, -exponent);
            hundredths = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !hundredths.IsEven))
            {
                hundredths += 1;
            }
        }

        var whole = BigInteger.DivRem(hundredths, 100, out var cents);
        return (negative ? "-" : "") + whole.ToString(CultureInfo.InvariantCulture) + "." + ((int)cents).ToString("D2", CultureInfo.InvariantCulture);
    }
}
