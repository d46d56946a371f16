using System.Net;
using System.Text.Json;
using Isnad.Web;

namespace Isnad.Web.Tests;

/// <summary>The OpenAPI document and the page's fallback when it is not built.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        await using var server = await TestServer.StartAsync();
        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json"));
        var root = json.RootElement;

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Isnad", root.GetProperty("info").GetProperty("title").GetString());
        var paths = root.GetProperty("paths");
        Assert.Equal(
            ["/api/analyze", "/api/anonymity", "/api/articles", "/api/articles/{id}", "/api/provenance", "/api/relays", "/api/sources", "/api/status"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        var articles = paths.GetProperty("/api/articles").GetProperty("get");
        Assert.Equal("Articles", articles.GetProperty("operationId").GetString());
        Assert.Equal(["from", "outlet", "page", "q", "source", "to"],
            articles.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["200", "400", "401", "404", "503"],
            articles.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["from", "limit", "outlet", "phrase", "to"],
            paths.GetProperty("/api/provenance").GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray());

        var analyze = paths.GetProperty("/api/analyze").GetProperty("post");
        Assert.Equal("Analyze", analyze.GetProperty("operationId").GetString());
        Assert.Equal(
            ["application/json", "text/html", "text/plain"],
            analyze.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(
            ["200", "400", "401", "413", "415", "503"],
            analyze.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        var bodies = analyze.GetProperty("requestBody").GetProperty("content");
        Assert.Equal("string", bodies.GetProperty("text/plain").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("string", bodies.GetProperty("text/html").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/ArticleRequest", bodies.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var request = root.GetProperty("components").GetProperty("schemas").GetProperty("ArticleRequest");
        Assert.Equal(["date", "outlet", "text", "url"], request.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task WithoutABuiltPageTheRootSaysHowToBuildIt()
    {
        var empty = Directory.CreateTempSubdirectory("isnad-web-empty-");
        try
        {
            await using var server = await TestServer.StartAsync(new WebServerOptions { WebRoot = empty.FullName });
            using var response = await server.Client.GetAsync("/");
            await ProblemAssert.Is(
                response, HttpStatusCode.ServiceUnavailable,
                $"no index.html in {empty.FullName}: run `npm ci && npm run build` in web/, then rebuild; the API works without it");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TheBuiltPageIsServedFromTheWebRoot()
    {
        var root = Directory.CreateTempSubdirectory("isnad-web-root-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "index.html"), "<!doctype html><title>صفحة</title>");
            await using var server = await TestServer.StartAsync(new WebServerOptions { WebRoot = root.FullName });
            using var response = await server.Client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("<!doctype html><title>صفحة</title>", await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.Contains("Content-Security-Policy"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
