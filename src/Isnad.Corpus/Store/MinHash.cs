using System.Buffers.Binary;

namespace Isnad.Corpus.Store;

/// <summary>
/// MinHash signatures over word shingles (5 normalised words): two articles' signatures agree in about the share of
/// positions that equals the Jaccard similarity of their shingle sets. 64 positions, each the minimum of a shingle hash
/// mixed with a fixed seed.
/// </summary>
internal static class MinHash
{
    public const int Size = 64;
    public const int ShingleWords = 5;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static ulong[] Signature(IReadOnlyList<string> keys)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        var shingles = Math.Max(1, keys.Count - ShingleWords + 1);
        for (var i = 0; i < shingles && keys.Count > 0; i++)
        {
            var hash = ShingleHash(keys, i, Math.Min(keys.Count, i + ShingleWords));
            for (var k = 0; k < Size; k++)
            {
                var mixed = Mix(hash ^ Seeds[k]);
                if (mixed < signature[k])
                {
                    signature[k] = mixed;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of positions where two signatures agree: an estimate of the Jaccard similarity.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            if (a[k] == b[k])
            {
                same++;
            }
        }

        return (double)same / Size;
    }

    public static byte[] ToBytes(IReadOnlyList<ulong> signature)
    {
        var bytes = new byte[signature.Count * 8];
        for (var k = 0; k < signature.Count; k++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(k * 8), signature[k]);
        }

        return bytes;
    }

    public static ulong[] FromBytes(byte[] bytes)
    {
        var signature = new ulong[bytes.Length / 8];
        for (var k = 0; k < signature.Length; k++)
        {
            signature[k] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(k * 8));
        }

        return signature;
    }

    /// <summary>FNV-1a (64-bit) over the shingle's words and a separator after each.</summary>
    private static ulong ShingleHash(IReadOnlyList<string> keys, int from, int to)
    {
        var hash = 0xcbf29ce484222325UL;
        for (var j = from; j < to; j++)
        {
            foreach (var c in keys[j])
            {
                hash = (hash ^ c) * 0x100000001b3UL;
            }

            hash = (hash ^ ' ') * 0x100000001b3UL;
        }

        return hash;
    }

    // SplitMix64 finaliser: a fixed, well-spread bijection, so signatures are the same on every machine and run.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var k = 0; k < Size; k++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(state);
        }

        return seeds;
    }
}
