using Isnad.Web;
using Microsoft.Playwright;

namespace Isnad.Web.Tests.Browser;

/// <summary>
/// One server on a random loopback port and one headless Chromium (Debian's, never a downloaded one) with a fresh
/// profile, shared by the browser tests. Started only when ISNAD_CHROMIUM is set.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private TestServer? server;
    private DirectoryInfo? profile;

    public IBrowserContext Browser { get; private set; } = null!;

    public Uri Address => server!.Address;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("ISNAD_CHROMIUM");
        if (string.IsNullOrEmpty(chromium) || !File.Exists(chromium))
        {
            return;
        }

        var webRoot = new WebServerOptions().WebRoot;
        if (!File.Exists(Path.Combine(webRoot, "index.html")))
        {
            throw new InvalidOperationException($"the page is not built ({webRoot}/index.html missing): run `npm ci && npm run build` in web/");
        }

        server = await TestServer.StartAsync(ServerOptions());
        playwright = await Playwright.CreateAsync();
        profile = Directory.CreateTempSubdirectory("isnad-chromium-");
        Browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "ar",
            AcceptDownloads = true,
        });
    }

    /// <summary>How the fixture's server runs (the corpus tests give it a store).</summary>
    private protected virtual WebServerOptions ServerOptions() => new();

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        profile?.Delete(recursive: true);
    }

    /// <summary>Where screenshots go: TestResults/ at the repository root (where .ci/run collects results).</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Isnad.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? AppContext.BaseDirectory;
        var folder = Path.Combine(root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
