namespace Isnad.Entities.Tagger;

/// <summary>
/// Word clusters learnt from unlabelled news: each normalised word has a bit-string path (as in Brown clustering),
/// and its prefixes give features at several granularities, so a rare name shares weight with frequent words that
/// occur in the same contexts. Stored in the model because the weights were learnt with them.
/// </summary>
public sealed class WordClusters
{
    internal static readonly int[] PrefixLengths = [4, 8, 12, 16];

    private readonly Dictionary<ulong, ulong[]> _prefixHashes = [];
    private readonly (string Word, string Path)[] _entries;

    private WordClusters((string Word, string Path)[] entries)
    {
        _entries = entries;
        foreach (var (word, path) in entries)
        {
            var hashes = new ulong[PrefixLengths.Length];
            for (var p = 0; p < PrefixLengths.Length; p++)
            {
                hashes[p] = FeatureHash.Of(path.AsSpan(0, Math.Min(PrefixLengths[p], path.Length)));
            }

            _prefixHashes[FeatureHash.Of(word)] = hashes;
        }
    }

    public static WordClusters Empty { get; } = new([]);

    public int WordCount => _entries.Length;

    internal ReadOnlySpan<(string Word, string Path)> Entries => _entries;

    /// <summary>Builds from word → path pairs; words are normalised as the tagger does.</summary>
    public static WordClusters Build(IEnumerable<KeyValuePair<string, string>> wordPaths)
    {
        ArgumentNullException.ThrowIfNull(wordPaths);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, path) in wordPaths)
        {
            var key = TaggerText.Normalize(word);
            if (key.Length > 0 && path.Length > 0)
            {
                entries.TryAdd(key, path);
            }
        }

        return new WordClusters(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)).ToArray());
    }

    /// <summary>Reads the common text format: one "path word [count]" a line, separated by tabs or spaces.</summary>
    public static WordClusters Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                pairs.Add(new(parts[1], parts[0]));
            }
        }

        return Build(pairs);
    }

    internal static WordClusters FromStored((string Word, string Path)[] entries) => new(entries);

    /// <summary>The prefix hashes of a word's cluster path, or null for a word without cluster.</summary>
    internal ulong[]? Find(ulong keyHash) => _prefixHashes.GetValueOrDefault(keyHash);
}
