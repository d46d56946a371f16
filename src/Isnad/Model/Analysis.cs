using Isnad.Text;

namespace Isnad.Model;

/// <summary>The result of analysing one article (schema <c>isnad/1</c>). Immutable.</summary>
/// <param name="Engine">What produced it (version, lexicon and model hashes); null for an analysis built by hand.</param>
public sealed record Analysis(
    string Text,
    ArticleMeta Meta,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Quotation> Quotations,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Attribution> Attributions,
    EngineInfo? Engine = null)
{
    public const string Schema = "isnad/1";
}
