using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Isnad.Web;

/// <summary>Problem details with a detail that says what to do, for errors no endpoint wrote a body for (404, 405, …).</summary>
internal static class StatusProblems
{
    public static Task Write(StatusCodeContext statusContext)
    {
        var context = statusContext.HttpContext;
        var request = context.Request;
        var status = context.Response.StatusCode;
        var where = $"{request.Method} {request.Path}";
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"nothing at {where}: the API is POST /api/analyze, GET /api/status and the corpus under GET /api/articles, /api/sources, /api/anonymity, /api/relays, /api/provenance; the page is at /",
            StatusCodes.Status405MethodNotAllowed => $"{where} is not allowed; use {context.Response.Headers.Allow}",
            // Routing refuses a media type the endpoint does not declare before the endpoint sees it.
            StatusCodes.Status415UnsupportedMediaType => ArticleRequestReader.NotAccepted(
                MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.MediaType.Value!.ToLowerInvariant() : request.ContentType ?? ""),
            _ => null,
        };
        return Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
    }
}
