using System.Buffers;
using System.Text.RegularExpressions;

namespace Isnad.Entities.Dates;

/// <summary>
/// A date pattern run only around its trigger words instead of over the whole text. Every match of the pattern holds a
/// trigger (a word such as امس or شهر, or a digit) and starts at most <see cref="ChunksBefore"/> white-space separated
/// chunks before the chunk that holds it. So from any position, no match can start before that bound for the next
/// trigger, and the regex is started there (it still sees the whole text, lookbehinds included): the matches are
/// exactly those of <see cref="Regex.Matches(string)"/>, and text without triggers is never scanned by the regex.
/// </summary>
internal sealed class TriggeredRegex
{
    private readonly SearchValues<string>? words;
    private readonly SearchValues<char>? characters;

    /// <param name="regex">The pattern.</param>
    /// <param name="chunksBefore">The most white-space separated chunks the pattern can hold before the one with its trigger.</param>
    /// <param name="triggerWords">Words (folded) one of which every match contains.</param>
    public TriggeredRegex(Regex regex, int chunksBefore, params string[] triggerWords)
    {
        Regex = regex;
        ChunksBefore = chunksBefore;
        words = SearchValues.Create(triggerWords, StringComparison.Ordinal);
    }

    /// <param name="regex">The pattern.</param>
    /// <param name="chunksBefore">The most white-space separated chunks the pattern can hold before the one with its trigger.</param>
    /// <param name="triggerCharacters">Characters one of which every match contains.</param>
    public TriggeredRegex(Regex regex, int chunksBefore, SearchValues<char> triggerCharacters)
    {
        Regex = regex;
        ChunksBefore = chunksBefore;
        characters = triggerCharacters;
    }

    public Regex Regex { get; }

    public int ChunksBefore { get; }

    /// <summary>The matches of <see cref="Regex"/> in <paramref name="text"/>, in order, as <see cref="Regex.Matches(string)"/> gives them.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var rest = text.AsSpan(position);
            var found = words is not null ? rest.IndexOfAny(words) : rest.IndexOfAny(characters!);
            if (found < 0)
            {
                yield break;
            }

            var start = Math.Max(position, ChunkStartBefore(text, position + found, ChunksBefore));
            var match = Regex.Match(text, start);
            if (!match.Success)
            {
                yield break;
            }

            yield return match;
            // As Regex.Matches: go on after the match (one further after an empty one, which these patterns never give).
            position = match.Index + Math.Max(match.Length, 1);
        }
    }

    /// <summary>The start of the chunk holding <paramref name="offset"/>, moved back over <paramref name="chunks"/> more chunks.</summary>
    /// <remarks>char.IsWhiteSpace is the regex class \s: [\f\n\r\t\v\x85\p{Z}].</remarks>
    private static int ChunkStartBefore(string text, int offset, int chunks)
    {
        var i = offset;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        for (var c = 0; c < chunks; c++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return i;
    }
}
