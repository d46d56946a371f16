using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Isnad.Web;

namespace Isnad.Web.Tests;

/// <summary>The Content-Security-Policy, the token, and the refusal to listen beyond loopback without one.</summary>
public sealed class SecurityTests
{
    private const string Token = "s3cret-token-for-tests";

    [Theory]
    [InlineData("/api/status")]
    [InlineData("/api/nothing")]
    [InlineData("/openapi/v1.json")]
    public async Task EveryResponseForbidsInlineScript(string path)
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.Client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task WithATokenARequestWithoutItIs401()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { Token = Token });
        using var response = await server.Client.PostAsync("/api/analyze", new StringContent("قال الوزير", Encoding.UTF8, "text/plain"));

        await ProblemAssert.Is(
            response, HttpStatusCode.Unauthorized,
            "this server needs its token: send 'Authorization: Bearer TOKEN', or open the page once as /?token=TOKEN");
        Assert.Equal(0, server.Server.Counters.Completed);
    }

    [Fact]
    public async Task AWrongTokenIs401()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { Token = Token });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheBearerTokenLetsARequestThrough()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { Token = Token });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze")
        {
            Content = new StringContent("وقال الوزير إن الاجتماع انتهى.", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheTokenInTheAddressBecomesACookieAndLeavesTheAddress()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { Token = Token });
        using var first = await server.Client.GetAsync($"/api/status?token={Token}");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/api/status", first.Headers.Location?.OriginalString);
        var cookie = first.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith($"{TokenGate.CookieName}={Token}; ", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Add("Cookie", $"{TokenGate.CookieName}={Token}");
        using var second = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task ATokenInThePostAddressIsNoSubstituteForTheHeader()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { Token = Token });
        using var response = await server.Client.PostAsync($"/api/analyze?token={Token}", new StringContent("قال الوزير", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.0.2.7:5080")]
    [InlineData("http://127.0.0.1:5080;http://example.org:5080")]
    public async Task BeyondLoopbackWithoutATokenTheServerRefusesToStart(string urls)
    {
        var options = new WebServerOptions { Urls = urls.Split(';') };
        var error = await Assert.ThrowsAsync<WebServerConfigurationException>(
            () => IsnadWebServer.StartAsync(options, TestServer.Pipeline, CancellationToken.None));
        Assert.Equal($"--urls {urls}: listening beyond loopback needs a token (--token or ISNAD_TOKEN)", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.8.9.10:80", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("https://LOCALHOST", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://[::1]", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://10.0.0.2:5080/base", false)]
    [InlineData("http://localhost.example.org:5080", false)]
    public void LoopbackIsRecognised(string url, bool loopback) => Assert.Equal(loopback, BindingPolicy.IsLoopback(url));

    [Theory]
    [InlineData("127.0.0.1:5080", "--urls: '127.0.0.1:5080' is not a URL like http://127.0.0.1:5080")]
    [InlineData("http://:5080", "--urls: 'http://:5080' has no host")]
    [InlineData("https://127.0.0.1:5443", "--urls https://127.0.0.1:5443: only http:// is served; put a TLS proxy in front to offer https")]
    public async Task MalformedUrlsAreRefused(string url, string message)
    {
        var error = await Assert.ThrowsAsync<WebServerConfigurationException>(
            () => IsnadWebServer.StartAsync(new WebServerOptions { Urls = [url] }, TestServer.Pipeline, CancellationToken.None));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task AZeroBodyLimitIsRefused()
    {
        var error = await Assert.ThrowsAsync<WebServerConfigurationException>(
            () => IsnadWebServer.StartAsync(new WebServerOptions { MaxBodyBytes = 0 }, TestServer.Pipeline, CancellationToken.None));
        Assert.Equal("--max-body: must be at least 1 byte", error.Message);
    }
}
