using Isnad.Model;

namespace Isnad.Web;

/// <summary>
/// The JSON body of <c>POST /api/analyze</c>: the article's text and what is known about it. Also the shape the
/// OpenAPI document describes; the body is read by <see cref="ArticleRequestReader"/>, which names each bad field.
/// </summary>
/// <param name="Text">The article, plain text (required, not empty).</param>
/// <param name="Url">Where it was published; becomes the analysis id.</param>
/// <param name="Outlet">The article's own outlet (never counted as a relay).</param>
/// <param name="Date">Its date, YYYY-MM-DD (resolves relative dates).</param>
internal sealed record ArticleRequest(string Text, string? Url = null, string? Outlet = null, string? Date = null);

/// <summary>A request read and checked: the text to analyse and its meta.</summary>
internal sealed record ArticleInput(string Text, ArticleMeta Meta);
