using Isnad.Text;

namespace Isnad.Model;

/// <summary>The result of analysing one article (schema <c>isnad/1</c>). Immutable.</summary>
public sealed record Analysis(
    string Text,
    ArticleMeta Meta,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Quotation> Quotations,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Attribution> Attributions)
{
    public const string Schema = "isnad/1";
}
