using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Isnad.Entities.Tagger;

/// <summary>
/// The tagging-time form of a model's weights: an open-addressing table whose 24-byte slots hold a 32-bit fingerprint
/// of a feature hash together with its nine weights as 16-bit integers (times <see cref="Scale"/>), so looking a
/// feature up and reading its weights touch the same cache line. Tagging speed is bound by these memory reads, not
/// by arithmetic, so the smaller the table the faster the tagger. The slot comes from the hash's low bits and the
/// fingerprint from its high bits: two features are confused only if all 64 bits but the unused middle ones agree.
/// </summary>
internal sealed class WeightTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    public WeightTable(ReadOnlySpan<ulong> hashes, ReadOnlySpan<float> weights)
    {
        var size = 16;
        while (size < hashes.Length * 2)
        {
            size <<= 1;
        }

        var largest = 0f;
        foreach (var weight in weights)
        {
            largest = Math.Max(largest, Math.Abs(weight));
        }

        Scale = largest > 0 ? largest / short.MaxValue : 1f;
        _slots = new Slot[size];
        _mask = size - 1;
        for (var row = 0; row < hashes.Length; row++)
        {
            var fingerprint = Fingerprint(hashes[row]);
            var slot = (int)hashes[row] & _mask;
            while (_slots[slot].Fingerprint != 0 && _slots[slot].Fingerprint != fingerprint)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot].Fingerprint = fingerprint;
            var source = weights.Slice(row * BioTags.Count, BioTags.Count);
            Span<short> target = _slots[slot].Weights;
            for (var t = 0; t < BioTags.Count; t++)
            {
                target[t] = (short)Math.Round(source[t] / Scale);
            }
        }
    }

    /// <summary>The weight of one unit of the stored integers.</summary>
    public float Scale { get; }

    /// <summary>Adds the weights of a feature, if the model has it, in units of <see cref="Scale"/> to <paramref name="sums"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong hash, Span<int> sums)
    {
        var fingerprint = Fingerprint(hash);
        var slot = (int)hash & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Fingerprint == fingerprint)
            {
                ReadOnlySpan<short> w = entry.Weights;
                for (var t = 0; t < BioTags.Count; t++)
                {
                    sums[t] += w[t];
                }

                return;
            }

            if (entry.Fingerprint == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Never 0, which marks an empty slot.
    private static uint Fingerprint(ulong hash) => (uint)(hash >> 32) | 1;

    [StructLayout(LayoutKind.Sequential, Size = 24)]
    private struct Slot
    {
        public uint Fingerprint;
        public WeightRow Weights;
    }

    [InlineArray(BioTags.Count)]
    private struct WeightRow
    {
        private short _element;
    }
}
