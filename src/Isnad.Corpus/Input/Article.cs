using Isnad.Model;

namespace Isnad.Corpus.Input;

/// <summary>What a reader yields: an article to analyse, or an input it had to refuse (with the reason).</summary>
internal abstract record InputItem(string Name);

/// <summary>
/// One text to analyse, the name it is reported under (a path, <c>path:line</c>, a URL or an article id), its meta and,
/// where the input gives them, its title, author and address.
/// </summary>
internal sealed record Article(string Name, string Text, ArticleMeta Meta, string? Title = null, string? Author = null, string? Url = null)
    : InputItem(Name);

/// <summary>An input that is not an article (a malformed line, an undecodable or empty file) and why.</summary>
internal sealed record RejectedInput(string Name, string Reason) : InputItem(Name);
