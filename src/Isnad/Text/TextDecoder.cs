using System.Text;

namespace Isnad.Text;

/// <summary>
/// Turns bytes into text: UTF-8 (BOM or not), UTF-16 LE/BE with BOM, windows-1256 when the bytes are not UTF-8 but
/// read as Arabic in that code page. Everything else (binary data, another code page, double-encoded UTF-8) is a
/// <see cref="TextDecodingException"/> naming the source and the problem: the engine never sees mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1256 = new(CreateWindows1256, LazyThreadSafetyMode.PublicationOnly);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="TextDecodingException"/> naming <paramref name="sourceName"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (bytes.IsEmpty) throw Fail(sourceName, "empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var text = Strict(StrictUtf8, bytes[3..], sourceName, "invalid UTF-8 after a UTF-8 byte-order mark");
            return Checked(text, sourceName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw Fail(sourceName, "UTF-32 text is not supported (convert it to UTF-8)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            var body = bytes[2..];
            var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
            if (body.Length % 2 != 0) throw Fail(sourceName, $"invalid {name}: odd number of bytes");
            var text = Strict(bigEndian ? StrictUtf16Be : StrictUtf16Le, body, sourceName, $"invalid {name} after its byte-order mark");
            return Checked(text, sourceName);
        }

        if (bytes.Contains((byte)0)) throw Fail(sourceName, NulMessage(bytes));

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeWindows1256(bytes, sourceName);
        }

        Checked(decoded, sourceName);
        if (LooksDoubleEncoded(decoded))
        {
            throw Fail(sourceName, "mojibake: Arabic UTF-8 that was decoded as windows-1252/latin-1 and saved again as UTF-8");
        }

        return decoded;
    }

    private static string DecodeWindows1256(ReadOnlySpan<byte> bytes, string sourceName)
    {
        string text;
        try
        {
            text = Windows1256.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Fail(sourceName, "neither UTF-8 nor windows-1256");
        }

        Checked(text, sourceName);

        // In windows-1256 almost every byte is a character, so ask whether the result reads as Arabic: at least one
        // Arabic letter, and nearly all non-ASCII characters Arabic or the punctuation the code page holds beside it.
        // Latin-1 text (café) and random bytes fail this.
        int arabic = 0, neutral = 0, nonAscii = 0;
        foreach (var c in text)
        {
            if (c < '\u0080') continue;
            nonAscii++;
            if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is '\u00A0' or '\u00AB' or '\u00BB' or (>= '\u200C' and <= '\u200F') or (>= '\u2013' and <= '\u2026') or '\u00D7' or '\u00F7')
            {
                neutral++;
            }
        }

        if (arabic == 0 || (arabic + neutral) * 10 < nonAscii * 8)
        {
            throw Fail(sourceName, "not valid UTF-8, and not plausible windows-1256 Arabic text either (unknown encoding or binary data)");
        }

        return text;
    }

    /// <summary>Rejects decoded text that is really binary data.</summary>
    private static string Checked(string text, string sourceName)
    {
        if (text.Length == 0) throw Fail(sourceName, "empty");
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0') throw Fail(sourceName, "not text (binary data: NUL characters)");
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) controls++;
            else if (c is >= '\u007F' and <= '\u009F') controls++;
        }

        if (controls > 0 && controls * 50 > text.Length)
        {
            throw Fail(sourceName, $"not text (binary data: {controls} control characters)");
        }

        return text;
    }

    private static string NulMessage(ReadOnlySpan<byte> bytes)
    {
        var even = 0;
        var odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) even++;
            else odd++;
        }

        return even == 0 || odd == 0
            ? "not text (binary data: NUL bytes; UTF-16 without a byte-order mark is not supported)"
            : "not text (binary data: NUL bytes)";
    }

    /// <summary>Arabic UTF-8 read as windows-1252 and re-encoded shows as Ø§Ù„…: lead bytes D8–DB become Ø Ù Ú Û.</summary>
    private static bool LooksDoubleEncoded(string text)
    {
        var pairs = 0;
        var arabic = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u0600' && c <= '\u06FF') arabic++;
            if (c is '\u00D8' or '\u00D9' or '\u00DA' or '\u00DB' && i + 1 < text.Length && IsCp1252Continuation(text[i + 1])) pairs++;
        }

        return pairs >= 3 && pairs > arabic;
    }

    private static bool IsCp1252Continuation(char c) =>
        c is (>= '\u0080' and <= '\u00BF') or '\u20AC' or '\u201A' or '\u0192' or '\u201E' or '\u2026' or '\u2020' or '\u2021'
            or '\u02C6' or '\u2030' or '\u0160' or '\u2039' or '\u0152' or '\u017D' or '\u2018' or '\u2019' or '\u201C'
            or '\u201D' or '\u2022' or '\u2013' or '\u2014' or '\u02DC' or '\u2122' or '\u0161' or '\u203A' or '\u0153'
            or '\u017E' or '\u0178';

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string sourceName, string problem)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Fail(sourceName, problem);
        }
    }

    private static Encoding CreateWindows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static TextDecodingException Fail(string sourceName, string problem) => new($"{sourceName}: {problem}");
}

public sealed class TextDecodingException(string message) : Exception(message);
