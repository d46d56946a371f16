using System.Data.Common;
using System.Globalization;
using Isnad.Corpus.Input;
using Isnad.Corpus.Queries;
using Isnad.Corpus.Store;
using Microsoft.AspNetCore.Http;

namespace Isnad.Web;

/// <summary>
/// The corpus questions over HTTP: the same store code <c>isnad query</c> runs (<see cref="ICorpusStore"/>,
/// <see cref="Provenance"/>, <see cref="ArticleSearch"/>), with the same filters; a bad parameter is a 400 naming it.
/// </summary>
internal static class CorpusEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public static IResult Articles(CorpusAccess corpus, string? q, string? outlet, string? source, string? from, string? to, string? page) =>
        Ask(corpus, store =>
        {
            var number = Integer("page", page, 1);
            var found = ArticleSearch.Find(store, q, source, Filter(outlet, from, to), number);
            return Results.Ok(new ArticleList(number, ArticleSearch.PageSize, found.Total, found.Articles));
        });

    public static IResult Article(CorpusAccess corpus, string id) =>
        Ask(corpus, store => store.AnalysisOf(id) is { } json
            ? Results.Text(json, "application/json; charset=utf-8")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article",
                detail: $"no stored article has the id '{id}' (ids come from GET /api/articles)"));

    public static IResult Sources(CorpusAccess corpus, string? outlet, string? from, string? to, string? limit) =>
        Ask(corpus, store => Results.Ok(store.Sources(Filter(outlet, from, to), Limit(limit))
            .Select(row => new SpeakerCount(row.Speaker, row.Kind, row.Attributions, row.PerOutlet.Select(o => new OutletCount(o.Outlet, o.Count)).ToList()))
            .ToList()));

    public static IResult Anonymity(CorpusAccess corpus, string? outlet, string? from, string? to, string? limit) =>
        Ask(corpus, store =>
        {
            var filter = Filter(outlet, from, to);
            return Results.Ok(store.Anonymity(filter).Take(Limit(limit)).ToList());
        });

    public static IResult Relays(CorpusAccess corpus, string? outlet, string? from, string? to, string? limit) =>
        Ask(corpus, store => Results.Ok(store.Relays(Filter(outlet, from, to), Limit(limit))));

    public static IResult ProvenanceOf(CorpusAccess corpus, string? phrase, string? outlet, string? from, string? to, string? limit) =>
        Ask(corpus, store =>
        {
            if (string.IsNullOrWhiteSpace(phrase))
            {
                throw new InputError("phrase: required (the words to trace, e.g. ?phrase=محطة التحلية)");
            }

            var filter = Filter(outlet, from, to);
            return Results.Ok(Provenance.Find(store, phrase, filter, Limit(limit)));
        });

    private static QueryFilter Filter(string? outlet, string? from, string? to) => QueryFilter.Parse(outlet, from, to, "from", "to");

    private static int Limit(string? limit)
    {
        var value = Integer("limit", limit, DefaultLimit);
        return value <= MaxLimit ? value : throw new InputError($"limit: {value} is more than {MaxLimit}");
    }

    private static int Integer(string name, string? value, int fallback)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw new InputError($"{name}: '{value}' is not a whole number of at least 1");
    }

    /// <summary>Runs a question on the store: no store is a 404, a bad parameter a 400, a failing store a 503.</summary>
    private static IResult Ask(CorpusAccess corpus, Func<ICorpusStore, IResult> question)
    {
        if (corpus.Store is not { } store)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No store",
                detail: "no store is configured: start the server with --db PATH|URL, or where an isnad.db made by 'isnad ingest' is");
        }

        try
        {
            return question(store);
        }
        catch (InputError error)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter", detail: error.Message);
        }
        catch (Exception error) when (error is DbException or StoreError)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable",
                detail: $"the store did not answer: {InputError.OneLine(error.Message)}");
        }
    }
}

/// <summary>The answer of <c>GET /api/articles</c>: one page of matching articles, newest first, and how many match in all.</summary>
internal sealed record ArticleList(int Page, int PageSize, int Total, IReadOnlyList<ArticleSummary> Articles);

/// <summary>A speaker and its attributions, in all and per outlet (largest first).</summary>
internal sealed record SpeakerCount(string Speaker, string Kind, int Attributions, IReadOnlyList<OutletCount> PerOutlet);

/// <summary>How many attributions one outlet carries (the empty string: articles without an outlet).</summary>
internal sealed record OutletCount(string Outlet, int Count);
