using System.Globalization;
using System.Text;

namespace Isnad.Tests.Specs;

/// <summary>
/// The name comparison of ANNOTATION.md §3, written independently of the engine so the tests do not trust it:
/// diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه, quotes and punctuation dropped, spaces collapsed.
/// </summary>
internal static class NameMatcher
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsDiacritic(c) || c == '\u0640')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>True when one of the acceptable names is contained, normalised, in one of the candidate texts.</summary>
    public static bool AnyContained(IEnumerable<string> names, IEnumerable<string?> candidates)
    {
        var normalizedCandidates = candidates.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Normalize(c!)).ToList();
        return names.Select(Normalize).Any(name => normalizedCandidates.Any(c => c.Contains(name, StringComparison.Ordinal)));
    }

    private static bool IsDiacritic(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
