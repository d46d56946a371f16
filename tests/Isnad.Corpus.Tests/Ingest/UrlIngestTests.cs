using System.Net;
using System.Net.Sockets;
using System.Text;
using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Corpus.Tests.Ingest;

/// <summary>Pages and feeds fetched over HTTP from a real local server (HttpListener).</summary>
public sealed class UrlIngestTests : IDisposable
{
    private const string Harvest = "وأكدت وزارة الزراعة أن موسم الحصاد بدأ مبكراً هذا العام.";
    private const string Port = "وذكر مدير الميناء أن السفن عادت إلى الرصيف بعد العاصفة.";

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task serving;

    static UrlIngestTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public UrlIngestTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        root = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(root);
        listener.Start();
        serving = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var (status, type, body) = context.Request.Url!.AbsolutePath switch
            {
                "/news/1" => (200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
                    "<html><head><title>الحصاد</title><meta property=\"og:site_name\" content=\"جريدة السهل\"><meta name=\"date\" content=\"2021-06-07\"></head>" +
                    "<body><header><p>القائمة</p></header><main><p>" + Harvest + "</p></main></body></html>")),
                "/news/2" => (200, "text/html; charset=windows-1256", Encoding.GetEncoding(1256).GetBytes("<html><body><p>" + Port + "</p></body></html>")),
                "/feed" => (200, "application/rss+xml", Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>نشرة</title>" +
                    $"<item><title>أ</title><link>{root}news/1</link><description>{Harvest}</description></item></channel></rss>")),
                _ => (404, "text/plain", Encoding.UTF8.GetBytes("not here")),
            };
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private List<InputItem> Read(params string[] urls)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        return new IngestSources(ArticleMeta.None, () => Stream.Null, http).Read(urls, CancellationToken.None).ToList();
    }

    [Fact]
    public void A_page_is_fetched_with_its_metadata_and_outlet()
    {
        var article = Assert.IsType<Article>(Assert.Single(Read(root + "news/1")));
        Assert.Equal((root + "news/1", Harvest, "الحصاد", "جريدة السهل", new DateOnly(2021, 6, 7), root + "news/1"),
            (article.Name, article.Text, article.Title, article.Meta.Outlet, article.Meta.Date!.Value, article.Url));
    }

    [Fact]
    public void The_servers_charset_decodes_the_page()
    {
        Assert.Equal(Port, Assert.IsType<Article>(Assert.Single(Read(root + "news/2"))).Text);
    }

    [Fact]
    public void A_feed_url_gives_its_items()
    {
        var article = Assert.IsType<Article>(Assert.Single(Read(root + "feed")));
        Assert.Equal((root + "news/1", Harvest, "نشرة"), (article.Name, article.Text, article.Meta.Outlet));
    }

    [Fact]
    public void A_missing_page_is_refused_with_the_http_status_and_the_rest_is_read()
    {
        var items = Read(root + "gone", root + "news/1");
        Assert.Equal(new RejectedInput(root + "gone", "HTTP 404 Not Found"), items[0]);
        Assert.IsType<Article>(items[1]);
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }
}
