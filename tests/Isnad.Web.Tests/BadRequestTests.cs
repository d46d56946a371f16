using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Isnad.Web;

namespace Isnad.Web.Tests;

/// <summary>Every kind of bad request gets problem details with a message naming what was wrong.</summary>
public sealed class BadRequestTests
{
    [Theory]
    [InlineData("{\"text\": ", "the body is not valid JSON: ")]
    [InlineData("[1, 2]", "the JSON body must be an object {\"text\": …, \"url\"?, \"outlet\"?, \"date\"?}")]
    [InlineData("{}", "text: required (the article as a string)")]
    [InlineData("{\"text\": null}", "text: required (the article as a string)")]
    [InlineData("{\"text\": 5}", "text: must be a string, not number")]
    [InlineData("{\"text\": \"قال\", \"outlet\": [\"x\"]}", "outlet: must be a string, not array")]
    [InlineData("{\"text\": \"قال الوزير\", \"date\": \"05/03/2024\"}", "date: '05/03/2024' is not a date YYYY-MM-DD")]
    [InlineData("{\"text\": \"قال الوزير\", \"date\": \"2024-02-30\"}", "date: '2024-02-30' is not a date YYYY-MM-DD")]
    [InlineData("{\"text\": \"  \\n \"}", "the article text is empty")]
    public async Task BadJsonIsRefusedWith400(string body, string detail)
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));

        if (detail.EndsWith(": ", StringComparison.Ordinal))
        {
            // The parser's own words follow the prefix; the prefix is ours.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            return;
        }

        await ProblemAssert.Is(response, HttpStatusCode.BadRequest, detail);
    }

    [Theory]
    [InlineData("/api/analyze", "", "text/plain", "the article text is empty")]
    [InlineData("/api/analyze", "<html><body><script>x()</script><nav>قائمة</nav></body></html>", "text/html", "the HTML has no text to analyse")]
    [InlineData("/api/analyze?date=yesterday", "قال الوزير", "text/plain", "date: 'yesterday' is not a date YYYY-MM-DD")]
    public async Task BadTextOrHtmlIsRefusedWith400(string path, string body, string mediaType, string detail)
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.PostAsync(path, new StringContent(body, Encoding.UTF8, mediaType));
        await ProblemAssert.Is(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task InvalidUtf8IsRefused()
    {
        await using var server = await TestServer.StartAsync();
        var content = new ByteArrayContent([0xD9, 0x82, 0xFF, 0xFE, 0x41]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await server.Client.PostAsync("/api/analyze", content);
        await ProblemAssert.Is(response, HttpStatusCode.BadRequest, "the body is not valid utf-8");
    }

    [Theory]
    [InlineData(null, "no Content-Type: send text/plain, text/html or application/json")]
    [InlineData("image/png", "Content-Type 'image/png' is not accepted: send text/plain, text/html or application/json")]
    [InlineData("text/plain; charset=windows-1256", "charset 'windows-1256' is not accepted: send UTF-8 (or UTF-16LE)")]
    public async Task OtherMediaTypesAre415(string? contentType, string detail)
    {
        await using var server = await TestServer.StartAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("قال الوزير"));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await server.Client.PostAsync("/api/analyze", content);
        await ProblemAssert.Is(response, HttpStatusCode.UnsupportedMediaType, detail);
    }

    [Fact]
    public async Task BodyOverTheLimitIs413WithContentLength()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { MaxBodyBytes = 1000 });
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent(new string('ب', 600), Encoding.UTF8, "text/plain"));
        await ProblemAssert.Is(response, HttpStatusCode.RequestEntityTooLarge, "the body has 1,200 bytes, more than the limit of 1,000");
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIs413()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { MaxBodyBytes = 1000 });
        var content = new StreamContent(new UnknownLengthStream(new byte[5000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await server.Client.SendAsync(request);
        await ProblemAssert.Is(response, HttpStatusCode.RequestEntityTooLarge, "the body is larger than the limit of 1,000 bytes");
    }

    [Fact]
    public async Task AMalformedChunkedBodyIs400()
    {
        await using var server = await TestServer.StartAsync();
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = socket.GetStream();
        var request = $"POST /api/analyze HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: text/plain\r\n" +
                      "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("\"detail\":\"the body could not be read: ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyAtTheLimitIsAccepted()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { MaxBodyBytes = 1000 });
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent(new string('ب', 500), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongMethodIs405()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.GetAsync("/api/analyze");
        await ProblemAssert.Is(response, HttpStatusCode.MethodNotAllowed, "GET /api/analyze is not allowed; use POST");
    }

    [Fact]
    public async Task UnknownPathIs404()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.GetAsync("/api/nothing-here");
        await ProblemAssert.Is(
            response, HttpStatusCode.NotFound, 
            "nothing at GET /api/nothing-here: the API is POST /api/analyze, GET /api/status and the corpus under GET /api/articles, " +
            "/api/sources, /api/anonymity, /api/relays, /api/provenance; the page is at /");
    }

    /// <summary>A stream that does not tell its length, so the client must send it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
