namespace Isnad.Text;

/// <summary>
/// A read-only set of short strings looked up by span with a cheap hash: the clitic splitter asks it up to three times
/// per Arabic word, where the general-purpose randomized string hash would dominate tokenising time.
/// </summary>
internal sealed class SpanSet
{
    private readonly string?[] slots;
    private readonly int mask;

    // Quick reject before hashing: one bit per (length, last character) pair present in the set. Most lookups miss.
    private readonly ulong[] lengthAndLastChar = new ulong[MaxFilteredLength + 1];
    private const int MaxFilteredLength = 63;

    public SpanSet(IEnumerable<string> items)
    {
        var distinct = new HashSet<string>(items, StringComparer.Ordinal);
        var size = 16;
        while (size < distinct.Count * 4) size <<= 1;
        slots = new string?[size];
        mask = size - 1;
        foreach (var item in distinct)
        {
            var slot = Hash(item) & mask;
            while (slots[slot] is not null) slot = (slot + 1) & mask;
            slots[slot] = item;
            if (item.Length <= MaxFilteredLength)
            {
                lengthAndLastChar[item.Length] |= item.Length == 0 ? 1UL : 1UL << (item[^1] & 63);
            }
        }

        Count = distinct.Count;
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> key)
    {
        if (key.Length <= MaxFilteredLength)
        {
            var bit = key.Length == 0 ? 1UL : 1UL << (key[^1] & 63);
            if ((lengthAndLastChar[key.Length] & bit) == 0) return false;
        }

        var slot = Hash(key) & mask;
        while (true)
        {
            var candidate = slots[slot];
            if (candidate is null) return false;
            if (candidate.Length == key.Length && key.SequenceEqual(candidate)) return true;
            slot = (slot + 1) & mask;
        }
    }

    private static int Hash(ReadOnlySpan<char> key)
    {
        // FNV-1a over UTF-16 code units; the sets are built by the project, so there is no untrusted key to defend against.
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
