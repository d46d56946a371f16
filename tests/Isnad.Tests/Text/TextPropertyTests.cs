using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

/// <summary>Text built from the pieces that break text layers: Arabic letters, marks, quotes, punctuation, digits, line breaks, surrogate halves.</summary>
public sealed record MixedText(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}

public static class TextArbitraries
{
    private static readonly string[] Pieces =
    [
        "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ه", "و", "ف", "ل", "ك", "س", "ي", "ى", "ن", "م", "ق", "ال", "لل", "وال", "بال",
        "قال", "قوله", "وأضاف", "للوزير", "سيعلن", "هـ", "د", "ق",
        "\u064E", "\u064B", "\u0651", "\u0670", "\u06D6", "\u0640", "\u200C", "\u200D", "\u200F",
        "«", "»", "“", "”", "„", "\"", "'", "‘", "’", "‹", "›",
        ".", "؟", "?", "!", "،", "؛", ":", "…", "(", ")", "-", ",", "/", "٫", "٬",
        "0", "1", "9", "٣", "۴", "3.5",
        " ", " ", "\n", "\n\n", "\r\n", "\u2029", "\t",
        "\uD83D", "\uDE00", "\uD83D\uDE00", "\uFEFB", "\uFDF2", "\uFB50", "\0", "A", "z", "é", "Ж",
    ];

    public static Arbitrary<MixedText> Mixed() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => new MixedText(string.Concat(parts))).ToArbitrary();
}

[Properties(Arbitrary = [typeof(TextArbitraries)], MaxTest = 400)]
public sealed class TextPropertyTests
{
    [Property]
    public void Decode_returns_or_throws_a_decoding_error(byte[]? bytes)
    {
        try
        {
            TextDecoder.Decode(bytes ?? [], "random.bin");
        }
        catch (TextDecodingException exception)
        {
            Assert.StartsWith("random.bin: ", exception.Message, StringComparison.Ordinal);
        }
    }

    [Property]
    public void Decode_of_utf8_text_without_nul_or_controls_returns_it(MixedText text)
    {
        var value = new string([.. text.Value.Where(c => c >= ' ' && !char.IsSurrogate(c) || c is '\n' or '\r' or '\t')]);
        if (value.Length == 0 || value[0] == '\uFEFF') return;
        Assert.Equal(value, TextDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(value), "t"));
    }

    [Property]
    public void Key_never_throws_and_is_idempotent(MixedText text)
    {
        var key = ArabicNormalizer.Key(text.Value);
        Assert.Equal(key, ArabicNormalizer.Key(key));
    }

    [Property]
    public void Key_of_random_strings_never_throws(string? text) => ArabicNormalizer.Key(text ?? "");

    [Property]
    public void Layer_invariants_hold_on_mixed_text(MixedText text) => CheckInvariants(text.Value);

    [Property]
    public void Layer_invariants_hold_on_random_strings(string? text) => CheckInvariants(text ?? "");

    private static void CheckInvariants(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, "tokens sorted and not overlapping");
            Assert.True(token.Start < token.End && token.End <= text.Length, "token inside the text and not empty");
            Assert.True(token.Start <= token.StemStart && token.StemStart <= token.StemEnd && token.StemEnd <= token.End, "stem inside token");
            Assert.False(char.IsWhiteSpace(text[token.Start]) || char.IsWhiteSpace(text[token.End - 1]), "no white space at token edges");
            if (token.Kind == TokenKind.Arabic) Assert.True(token.StemEnd > token.StemStart, "Arabic stem not empty");
            previousEnd = token.End;
        }

        var quotations = QuotationScanner.Scan(text);
        for (var i = 0; i < quotations.Length; i++)
        {
            var q = quotations[i];
            Assert.True(0 <= q.Start && q.Start < q.End && q.End <= text.Length, "quotation inside the text");
            Assert.True(q.Start < q.InnerStart && q.InnerStart <= q.InnerEnd && q.InnerEnd <= q.End, "inner span inside quotation");
            Assert.Equal(q.OpenMark, text[q.Start]);
            if (q.Closed) Assert.Equal(q.CloseMark, text[q.End - 1]);
            if (i > 0) Assert.True(quotations[i - 1].Start <= q.Start, "quotations sorted by start");
            for (var j = 0; j < i; j++)
            {
                var other = quotations[j];
                Assert.True(other.End <= q.Start || (other.Start <= q.Start && q.End <= other.End), "quotations nest or are disjoint");
            }
        }

        var sentences = SentenceSplitter.Split(text, tokens, quotations);
        var nextToken = 0;
        previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Start >= previousEnd && sentence.Start < sentence.End && sentence.End <= text.Length, "sentences sorted, not overlapping, inside");
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].End, sentence.End);
            nextToken += sentence.TokenCount;
            previousEnd = sentence.End;
        }

        Assert.Equal(tokens.Length, nextToken);
    }
}
