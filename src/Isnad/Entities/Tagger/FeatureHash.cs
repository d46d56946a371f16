namespace Isnad.Entities.Tagger;

/// <summary>
/// 64-bit hashes for features: a word is hashed once (FNV-1a over its key), and a feature is the mix of a template id
/// with one or two such hashes, so no feature string is ever built.
/// </summary>
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text) => Continue(Seed, text);

    public static ulong Continue(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>A feature of one value under a template.</summary>
    public static ulong Feature(int template, ulong value) => Finish(value ^ ((ulong)template * 0x9E3779B97F4A7C15UL));

    /// <summary>A feature of two values (a word pair, a class and a position) under a template.</summary>
    public static ulong Feature(int template, ulong first, ulong second) =>
        Finish(Finish(first ^ ((ulong)template * 0x9E3779B97F4A7C15UL)) + (second * 0xC2B2AE3D27D4EB4FUL));

    /// <summary>Chains word hashes into a phrase hash (gazetteer entries).</summary>
    public static ulong Phrase(ulong phrase, ulong word) => Finish(phrase + (word * 0x165667B19E3779F9UL));

    // SplitMix64 finaliser: spreads the bits so that nearby inputs give unrelated hashes.
    private static ulong Finish(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
