using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Isnad.Web;

/// <summary>
/// The Isnad server on Kestrel: the API under <c>/api</c>, the OpenAPI document at <c>/openapi/v1.json</c> and the
/// page from <see cref="WebServerOptions.WebRoot"/>. Started by <c>isnad serve</c> and, on a random loopback port, by
/// the tests.
/// </summary>
internal sealed class IsnadWebServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private IsnadWebServer(WebApplication app, AnalysisCounters counters)
    {
        this.app = app;
        Counters = counters;
    }

    public AnalysisCounters Counters { get; }

    /// <summary>The addresses Kestrel really listens on (with the port it chose for <c>:0</c>).</summary>
    public IReadOnlyList<string> Addresses =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>Checks the options, builds the app and starts listening. Throws <see cref="WebServerConfigurationException"/> for bad options.</summary>
    public static async Task<IsnadWebServer> StartAsync(WebServerOptions options, Pipeline pipeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        Validate(options);
        var counters = new AnalysisCounters();
        var corpus = CorpusAccess.Open(options.Db);
        try
        {
            var app = Build(options, pipeline, counters, corpus);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new IsnadWebServer(app, counters);
        }
        catch
        {
            corpus.Dispose();
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await app.StopAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync() => await app.DisposeAsync().ConfigureAwait(false);

    private static void Validate(WebServerOptions options)
    {
        if (options.Urls.Count == 0)
        {
            throw new WebServerConfigurationException("--urls: give at least one address, e.g. http://127.0.0.1:5080");
        }

        foreach (var url in options.Urls)
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && url.Contains("://", StringComparison.Ordinal))
            {
                throw new WebServerConfigurationException(
                    $"--urls {url}: only http:// is served; put a TLS proxy in front to offer https");
            }

            try
            {
                BindingPolicy.HostOf(url);
            }
            catch (FormatException exception)
            {
                throw new WebServerConfigurationException($"--urls: {exception.Message}");
            }
        }

        if (options.MaxConcurrentAnalyses < 1 || options.MaxWaitingAnalyses < 0)
        {
            throw new WebServerConfigurationException("at least one analysis must be allowed to run, and the waiting limit cannot be negative");
        }

        if (options.MaxBodyBytes < 1)
        {
            throw new WebServerConfigurationException("--max-body: must be at least 1 byte");
        }

        if (string.IsNullOrEmpty(options.Token) && !BindingPolicy.IsLoopbackOnly(options.Urls))
        {
            throw new WebServerConfigurationException(
                $"--urls {string.Join(';', options.Urls)}: listening beyond loopback needs a token (--token or ISNAD_TOKEN)");
        }
    }

    private static WebApplication Build(WebServerOptions options, Pipeline pipeline, AnalysisCounters counters, CorpusAccess corpus)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failure to start (address in use) is reported once, by the caller, without the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(counters);
        builder.Services.AddSingleton(options);
        // Disposed with the app: the store closes when the server stops.
        builder.Services.AddSingleton(_ => corpus);
        builder.Services.AddSingleton(new AnalysisGate(options.MaxConcurrentAnalyses, options.MaxWaitingAnalyses));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Isnad";
                document.Info.Description = "Who said it, and through whom: attributions and relay chains in Arabic news (isnad/1 JSON).";
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer(ApiRoutes.DescribeTextBodies);
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusProblems.Write);
        app.Use(SecurityHeaders.Apply);
        if (!string.IsNullOrEmpty(options.Token))
        {
            app.Use(new TokenGate(options.Token).Apply);
        }

        var pageBuilt = File.Exists(Path.Combine(options.WebRoot, "index.html"));
        if (pageBuilt)
        {
            var files = new PhysicalFileProvider(options.WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        else
        {
            app.MapGet("/", () => Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Page not built",
                detail: $"no index.html in {options.WebRoot}: run `npm ci && npm run build` in web/, then rebuild; the API works without it"))
                .ExcludeFromDescription();
        }

        app.MapOpenApi();
        ApiRoutes.Map(app);
        return app;
    }
}
