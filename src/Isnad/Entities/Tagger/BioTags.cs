using Isnad.Model;

namespace Isnad.Entities.Tagger;

/// <summary>
/// The nine BIO tags over PER, ORG, LOC and MISC as bytes: 0 is O, B-type is 1 + 2·type, I-type is 2 + 2·type, where
/// type is the <see cref="EntityType"/> value. A byte per word keeps tagging allocation-free.
/// </summary>
public static class BioTags
{
    public const int Count = 9;

    public const byte Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static byte Begin(EntityType type) => (byte)(1 + (2 * (int)CheckType(type)));

    public static byte Inside(EntityType type) => (byte)(2 + (2 * (int)CheckType(type)));

    public static bool IsBegin(byte tag) => tag is > 0 and < Count && (tag & 1) == 1;

    public static bool IsInside(byte tag) => tag is > 0 and < Count && (tag & 1) == 0;

    /// <summary>The entity type of a B- or I- tag.</summary>
    public static EntityType TypeOf(byte tag) =>
        tag is > 0 and < Count ? (EntityType)((tag - 1) >> 1) : throw new ArgumentOutOfRangeException(nameof(tag), tag, "O has no type.");

    public static string Name(byte tag) =>
        tag < Count ? Names[tag] : throw new ArgumentOutOfRangeException(nameof(tag), tag, "Not a BIO tag.");

    /// <summary>
    /// Reads a corpus label: O, B-/I- with PER or PERS, ORG, LOC, MISC or MIS (ANERcorp and AQMAR spellings).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> label, out byte tag)
    {
        tag = Outside;
        if (label.Equals("O", StringComparison.Ordinal))
        {
            return true;
        }

        if (label.Length < 3 || label[1] != '-' || (label[0] != 'B' && label[0] != 'I'))
        {
            return false;
        }

        EntityType type;
        var name = label[2..];
        if (name.Equals("PER", StringComparison.Ordinal) || name.Equals("PERS", StringComparison.Ordinal))
        {
            type = EntityType.PER;
        }
        else if (name.Equals("ORG", StringComparison.Ordinal))
        {
            type = EntityType.ORG;
        }
        else if (name.Equals("LOC", StringComparison.Ordinal))
        {
            type = EntityType.LOC;
        }
        else if (name.Equals("MISC", StringComparison.Ordinal) || name.Equals("MIS", StringComparison.Ordinal))
        {
            type = EntityType.MISC;
        }
        else
        {
            return false;
        }

        tag = label[0] == 'B' ? Begin(type) : Inside(type);
        return true;
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>; null means sentence start.</summary>
    public static bool IsAllowed(byte? previous, byte next)
    {
        if (!IsInside(next))
        {
            return true;
        }

        return previous is { } p && p != Outside && TypeOf(p) == TypeOf(next);
    }

    /// <summary>
    /// Entities in a tag sequence, read as seqeval does by default: a chunk starts at a B-, or at an I- that does not
    /// continue a chunk of its type, and ends before O, B- or a change of type.
    /// </summary>
    public static List<TaggedEntity> Entities(ReadOnlySpan<byte> tags)
    {
        var entities = new List<TaggedEntity>();
        var start = -1;
        var type = EntityType.PER;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            var continues = start >= 0 && IsInside(tag) && TypeOf(tag) == type;
            if (continues)
            {
                continue;
            }

            if (start >= 0)
            {
                entities.Add(new TaggedEntity(start, i - 1, type));
                start = -1;
            }

            if (tag != Outside)
            {
                start = i;
                type = TypeOf(tag);
            }
        }

        if (start >= 0)
        {
            entities.Add(new TaggedEntity(start, tags.Length - 1, type));
        }

        return entities;
    }

    private static EntityType CheckType(EntityType type) =>
        type is >= EntityType.PER and <= EntityType.MISC ? type : throw new ArgumentOutOfRangeException(nameof(type), type, "The tagger knows PER, ORG, LOC and MISC.");
}
