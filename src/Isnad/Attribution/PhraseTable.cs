namespace Isnad.Attributions;

/// <summary>
/// Multi-word lexicon entries keyed by the normalised keys of their words; finds the longest entry starting at a token.
/// Built once, read-only afterwards, so it is safe to share between threads.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirstWord = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string[] words, T value)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (!byFirstWord.TryGetValue(words[0], out var list))
        {
            list = [];
            byFirstWord[words[0]] = list;
        }

        list.Add((words, value));
        // Longest first, so the first full match is the longest.
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        Count++;
    }

    /// <summary>
    /// The longest entry whose first word equals <paramref name="firstKey"/> and whose further words equal the keys
    /// returned by <paramref name="keyAt"/> for the following positions.
    /// </summary>
    public bool TryMatch(string firstKey, Func<int, string?> keyAt, out T value, out int length)
    {
        if (byFirstWord.TryGetValue(firstKey, out var list))
        {
            foreach (var (words, v) in list)
            {
                var ok = true;
                for (var i = 1; i < words.Length && ok; i++)
                {
                    ok = string.Equals(keyAt(i), words[i], StringComparison.Ordinal);
                }

                if (ok)
                {
                    value = v;
                    length = words.Length;
                    return true;
                }
            }
        }

        value = default!;
        length = 0;
        return false;
    }
}
