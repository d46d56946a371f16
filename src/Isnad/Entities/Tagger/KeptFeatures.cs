namespace Isnad.Entities.Tagger;

/// <summary>
/// The first pass's features of every sentence of a document, kept for the document stage in two growing buffers that
/// one thread reuses from document to document, so tagging allocates no feature array per sentence.
/// </summary>
internal sealed class KeptFeatures
{
    private ulong[] features = new ulong[1 << 14];
    private int[] starts = new int[1 << 10];
    private int featureCount;
    private int startCount;

    /// <summary>Past this many features (32 MB) the buffers are not worth keeping for the thread's next document.</summary>
    public const int KeepAtMost = 1 << 22;

    public bool Oversized => features.Length > KeepAtMost;

    public void Clear() => (featureCount, startCount) = (0, 0);

    /// <summary>Appends one sentence's features and word starts; returns where each begins.</summary>
    public (int Features, int Starts) Add(ReadOnlySpan<ulong> sentenceFeatures, ReadOnlySpan<int> sentenceStarts)
    {
        Grow(ref features, featureCount + sentenceFeatures.Length);
        Grow(ref starts, startCount + sentenceStarts.Length);
        sentenceFeatures.CopyTo(features.AsSpan(featureCount));
        sentenceStarts.CopyTo(starts.AsSpan(startCount));
        var at = (featureCount, startCount);
        featureCount += sentenceFeatures.Length;
        startCount += sentenceStarts.Length;
        return at;
    }

    public ReadOnlySpan<ulong> Features(int at, int length) => features.AsSpan(at, length);

    public ReadOnlySpan<int> Starts(int at, int length) => starts.AsSpan(at, length);

    private static void Grow<T>(ref T[] buffer, int needed)
    {
        if (needed > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }
    }
}
