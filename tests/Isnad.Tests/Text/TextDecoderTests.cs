using System.Text;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Sample = "قال الوزير إن العمل مستمر.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Error(byte[] bytes) =>
        Assert.Throws<TextDecodingException>(() => TextDecoder.Decode(bytes, "news.txt")).Message;

    [Fact]
    public void Utf8_without_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "news.txt"));
    }

    [Fact]
    public void Utf8_bom_is_stripped()
    {
        Assert.Equal(Sample, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], "news.txt"));
    }

    [Fact]
    public void Utf16_little_endian_with_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)], "news.txt"));
    }

    [Fact]
    public void Utf16_big_endian_with_bom()
    {
        Assert.Equal(Sample, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)], "news.txt"));
    }

    [Fact]
    public void Windows_1256_when_not_utf8()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Sample);
        Assert.Equal(Sample, TextDecoder.Decode(bytes, "news.txt"));
    }

    [Fact]
    public void Windows_1256_with_mostly_latin_text_is_accepted()
    {
        const string text = "Reuters reported today, citing «الوزارة», that the talks went on.";
        Assert.Equal(text, TextDecoder.Decode(Encoding.GetEncoding(1256).GetBytes(text), "news.txt"));
    }

    [Fact]
    public void Empty_input_is_an_error_naming_the_source()
    {
        Assert.Equal("news.txt: empty", Error([]));
        Assert.Equal("news.txt: empty", Error([0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public void Nul_bytes_are_binary()
    {
        Assert.Equal("news.txt: not text (binary data: NUL bytes)", Error([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x00, 0x00]));
    }

    [Fact]
    public void Utf16_without_bom_is_named_in_the_error()
    {
        Assert.Equal(
            "news.txt: not text (binary data: NUL bytes; UTF-16 without a byte-order mark is not supported)",
            Error(Encoding.Unicode.GetBytes("abc def")));
    }

    [Fact]
    public void Many_control_characters_are_binary()
    {
        Assert.Equal("news.txt: not text (binary data: 4 control characters)", Error([0x01, 0x02, 0x41, 0x03, 0x42, 0x04]));
    }

    [Fact]
    public void Latin1_text_is_not_mistaken_for_windows_1256()
    {
        var bytes = Encoding.Latin1.GetBytes("café déjà vu à la gare");
        Assert.Equal("news.txt: not valid UTF-8, and not plausible windows-1256 Arabic text either (unknown encoding or binary data)", Error(bytes));
    }

    [Fact]
    public void Double_encoded_utf8_is_rejected()
    {
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes("قال الوزير إن"));
        Assert.StartsWith("news.txt: mojibake", Error(Encoding.UTF8.GetBytes(mojibake)), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_is_an_error()
    {
        Assert.Equal("news.txt: invalid UTF-8 after a UTF-8 byte-order mark", Error([0xEF, 0xBB, 0xBF, 0xC3, 0x28]));
    }

    [Fact]
    public void Odd_length_utf16_is_an_error()
    {
        Assert.Equal("news.txt: invalid UTF-16 LE: odd number of bytes", Error([0xFF, 0xFE, 0x41, 0x00, 0x42]));
    }

    [Fact]
    public void Utf32_is_refused()
    {
        Assert.Equal("news.txt: UTF-32 text is not supported (convert it to UTF-8)", Error([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    }
}
