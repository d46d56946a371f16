namespace Isnad.Entities.Tagger;

/// <summary>A sentence with one gold BIO tag per word (see <see cref="BioTags"/>).</summary>
public sealed record TaggedSentence(string[] Words, byte[] Tags);
