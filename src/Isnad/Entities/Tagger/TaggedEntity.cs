using Isnad.Model;

namespace Isnad.Entities.Tagger;

/// <summary>An entity found by the tagger: the indices of its first and last word (inclusive) and its type.</summary>
public readonly record struct TaggedEntity(int FirstWord, int LastWord, EntityType Type)
{
    public int WordCount => LastWord - FirstWord + 1;
}
