namespace Isnad.Entities.Tagger;

/// <summary>A sentence with one gold BIO tag per word (see <see cref="BioTags"/>).</summary>
/// <param name="Domain">
/// For training with domain adaptation: <see cref="Domains.General"/> (no adaptation), <see cref="Domains.Target"/>
/// (text like the text the model is for) or <see cref="Domains.Other"/> (more training text of another kind).
/// </param>
public sealed record TaggedSentence(string[] Words, byte[] Tags, byte Domain = Domains.General);

/// <summary>The domains of <see cref="TaggedSentence.Domain"/>.</summary>
public static class Domains
{
    public const byte General = 0;

    public const byte Target = 1;

    public const byte Other = 2;
}
