using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Isnad.Web.Tests;

/// <summary>POST /api/analyze with good input of each media type: the isnad/1 answer, exact spans.</summary>
public sealed class AnalyzeEndpointTests
{
    private static readonly string Article = TestServer.Sample("bridge-opening.txt");

    [Fact]
    public async Task PlainTextGivesTheIsnadJsonWithEveryAttribution()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent(Article, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("isnad/1", root.GetProperty("schema").GetString());
        Assert.Equal(Article, root.GetProperty("text").GetString());
        var attributions = root.GetProperty("attributions").EnumerateArray().ToList();
        Assert.Equal(3, attributions.Count);

        AssertSpan(attributions[0].GetProperty("cue"), 96, 100, "وقال");
        AssertSpan(attributions[0].GetProperty("source"), 101, 133, "رئيس البلدية المهندس خالد العمري");
        Assert.Equal("person", attributions[0].GetProperty("source").GetProperty("kind").GetString());
        AssertSpan(attributions[0].GetProperty("content"), 138, 174, "الجسر سيختصر طريق الطلاب إلى المدارس");
        Assert.Equal("direct", attributions[0].GetProperty("content").GetProperty("form").GetString());

        AssertSpan(attributions[1].GetProperty("source"), 184, 190, "العمري");
        AssertSpan(attributions[1].GetProperty("source").GetProperty("resolved"), 101, 133, "رئيس البلدية المهندس خالد العمري");

        AssertSpan(attributions[2].GetProperty("cue"), 230, 235, "ونقلت");
        AssertSpan(attributions[2].GetProperty("source"), 251, 266, "مصدر في البلدية");
        Assert.Equal("anonymous", attributions[2].GetProperty("source").GetProperty("kind").GetString());
        var chain = attributions[2].GetProperty("chain").EnumerateArray().Single();
        AssertSpan(chain, 236, 247, "صحيفة الضحى");
        Assert.Equal("outlet", chain.GetProperty("kind").GetString());
        Assert.Equal(1, server.Server.Counters.Completed);
    }

    [Fact]
    public async Task JsonBodyCarriesOutletDateAndUrlIntoMeta()
    {
        await using var server = await TestServer.StartAsync();
        var body = JsonSerializer.Serialize(new { text = Article, url = "https://example.org/a/1", outlet = "الضحى", date = "2024-03-05" });
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var meta = json.RootElement.GetProperty("meta");
        Assert.Equal("https://example.org/a/1", meta.GetProperty("id").GetString());
        Assert.Equal("الضحى", meta.GetProperty("outlet").GetString());
        Assert.Equal("2024-03-05", meta.GetProperty("date").GetString());
        // The article's own outlet is never a relay: the third statement now reaches the reader directly.
        var third = json.RootElement.GetProperty("attributions")[2];
        Assert.Equal(0, third.GetProperty("chain").GetArrayLength());
    }

    [Fact]
    public async Task QueryStringGivesMetaForPlainText()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.PostAsync(
            "/api/analyze?outlet=%D8%A7%D9%84%D8%B6%D8%AD%D9%89&date=2024-03-05",
            new StringContent(Article, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var meta = json.RootElement.GetProperty("meta");
        Assert.Equal("الضحى", meta.GetProperty("outlet").GetString());
        Assert.Equal("2024-03-05", meta.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task HtmlBodyIsReducedToTheArticleText()
    {
        await using var server = await TestServer.StartAsync();
        var html = """
            <!doctype html><html><head><title>t</title><script>var x = 1;</script></head>
            <body><nav>الرئيسية | أخبار</nav>
            <article><h1>جسر للمشاة</h1>
            <p>وقال رئيس البلدية المهندس خالد العمري إن "الجسر سيختصر طريق الطلاب إلى المدارس".</p>
            <script>alert(1)</script></article>
            <footer>جميع الحقوق محفوظة</footer></body></html>
            """;
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent(html, Encoding.UTF8, "text/html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            "جسر للمشاة\n\nوقال رئيس البلدية المهندس خالد العمري إن \"الجسر سيختصر طريق الطلاب إلى المدارس\".",
            json.RootElement.GetProperty("text").GetString());
        var attribution = json.RootElement.GetProperty("attributions").EnumerateArray().Single();
        AssertSpan(attribution.GetProperty("source"), 17, 49, "رئيس البلدية المهندس خالد العمري");
    }

    [Fact]
    public async Task Utf16BodyWithCharsetIsDecoded()
    {
        await using var server = await TestServer.StartAsync();
        var content = new ByteArrayContent(Encoding.Unicode.GetBytes(Article));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-16le" };
        using var response = await server.Client.PostAsync("/api/analyze", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Article, json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task StatusNamesTheEngineAndCountsAnalyses()
    {
        await using var server = await TestServer.StartAsync();
        using (await server.Client.PostAsync("/api/analyze", new StringContent(Article, Encoding.UTF8, "text/plain")))
        {
        }

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/status"));
        var root = json.RootElement;
        Assert.Equal(TestServer.Pipeline.Engine.Fingerprint, root.GetProperty("engine").GetProperty("fingerprint").GetString());
        Assert.Equal(TestServer.Pipeline.Engine.Version, root.GetProperty("engine").GetProperty("version").GetString());
        Assert.True(root.GetProperty("entities").GetBoolean());
        Assert.Equal(2 * 1024 * 1024, root.GetProperty("maxBodyBytes").GetInt64());
        Assert.Equal(1, root.GetProperty("analyses").GetProperty("completed").GetInt64());
        Assert.Equal(0, root.GetProperty("analyses").GetProperty("cancelled").GetInt64());
        Assert.Equal(0, root.GetProperty("analyses").GetProperty("running").GetInt64());
    }

    internal static void AssertSpan(JsonElement span, int start, int end, string text)
    {
        Assert.Equal(start, span.GetProperty("start").GetInt32());
        Assert.Equal(end, span.GetProperty("end").GetInt32());
        Assert.Equal(text, span.GetProperty("text").GetString());
    }
}
