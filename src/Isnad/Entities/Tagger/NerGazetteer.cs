namespace Isnad.Entities.Tagger;

/// <summary>
/// Phrase lists the tagger uses as features: any phrase (one or more words) with a class name such as LOC, ORG,
/// PERS, TITLE, CUE or OUTLET. A word inside a listed phrase gets the features "begins a CLASS phrase" or "inside a
/// CLASS phrase", and its neighbours learn from that too. The lists are stored in the model, because the weights
/// were learnt with them. Phrases are matched by normalised key; a first word may carry و/ف and ب/ك/ل (بالرياض).
/// </summary>
public sealed class NerGazetteer
{
    public const int MaxClasses = 16;

    public const int MaxPhraseWords = 8;

    private readonly string[] _classNames;
    private readonly (string Phrase, byte Class)[] _entries;
    private readonly Dictionary<ulong, ushort> _phraseClasses = [];
    private readonly ulong[] _classHashes;

    private NerGazetteer(string[] classNames, (string Phrase, byte Class)[] entries)
    {
        _classNames = classNames;
        _entries = entries;
        _classHashes = classNames.Select(name => FeatureHash.Of(name)).ToArray();
        Span<char> key = stackalloc char[TaggerText.MaxKeyLength];
        foreach (var (phrase, cls) in entries)
        {
            var hash = FeatureHash.Seed;
            var words = 0;
            foreach (var range in phrase.AsSpan().Split(' '))
            {
                var word = phrase.AsSpan()[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                hash = FeatureHash.Phrase(hash, FeatureHash.Of(word));
                words++;
                if (words == MaxPhraseWords)
                {
                    break;
                }

                // Every proper prefix is present with no class, so matching stops as soon as a prefix is unknown.
                _phraseClasses.TryAdd(hash, 0);
            }

            _phraseClasses.TryGetValue(hash, out var known);
            _phraseClasses[hash] = (ushort)(known | (1 << cls));
        }
    }

    public static NerGazetteer Empty { get; } = new([], []);

    public IReadOnlyList<string> ClassNames => _classNames;

    public int PhraseCount => _entries.Length;

    internal ReadOnlySpan<(string Phrase, byte Class)> Entries => _entries;

    internal ReadOnlySpan<ulong> ClassHashes => _classHashes;

    /// <summary>Builds from phrase → class (for example the gazetteer lexicons, keyed by their normalised phrase).</summary>
    public static NerGazetteer Build(IReadOnlyDictionary<string, string> phraseClasses) => Build((IEnumerable<KeyValuePair<string, string>>)phraseClasses);

    /// <summary>Builds from (phrase, class) pairs; a phrase may appear with several classes.</summary>
    public static NerGazetteer Build(IEnumerable<KeyValuePair<string, string>> phraseClasses)
    {
        ArgumentNullException.ThrowIfNull(phraseClasses);
        var classes = new List<string>();
        var entries = new HashSet<(string, byte)>();
        foreach (var (phrase, className) in phraseClasses)
        {
            var key = NormalizePhrase(phrase);
            if (key.Length == 0 || string.IsNullOrWhiteSpace(className))
            {
                continue;
            }

            var index = classes.IndexOf(className);
            if (index < 0)
            {
                if (classes.Count == MaxClasses)
                {
                    throw new ArgumentException($"At most {MaxClasses} gazetteer classes are supported.", nameof(phraseClasses));
                }

                index = classes.Count;
                classes.Add(className);
            }

            entries.Add((key, (byte)index));
        }

        var ordered = entries.OrderBy(e => e.Item2).ThenBy(e => e.Item1, StringComparer.Ordinal).ToArray();
        return new NerGazetteer([.. classes], ordered);
    }

    /// <summary>The stored (normalised phrase, class name) pairs.</summary>
    public IEnumerable<KeyValuePair<string, string>> Phrases() =>
        _entries.Select(e => new KeyValuePair<string, string>(e.Phrase, _classNames[e.Class]));

    internal static NerGazetteer FromStored(string[] classNames, (string Phrase, byte Class)[] entries) => new(classNames, entries);

    /// <summary>Normalises a phrase word by word; returns "" when nothing letter-like is left.</summary>
    public static string NormalizePhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => TaggerText.Normalize(w))
            .Where(w => w.Length > 0)
            .ToArray();
        if (!words.Any(w => w.Any(char.IsLetter)))
        {
            return "";
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// Marks, per word, the classes of listed phrases that begin at it and that continue through it.
    /// <paramref name="keyHashes"/> are the words' key hashes, <paramref name="bareHashes"/> the same without
    /// conjunction and preposition.
    /// </summary>
    internal void Mark(ReadOnlySpan<ulong> keyHashes, ReadOnlySpan<ulong> bareHashes, Span<ushort> begins, Span<ushort> insides)
    {
        begins[..keyHashes.Length].Clear();
        insides[..keyHashes.Length].Clear();
        if (_entries.Length == 0)
        {
            return;
        }

        for (var start = 0; start < keyHashes.Length; start++)
        {
            MarkFrom(start, FeatureHash.Phrase(FeatureHash.Seed, keyHashes[start]), keyHashes, begins, insides);
            if (bareHashes[start] != keyHashes[start])
            {
                MarkFrom(start, FeatureHash.Phrase(FeatureHash.Seed, bareHashes[start]), keyHashes, begins, insides);
            }
        }
    }

    private void MarkFrom(int start, ulong hash, ReadOnlySpan<ulong> keyHashes, Span<ushort> begins, Span<ushort> insides)
    {
        var end = start;
        while (_phraseClasses.TryGetValue(hash, out var classes))
        {
            if (classes != 0)
            {
                begins[start] |= classes;
                for (var i = start + 1; i <= end; i++)
                {
                    insides[i] |= classes;
                }
            }

            end++;
            if (end == keyHashes.Length || end - start == MaxPhraseWords)
            {
                break;
            }

            hash = FeatureHash.Phrase(hash, keyHashes[end]);
        }
    }
}
