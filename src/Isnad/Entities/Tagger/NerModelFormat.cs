using System.Text;

namespace Isnad.Entities.Tagger;

/// <summary>
/// The binary model file, little-endian: magic "ISNADNER", format version, tag count, the gazetteer (class names
/// and normalised phrases), the word clusters, then the weights: the transition matrix, the bias of O, a weight scale, and one row per feature (its 64-bit
/// hash, a 9-bit mask of the tags with a non-zero weight, those weights as 16-bit floats, ample for an argmax); then a flag and, if set, the
/// weights of the document stage in the same form. Feature strings are not stored: the
/// extractor recomputes the same hashes.
/// </summary>
internal static class NerModelFormat
{
    public const int Version = 3;

    private static ReadOnlySpan<byte> Magic => "ISNADNER"u8;

    public static void Write(NerModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BioTags.Count);

        var gazetteer = model.Gazetteer;
        writer.Write(gazetteer.ClassNames.Count);
        foreach (var name in gazetteer.ClassNames)
        {
            writer.Write(name);
        }

        writer.Write(gazetteer.Entries.Length);
        foreach (var (phrase, cls) in gazetteer.Entries)
        {
            writer.Write(cls);
            writer.Write(phrase);
        }

        writer.Write(model.Clusters.Entries.Length);
        foreach (var (word, path) in model.Clusters.Entries)
        {
            writer.Write(word);
            writer.Write(path);
        }

        WriteWeights(writer, model);
        writer.Write(model.DocumentStage is not null);
        if (model.DocumentStage is { } stage)
        {
            WriteWeights(writer, stage);
        }
    }

    private static void WriteWeights(BinaryWriter writer, NerModel model)
    {
        foreach (var weight in model.Transitions)
        {
            writer.Write(weight);
        }

        writer.Write(model.OutsideBias);
        var weights = model.Weights;

        // Weights are stored as 16-bit floats times a scale that keeps the largest well inside Half's range.
        var largest = 0f;
        foreach (var weight in weights)
        {
            largest = Math.Max(largest, Math.Abs(weight));
        }

        var scale = Math.Max(1f, largest / 32768f);
        writer.Write(scale);
        writer.Write(model.Hashes.Length);
        for (var row = 0; row < model.Hashes.Length; row++)
        {
            var w = weights.Slice(row * BioTags.Count, BioTags.Count);
            ushort mask = 0;
            for (var t = 0; t < BioTags.Count; t++)
            {
                if (w[t] != 0)
                {
                    mask |= (ushort)(1 << t);
                }
            }

            writer.Write(model.Hashes[row]);
            writer.Write(mask);
            for (var t = 0; t < BioTags.Count; t++)
            {
                if (w[t] != 0)
                {
                    writer.Write((Half)(w[t] / scale));
                }
            }
        }
    }

    public static NerModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return ReadModel(stream);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("NER model file is truncated or not a model.");
        }
    }

    private static NerModel ReadModel(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        Span<byte> magic = stackalloc byte[8];
        reader.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not an Isnad NER model (bad magic).");
        }

        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"NER model format {version} is not supported (this engine reads {Version}).");
        }

        if (reader.ReadInt32() != BioTags.Count)
        {
            throw new InvalidDataException("NER model has a different tag set.");
        }

        var classNames = new string[ReadCount(reader, NerGazetteer.MaxClasses)];
        for (var i = 0; i < classNames.Length; i++)
        {
            classNames[i] = reader.ReadString();
        }

        var entries = new (string, byte)[ReadCount(reader, int.MaxValue)];
        for (var i = 0; i < entries.Length; i++)
        {
            var cls = reader.ReadByte();
            entries[i] = (reader.ReadString(), cls < classNames.Length ? cls : throw new InvalidDataException("Gazetteer class out of range."));
        }

        var clusters = new (string, string)[ReadCount(reader, int.MaxValue)];
        for (var i = 0; i < clusters.Length; i++)
        {
            clusters[i] = (reader.ReadString(), reader.ReadString());
        }

        var extractor = new FeatureExtractor(NerGazetteer.FromStored(classNames, entries), WordClusters.FromStored(clusters));
        var model = ReadWeights(reader, extractor);
        return reader.ReadBoolean() ? model.WithDocumentStage(ReadWeights(reader, extractor)) : model;
    }

    private static NerModel ReadWeights(BinaryReader reader, FeatureExtractor extractor)
    {
        var transitions = new float[ViterbiDecoder.TransitionSize];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var outsideBias = reader.ReadSingle();
        var scale = reader.ReadSingle();
        if (!(scale >= 1f) || float.IsInfinity(scale))
        {
            throw new InvalidDataException("NER model has a bad weight scale.");
        }

        var rows = ReadCount(reader, int.MaxValue / BioTags.Count);
        var hashes = new ulong[rows];
        var weights = new float[rows * BioTags.Count];
        for (var row = 0; row < rows; row++)
        {
            hashes[row] = reader.ReadUInt64();
            var mask = reader.ReadUInt16();
            if (mask >> BioTags.Count != 0)
            {
                throw new InvalidDataException("NER model row has a bad tag mask.");
            }

            for (var t = 0; t < BioTags.Count; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    weights[(row * BioTags.Count) + t] = (float)reader.ReadHalf() * scale;
                }
            }
        }

        return new NerModel(extractor, hashes, weights, transitions, outsideBias);
    }

    private static int ReadCount(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= max ? count : throw new InvalidDataException("NER model has a bad count.");
    }
}
