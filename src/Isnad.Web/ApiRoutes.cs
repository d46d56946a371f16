using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Isnad.Web;

/// <summary>The API's routes and what the OpenAPI document says about them.</summary>
internal static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");

        api.MapPost("/analyze", AnalyzeEndpoint.Handle)
            .WithName("Analyze")
            .WithTags("analysis")
            .WithSummary("Analyse one article")
            .WithDescription(
                "The body is the article: text/plain, text/html (its main text is extracted: the first <article>, else " +
                "<main>, else <body>, without scripts, navigation, headers and footers) or application/json " +
                "{text, url?, outlet?, date?}. For text and HTML the query string may give ?outlet=&date=YYYY-MM-DD&url=. " +
                "Answers the isnad/1 JSON (docs/schema.md). The analysis stops when the client disconnects.")
            .Accepts<ArticleRequest>("application/json", "text/plain", "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/status", (Pipeline pipeline, AnalysisCounters counters, WebServerOptions options) => Results.Ok(new ServerStatus(
                new EngineStatus(pipeline.Engine.Version, pipeline.Engine.Build, pipeline.Engine.Model, pipeline.Engine.Lexicons, pipeline.Engine.Fingerprint),
                pipeline.HasEntities,
                options.MaxBodyBytes,
                new AnalysisCount(counters.Completed, counters.Cancelled, counters.Running))))
            .WithName("Status")
            .WithTags("server")
            .WithSummary("The engine this server runs and how many analyses it finished or stopped")
            .Produces<ServerStatus>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        MapCorpus(api);
    }

    private const string Filters =
        " Filters: outlet (one outlet), from and to (YYYY-MM-DD, inclusive). Without a store the answer is 404 (no store is configured).";

    private static void MapCorpus(RouteGroupBuilder api)
    {
        Corpus(api.MapGet("/articles", CorpusEndpoints.Articles), "Articles", "Search the stored articles",
            "q: words every article must hold (full-text search; diacritics and letter variants do not matter); source: a speaker " +
            "the article quotes, named as /api/sources names it; page: 1, 2, … (20 articles a page), newest first." + Filters)
            .Produces<ArticleList>();
        Corpus(api.MapGet("/articles/{id}", CorpusEndpoints.Article), "Article", "One stored article's isnad/1 analysis", "id: as in GET /api/articles.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        Corpus(api.MapGet("/sources", CorpusEndpoints.Sources), "Sources", "The most-quoted speakers, with their counts per outlet",
            "limit: at most this many speakers (default 50)." + Filters)
            .Produces<List<SpeakerCount>>();
        Corpus(api.MapGet("/anonymity", CorpusEndpoints.Anonymity), "Anonymity", "Per outlet, the share of attributions resting on anonymous sources",
            "Highest share first; limit: at most this many outlets (default 50)." + Filters)
            .Produces<List<Isnad.Corpus.Store.AnonymityRow>>();
        Corpus(api.MapGet("/relays", CorpusEndpoints.Relays), "Relays", "The relay network between outlets and agencies",
            "Edges from → to: via chain (from passes on what to said) or via copy (from reprints to's article); limit: at most this many edges (default 50)." + Filters)
            .Produces<List<Isnad.Corpus.Store.RelayEdge>>();
        Corpus(api.MapGet("/provenance", CorpusEndpoints.ProvenanceOf), "Provenance", "Every article carrying a phrase, earliest first",
            "phrase (required): the words to trace; a phrase of four words or more matches a passage missing one. limit: at most this many articles (default 50)." + Filters)
            .Produces<List<Isnad.Corpus.Store.ProvenanceRow>>();
    }

    private static RouteHandlerBuilder Corpus(RouteHandlerBuilder route, string name, string summary, string description) =>
        route.WithName(name)
            .WithTags("corpus")
            .WithSummary(summary)
            .WithDescription(description)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A text or HTML body is the article itself, a string; only the JSON body has the <see cref="ArticleRequest"/> shape.</summary>
    public static Task DescribeTextBodies(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content is { } content)
        {
            foreach (var mediaType in new[] { "text/plain", "text/html" })
            {
                if (content.TryGetValue(mediaType, out var body) && body is OpenApiMediaType editable)
                {
                    editable.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The article, UTF-8 (or charset=utf-16le)." };
                }
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>The answer of <c>GET /api/status</c>.</summary>
internal sealed record ServerStatus(EngineStatus Engine, bool Entities, long MaxBodyBytes, AnalysisCount Analyses);

/// <summary>The engine's version and hashes, as in the <c>engine</c> object of isnad/1.</summary>
internal sealed record EngineStatus(string Version, string Build, string? Model, string Lexicons, string Fingerprint);

/// <summary>Analyses finished, stopped because their client went away, and running now.</summary>
internal sealed record AnalysisCount(long Completed, long Cancelled, long Running);
