using Isnad.Text;

namespace Isnad.Corpus.Text;

/// <summary>A word of the original text (its offsets) with its normalised matching key.</summary>
internal readonly record struct MatchWord(int Start, int End, string Key);

/// <summary>
/// Splits text into words for matching across articles: runs of letters and digits (with the diacritics and tatweel
/// inside them), each keyed by <see cref="ArabicNormalizer"/>. Offsets stay in the original text.
/// </summary>
internal static class MatchWords
{
    public static List<MatchWord> Split(string text)
    {
        var words = new List<MatchWord>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var key = ArabicNormalizer.Key(text.AsSpan(start, i - start));
                if (key.Length > 0)
                {
                    words.Add(new MatchWord(start, i, key));
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>The keys of the words, one space between them: what full-text search indexes and the article id hashes.</summary>
    public static string KeyText(string text) => string.Join(' ', Split(text).Select(w => w.Key));

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || c == '\u200C' || c == '\u200D' ||
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
