using System.Net;
using System.Text.Json;
using Isnad.Web;

namespace Isnad.Web.Tests.Corpus;

/// <summary>The corpus endpoints against a real SQLite store ingested from invented articles: exact answers, filters, bad parameters.</summary>
public sealed class CorpusEndpointTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private const string Valley = CorpusFixture.Valley;
    private const string Coast = CorpusFixture.Coast;

    private static async Task<JsonElement> Get(TestServer server, string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static string Query(string value) => Uri.EscapeDataString(value);

    /// <summary>The names of the listed articles (the fixture's names), in the order listed, and the total.</summary>
    private static (int Total, string[] Names) Listed(JsonElement page) =>
        (page.GetProperty("total").GetInt32(), page.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray());

    [Fact]
    public async Task AllArticlesAreListedNewestFirstWithTheirAttributionCounts()
    {
        await using var server = await corpus.StartServerAsync();
        var page = await Get(server, "/api/articles");

        Assert.Equal((1, 20, 5), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("total").GetInt32()));
        Assert.Equal(
            [
                ("park", "2023-04-06", Coast, 1), ("repairs", "2023-04-05", Valley, 1), ("bridge-copy", "2023-04-04", Coast, 2),
                ("coast-bridge", "2023-04-03", Coast, 1), ("bridge", "2023-04-02", Valley, 2),
            ],
            page.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("name").GetString(), a.GetProperty("date").GetString(),
                a.GetProperty("outlet").GetString(), a.GetProperty("attributions").GetInt32())).ToArray());
        Assert.Equal(corpus.Ids["park"], page.GetProperty("articles")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("q=الجسر", 3, "bridge-copy coast-bridge bridge")]
    [InlineData("q=الجِسْر", 3, "bridge-copy coast-bridge bridge")] // diacritics do not matter
    [InlineData("q=الجسر الجديد&outlet=" + Coast, 2, "bridge-copy coast-bridge")]
    [InlineData("q=الحديقة الجسر", 0, "")] // every word must be there
    [InlineData("from=2023-04-03&to=2023-04-04", 2, "bridge-copy coast-bridge")]
    [InlineData("source=كريم العطار", 3, "bridge-copy coast-bridge bridge")]
    [InlineData("source=بلدية المدينة&q=الحديقة", 1, "park")]
    [InlineData("page=2", 5, "")]
    public async Task SearchFiltersByWordsSourceOutletAndDates(string query, int total, string names)
    {
        await using var server = await corpus.StartServerAsync();
        var escaped = string.Join('&', query.Split('&').Select(p => p.Split('=', 2)).Select(p => p[0] + "=" + Query(p[1])));

        var (listedTotal, listedNames) = Listed(await Get(server, "/api/articles?" + escaped));
        Assert.Equal(total, listedTotal);
        Assert.Equal(names.Split(' ', StringSplitOptions.RemoveEmptyEntries), listedNames);
    }

    [Fact]
    public async Task AnArticleIsItsStoredAnalysis()
    {
        await using var server = await corpus.StartServerAsync();
        var analysis = await Get(server, "/api/articles/" + corpus.Ids["park"]);

        Assert.Equal("isnad/1", analysis.GetProperty("schema").GetString());
        Assert.Equal(CorpusFixture.Articles.Single(a => a.Name == "park").Text, analysis.GetProperty("text").GetString());
        Assert.Equal((Coast, "2023-04-06"), (analysis.GetProperty("meta").GetProperty("outlet").GetString(), analysis.GetProperty("meta").GetProperty("date").GetString()));
        var said = analysis.GetProperty("attributions").EnumerateArray().Single();
        Assert.Equal(("بلدية المدينة", "organization", "الحديقة العامة ستفتح أبوابها يوم الجمعة"),
            (said.GetProperty("source").GetProperty("text").GetString(), said.GetProperty("source").GetProperty("kind").GetString(),
                said.GetProperty("content").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AnUnknownArticleIs404()
    {
        await using var server = await corpus.StartServerAsync();
        using var response = await server.Client.GetAsync(new Uri("/api/articles/0123456789abcdef", UriKind.Relative));

        await ProblemAssert.Is(response, HttpStatusCode.NotFound, "no stored article has the id '0123456789abcdef' (ids come from GET /api/articles)");
    }

    [Fact]
    public async Task SourcesAreTheMostQuotedSpeakersPerOutlet()
    {
        await using var server = await corpus.StartServerAsync();
        var rows = await Get(server, "/api/sources");

        Assert.Equal(
            [
                ("كريم العطار", "person", 5, $"{Coast}:3 {Valley}:2"),
                ("بلدية المدينة", "organization", 1, $"{Coast}:1"),
            ],
            rows.EnumerateArray().Select(r => (r.GetProperty("speaker").GetString(), r.GetProperty("kind").GetString(), r.GetProperty("attributions").GetInt32(),
                string.Join(' ', r.GetProperty("perOutlet").EnumerateArray().Select(o => $"{o.GetProperty("outlet").GetString()}:{o.GetProperty("count").GetInt32()}"))))
                .ToArray());
        var valleyOnly = await Get(server, "/api/sources?outlet=" + Query(Valley) + "&limit=1");
        Assert.Equal(["كريم العطار:2"], valleyOnly.EnumerateArray().Select(r => $"{r.GetProperty("speaker").GetString()}:{r.GetProperty("attributions").GetInt32()}").ToArray());
    }

    [Fact]
    public async Task AnonymityIsTheShareOfAnonymousAttributionsPerOutlet()
    {
        await using var server = await corpus.StartServerAsync();
        var rows = await Get(server, "/api/anonymity");

        Assert.Equal(
            [(Valley, 3, 1, 1.0 / 3), (Coast, 4, 0, 0.0)],
            rows.EnumerateArray().Select(r => (r.GetProperty("outlet").GetString(), r.GetProperty("attributions").GetInt32(),
                r.GetProperty("anonymous").GetInt32(), r.GetProperty("share").GetDouble())).ToArray());
        Assert.Equal(0, (await Get(server, "/api/anonymity?to=2023-04-01")).GetArrayLength());
    }

    [Fact]
    public async Task RelaysAreTheChainAndCopyEdges()
    {
        await using var server = await corpus.StartServerAsync();
        var rows = await Get(server, "/api/relays");

        Assert.Equal(
            [(Coast, Valley, "copy", 1), (Coast, "وكالة أنباء الساحل", "chain", 1)],
            rows.EnumerateArray().Select(r => (r.GetProperty("from").GetString(), r.GetProperty("to").GetString(),
                r.GetProperty("via").GetString(), r.GetProperty("count").GetInt32())).ToArray());
    }

    [Fact]
    public async Task ProvenanceListsEveryArticleCarryingThePhraseEarliestFirst()
    {
        await using var server = await corpus.StartServerAsync();
        var rows = await Get(server, "/api/provenance?phrase=" + Query("الجسر الجديد سيفتح امام السيارات"));

        Assert.Equal(
            [
                ("bridge", "2023-04-02", "كريم العطار", "", 1.0),
                ("coast-bridge", "2023-04-03", "كريم العطار", "وكالة أنباء الساحل", 1.0),
                ("bridge-copy", "2023-04-04", "كريم العطار", "", 1.0),
            ],
            rows.EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("date").GetString(), r.GetProperty("speaker").GetString(),
                r.GetProperty("chain").GetString(), r.GetProperty("match").GetDouble())).ToArray());
        Assert.All(rows.EnumerateArray(), r => Assert.Equal("الجسر الجديد سيفتح أمام السيارات", r.GetProperty("excerpt").GetString()));
        Assert.Equal(corpus.Ids["bridge"], rows[2].GetProperty("cluster").GetString());

        var fromCoast = await Get(server, "/api/provenance?phrase=" + Query("الجسر الجديد") + "&outlet=" + Query(Coast) + "&limit=1");
        Assert.Equal(["coast-bridge"], fromCoast.EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("/api/articles?from=2023-13-01", "from: '2023-13-01' is not a date in the form YYYY-MM-DD")]
    [InlineData("/api/sources?to=yesterday", "to: 'yesterday' is not a date in the form YYYY-MM-DD")]
    [InlineData("/api/articles?page=0", "page: '0' is not a whole number of at least 1")]
    [InlineData("/api/articles?page=two", "page: 'two' is not a whole number of at least 1")]
    [InlineData("/api/articles?page=99999999999", "page: '99999999999' is not a whole number of at least 1")]
    [InlineData("/api/articles?q=%21%21%21", "q: '!!!' has no words to search for")]
    [InlineData("/api/relays?limit=0", "limit: '0' is not a whole number of at least 1")]
    [InlineData("/api/anonymity?limit=5000", "limit: 5000 is more than 1000")]
    [InlineData("/api/provenance", "phrase: required (the words to trace, e.g. ?phrase=محطة التحلية)")]
    [InlineData("/api/provenance?phrase=%20", "phrase: required (the words to trace, e.g. ?phrase=محطة التحلية)")]
    [InlineData("/api/provenance?phrase=%3F%3F", "'??': the phrase has no words")]
    public async Task BadParametersAre400NamingTheParameter(string path, string detail)
    {
        await using var server = await corpus.StartServerAsync();
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.Is(response, HttpStatusCode.BadRequest, detail);
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/abc")]
    [InlineData("/api/sources")]
    [InlineData("/api/anonymity")]
    [InlineData("/api/relays")]
    [InlineData("/api/provenance?phrase=x")]
    public async Task WithoutAStoreTheCorpusEndpointsAre404(string path)
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.Is(response, HttpStatusCode.NotFound,
            "no store is configured: start the server with --db PATH|URL, or where an isnad.db made by 'isnad ingest' is");
    }

    [Fact]
    public async Task AStoreThatDoesNotExistStopsTheServerFromStarting()
    {
        var missing = Path.Combine(corpus.Folder, "missing.db");
        var error = await Assert.ThrowsAsync<WebServerConfigurationException>(() => TestServer.StartAsync(new WebServerOptions { Db = missing }));

        Assert.Equal($"--db: {missing}: no such store (create it with 'isnad ingest … --db {missing}')", error.Message);
        Assert.False(File.Exists(missing));
    }
}
