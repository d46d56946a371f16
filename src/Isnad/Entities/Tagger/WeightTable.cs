using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Isnad.Entities.Tagger;

/// <summary>
/// The tagging-time form of a model's weights: an open-addressing table whose slots hold a feature hash together with
/// its nine weights, so looking a feature up and reading its weights touch the same memory. Tagging speed is
/// bound by these memory reads, not by arithmetic.
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

        _slots = new Slot[size];
        _mask = size - 1;
        for (var row = 0; row < hashes.Length; row++)
        {
            var hash = hashes[row] == 0 ? 1 : hashes[row]; // 0 marks an empty slot
            var slot = (int)hash & _mask;
            while (_slots[slot].Key != 0 && _slots[slot].Key != hash)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot].Key = hash;
            weights.Slice(row * BioTags.Count, BioTags.Count).CopyTo(_slots[slot].Weights);
        }
    }

    /// <summary>Adds the weights of a feature, if the model has it, to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong hash, Span<float> scores)
    {
        hash = hash == 0 ? 1 : hash;
        var slot = (int)hash & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Key == hash)
            {
                ReadOnlySpan<float> w = entry.Weights;
                for (var t = 0; t < BioTags.Count; t++)
                {
                    scores[t] += w[t];
                }

                return;
            }

            if (entry.Key == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [StructLayout(LayoutKind.Sequential, Size = 48)]
    private struct Slot
    {
        public ulong Key;
        public WeightRow Weights;
    }

    [InlineArray(BioTags.Count)]
    private struct WeightRow
    {
        private float _element;
    }
}
