using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Fact]
    public void Presentation_forms_are_folded_by_compatibility_mapping()
    {
        Assert.Equal("لا", ArabicNormalizer.Key("\uFEFB"));
        Assert.Equal("الله", ArabicNormalizer.Key("\uFDF2"));
        // ﺳﻼﻡ written with isolated and final forms reads سلام.
        Assert.Equal("سلام", ArabicNormalizer.Key("\uFEB3\uFEFC\uFEE1"));
    }

    [Fact]
    public void Full_width_Latin_is_folded_and_lowercased()
    {
        Assert.Equal("abc", ArabicNormalizer.Key("\uFF21\uFF22\uFF23"));
    }

    [Fact]
    public void Diacritics_are_removed_and_hamza_carriers_kept()
    {
        Assert.Equal("مؤتمر", ArabicNormalizer.Key("مُؤتمرٌ"));
        Assert.Equal("رئيس", ArabicNormalizer.Key("رَئِيسُ"));
    }

    [Fact]
    public void Superscript_alef_and_quranic_marks_are_removed()
    {
        Assert.Equal("هذا", ArabicNormalizer.Key("هٰذا"));
        Assert.Equal("قال", ArabicNormalizer.Key("قال\u06D6"));
    }

    [Fact]
    public void Tatweel_is_removed()
    {
        Assert.Equal("قال", ArabicNormalizer.Key("قـــال"));
    }

    [Fact]
    public void Alef_forms_become_bare_alef()
    {
        Assert.Equal("احمد ابراهيم امال الوصل", ArabicNormalizer.Key("أحمد إبراهيم آمال ٱلوصل"));
    }

    [Fact]
    public void Alef_maqsura_becomes_ya()
    {
        Assert.Equal("مصطفي", ArabicNormalizer.Key("مصطفى"));
    }

    [Fact]
    public void Ta_marbuta_becomes_ha()
    {
        Assert.Equal("فاطمه", ArabicNormalizer.Key("فاطمة"));
    }

    [Fact]
    public void Arabic_indic_and_persian_digits_become_ascii()
    {
        Assert.Equal("2015", ArabicNormalizer.Key("٢٠١٥"));
        Assert.Equal("1436", ArabicNormalizer.Key("۱۴۳۶"));
        Assert.Equal("3.5 1,000", ArabicNormalizer.Key("٣٫٥ ١٬٠٠٠"));
    }

    [Fact]
    public void Persian_kaf_and_ya_become_arabic()
    {
        Assert.Equal("كتاب يوم", ArabicNormalizer.Key("کتاب یوم"));
    }

    [Fact]
    public void Latin_is_lowercased()
    {
        Assert.Equal("un école", ArabicNormalizer.Key("UN École"));
    }

    [Fact]
    public void Joiners_and_direction_marks_are_removed()
    {
        Assert.Equal("نعم", ArabicNormalizer.Key("ن\u200Cع\u200Fم"));
    }

    [Fact]
    public void Text_without_foldable_characters_is_unchanged()
    {
        Assert.Equal("سعد 12 ؤ ئ ء", ArabicNormalizer.Key("سعد 12 ؤ ئ ء"));
        Assert.Equal(string.Empty, ArabicNormalizer.Key(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void String_that_is_already_a_key_is_returned_without_copying()
    {
        var key = new string("سعد 12".AsSpan());
        Assert.Same(key, ArabicNormalizer.Key(key));
        Assert.NotSame("سعدى", ArabicNormalizer.Key("سعدى"));
    }

    [Fact]
    public void Fold_normalises_one_character()
    {
        Assert.Equal('\u0627', ArabicNormalizer.Fold('أ'));
        Assert.Equal('\u064A', ArabicNormalizer.Fold('ى'));
        Assert.Equal('7', ArabicNormalizer.Fold('٧'));
        Assert.Equal('\0', ArabicNormalizer.Fold('\u064E'));
        Assert.Equal('b', ArabicNormalizer.Fold('B'));
        Assert.Equal('ؤ', ArabicNormalizer.Fold('ؤ'));
    }

    [Fact]
    public void KeyEquals_compares_keys()
    {
        Assert.True(ArabicNormalizer.KeyEquals("الأمم المتحدة", "الامم المتحده"));
        Assert.True(ArabicNormalizer.KeyEquals("\uFEFB", "لا"));
        Assert.False(ArabicNormalizer.KeyEquals("المؤتمر", "الموتمر"));
    }

    [Fact]
    public void KeyInto_writes_into_a_caller_buffer()
    {
        var text = "مُنَظَّمَة";
        Span<char> buffer = stackalloc char[ArabicNormalizer.MaxKeyLength(text)];
        var length = ArabicNormalizer.KeyInto(text, buffer);
        Assert.Equal("منظمه", buffer[..length].ToString());
    }

    [Fact]
    public void Long_text_beyond_the_stack_buffer_is_normalised()
    {
        var text = string.Concat(Enumerable.Repeat("أُمّة ", 200));
        Assert.Equal(string.Concat(Enumerable.Repeat("امه ", 200)), ArabicNormalizer.Key(text));
    }
}
