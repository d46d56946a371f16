using System.Text;
using Isnad.Text;

namespace Isnad.Entities.Dates;

/// <summary>
/// A text folded character by character with <see cref="ArabicNormalizer.Fold"/> (diacritics and tatweel dropped, alef
/// forms, ى and ة folded, digits made ASCII), with a map back to the original offsets so matches on the folded text
/// become spans of the original.
/// </summary>
internal sealed class FoldedText
{
    private readonly string original;
    private readonly int[] map;

    public FoldedText(string text)
    {
        original = text;
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var folded = ArabicNormalizer.Fold(text[i]);
            if (folded != '\0')
            {
                builder.Append(folded);
                offsets.Add(i);
            }
        }

        Value = builder.ToString();
        map = [.. offsets];
    }

    /// <summary>The folded text that patterns run on.</summary>
    public string Value { get; }

    /// <summary>The span of the original text behind folded characters [start, end), with the diacritics of its last letter.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        var originalStart = map[start];
        var originalEnd = map[end - 1] + 1;
        while (originalEnd < original.Length && CharClass.IsDiacriticOrTatweel(original[originalEnd]))
        {
            originalEnd++;
        }

        return new TextSpan(originalStart, originalEnd);
    }
}
