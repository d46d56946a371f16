namespace Isnad.Entities.Tagger;

/// <summary>
/// Open-addressing map from a 64-bit feature hash to its weight row. The hashes are already well mixed, so the low
/// bits index the table directly; this is the tagger's hot path and is faster than a general dictionary.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>Adds a feature; returns false if it is already there.</summary>
    public bool Add(ulong hash, int row)
    {
        if (Count * 2 >= _keys.Length)
        {
            throw new InvalidOperationException("The feature table is full.");
        }

        hash = hash == 0 ? 1 : hash; // 0 marks an empty slot
        var slot = (int)hash & _mask;
        while (_keys[slot] != 0)
        {
            if (_keys[slot] == hash)
            {
                return false;
            }

            slot = (slot + 1) & _mask;
        }

        _keys[slot] = hash;
        _rows[slot] = row;
        Count++;
        return true;
    }

    /// <summary>The row of a feature, or -1 if the model has none.</summary>
    public int Find(ulong hash)
    {
        hash = hash == 0 ? 1 : hash;
        var slot = (int)hash & _mask;
        while (true)
        {
            var key = _keys[slot];
            if (key == hash)
            {
                return _rows[slot];
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
