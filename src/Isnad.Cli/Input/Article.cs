using Isnad.Model;

namespace Isnad.Cli.Input;

/// <summary>One text to analyse, the name it is reported under (a path, <c>path:line</c>, or an article id) and its meta.</summary>
internal sealed record Article(string Name, string Text, ArticleMeta Meta);
