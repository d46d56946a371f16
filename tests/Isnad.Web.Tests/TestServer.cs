using Isnad.Web;

namespace Isnad.Web.Tests;

/// <summary>A real Kestrel server on a random loopback port, with an HttpClient pointed at it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private TestServer(IsnadWebServer server, Uri address)
    {
        Server = server;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    public IsnadWebServer Server { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>The engine, loaded once for all tests (it is thread-safe).</summary>
    public static Pipeline Pipeline => Pipeline.Default;

    public static async Task<TestServer> StartAsync(WebServerOptions? options = null)
    {
        options = (options ?? new WebServerOptions()) with { Urls = ["http://127.0.0.1:0"] };
        var server = await IsnadWebServer.StartAsync(options, Pipeline, CancellationToken.None);
        return new TestServer(server, new Uri(server.Addresses.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));
}
