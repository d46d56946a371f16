namespace Isnad.Text;

/// <summary>Key normaliser for matching only; never used on the text that offsets point into.</summary>
public static class ArabicNormalizer
{
    public static string Key(ReadOnlySpan<char> text) => throw new NotImplementedException();
}
