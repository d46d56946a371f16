using System.IO.Compression;
using System.Text;
using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Model;
using Isnad.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Isnad.Corpus.Tests.Ingest;

/// <summary>Ingest end to end with the real engine and a real SQLite file: every input kind, bad inputs, idempotence, order.</summary>
public sealed class IngestTests : IDisposable
{
    private const string Desalination = "قال المهندس سالم الهاشمي إن محطة التحلية الجديدة ستعمل في الربيع.";
    private const string Harvest = "وأكدت وزارة الزراعة أن موسم الحصاد بدأ مبكراً هذا العام.";
    private const string Port = "وذكر مدير الميناء أن السفن عادت إلى الرصيف بعد العاصفة.";

    private readonly TempFolder folder = new();

    static IngestTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private string Db => Path.Combine(folder.Path, "corpus.db");

    private SqliteCorpusStore OpenStore() => SqliteCorpusStore.Open(Db);

    private static IngestSummary Ingest(ICorpusStore store, IEnumerable<InputItem> items, int workers = 2) =>
        new CorpusIngest(Pipeline.Default, store, workers, batchSize: 3).RunAsync(items, null, CancellationToken.None).GetAwaiter().GetResult();

    private IEnumerable<InputItem> Sources(params string[] paths) =>
        new IngestSources(ArticleMeta.None, () => new MemoryStream()).Read(paths, CancellationToken.None);

    [Fact]
    public void A_folder_of_every_kind_is_read_recursively_and_bad_inputs_are_stored_with_their_reason()
    {
        folder.File("in/a.txt", CliRunner.Utf8(Desalination));
        folder.File("in/sub/b.html", CliRunner.Utf8(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>حصاد</title><meta property=\"og:site_name\" content=\"صحيفة الريف\">" +
            "<meta property=\"article:published_time\" content=\"2021-05-06T08:00:00Z\"><meta name=\"author\" content=\"ليلى\"></head><body>" +
            "<nav><p>الرئيسية</p></nav><div class=\"story\"><p>" + Harvest + "</p></div><footer><p>جميع الحقوق محفوظة</p></footer></body></html>"));
        folder.File("in/c.jsonl", CliRunner.Utf8($"{{\"id\":\"p1\",\"outlet\":\"sabq\",\"date\":\"2021-01-02\",\"text\":\"{Port}\"}}\n{{\"text\":7}}\n"));
        folder.File("in/d.txt", []);
        folder.File("in/e.txt", Encoding.GetEncoding(1256).GetBytes(Desalination + " وأضاف أن العمل مستمر."));

        using var store = OpenStore();
        var summary = Ingest(store, Sources(Path.Combine(folder.Path, "in")));

        var inFolder = Path.Combine(folder.Path, "in");
        Assert.Equal((6, 4, 0), (summary.Read, summary.Stored, summary.AlreadyStored));
        Assert.Equal(
        [
            new StoredRejection(Path.Combine(inFolder, "c.jsonl:2"), "\"text\" is a number, not a string"),
            new StoredRejection(Path.Combine(inFolder, "d.txt"), "empty file"),
        ], summary.Rejected);
        Assert.Equal(summary.Rejected.OrderBy(r => r.Name, StringComparer.Ordinal), store.Rejections());

        var articles = store.Export(QueryFilter.None, CancellationToken.None).Select(e => e.Article).ToDictionary(a => a.Name, StringComparer.Ordinal);
        var html = articles[Path.Combine(inFolder, "sub", "b.html")];
        Assert.Equal((Harvest, "حصاد", "ليلى", "صحيفة الريف", "2021-05-06"), (html.Text, html.Title, html.Author, html.Outlet, html.Date));
        var line = articles["p1"];
        Assert.Equal(("sabq", "2021-01-02", "p1"), (line.Outlet, line.Date, line.ExternalId));
        Assert.StartsWith(Desalination, articles[Path.Combine(inFolder, "e.txt")].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_again_changes_nothing()
    {
        folder.File("in/a.txt", CliRunner.Utf8(Desalination));
        folder.File("in/b.txt", CliRunner.Utf8(Harvest));
        using var store = OpenStore();
        Ingest(store, Sources(Path.Combine(folder.Path, "in")));
        var before = Snapshot(store);

        var again = Ingest(store, Sources(Path.Combine(folder.Path, "in")));
        Assert.Equal((2, 0, 2), (again.Read, again.Stored, again.AlreadyStored));
        Assert.Equal(before, Snapshot(store));
    }

    [Fact]
    public void The_same_text_twice_is_stored_once_under_its_first_name_whatever_the_spacing_or_diacritics()
    {
        folder.File("in/1.txt", CliRunner.Utf8(Desalination));
        folder.File("in/2.txt", CliRunner.Utf8("قالَ المهندس  سالم الهاشمي إنّ محطة التحلية الجديدة ستعمل في الربيع ."));
        using var store = OpenStore();
        var summary = Ingest(store, Sources(Path.Combine(folder.Path, "in")));
        Assert.Equal((2, 1, 1), (summary.Read, summary.Stored, summary.AlreadyStored));
        Assert.Equal(Path.Combine(folder.Path, "in", "1.txt"), store.Export(QueryFilter.None, CancellationToken.None).Single().Article.Name);
    }

    [Fact]
    public void The_store_is_the_same_whatever_the_number_of_workers()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 40).Select(i =>
            $"{{\"id\":\"n{i}\",\"outlet\":\"o{i % 3}\",\"text\":\"قال المهندس سالم {i} إن المشروع رقم {i} اكتمل. وأكدت الوزارة أن العمل {i} مستمر.\"}}"));
        var path = folder.File("many.jsonl", CliRunner.Utf8(lines + "\n{\"id\":\"dup\",\"text\":\"قال المهندس سالم 3 إن المشروع رقم 3 اكتمل. وأكدت الوزارة أن العمل 3 مستمر.\"}\n"));

        string Run(int workers, string name)
        {
            using var store = SqliteCorpusStore.Open(Path.Combine(folder.Path, name));
            Ingest(store, Sources(path), workers);
            return Snapshot(store);
        }

        var one = Run(1, "one.db");
        Assert.Equal(one, Run(4, "four.db"));
        Assert.Contains("|n3|", one, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rss_feed_gives_one_article_per_item()
    {
        var feed = folder.File("feed.xml", CliRunner.Utf8(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>نشرة الوادي</title><link>http://example.org/</link>" +
            $"<item><title>تحلية</title><link>http://example.org/1</link><pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate><description>&lt;p&gt;{Desalination}&lt;/p&gt;</description></item>" +
            $"<item><title>حصاد</title><link>http://example.org/2</link><description>{Harvest}</description></item>" +
            "<item><title>فارغ</title><link>http://example.org/3</link></item></channel></rss>"));
        var items = Sources(feed).ToList();
        Assert.Equal(3, items.Count);
        var first = Assert.IsType<Article>(items[0]);
        Assert.Equal(("http://example.org/1", Desalination, "نشرة الوادي", new DateOnly(2021, 3, 2), "تحلية"), (first.Name, first.Text, first.Meta.Outlet, first.Meta.Date!.Value, first.Title));
        Assert.Equal(Harvest, Assert.IsType<Article>(items[1]).Text);
        Assert.Equal(new RejectedInput("http://example.org/3", "feed item without content or description"), items[2]);
    }

    [Fact]
    public void A_declared_charset_is_honoured_and_an_undeclared_windows_1256_page_detected()
    {
        var cp1256 = Encoding.GetEncoding(1256);
        var declared = folder.File("declared.html", cp1256.GetBytes(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><article><p>" + Port + "</p></article></body></html>"));
        var undeclared = folder.File("undeclared.htm", cp1256.GetBytes("<html><body><p>" + Harvest + "</p></body></html>"));
        Assert.Equal([Port, Harvest], Sources(declared, undeclared).Select(i => Assert.IsType<Article>(i).Text));
    }

    [Fact]
    public void Corrupt_gzip_is_one_refused_input_and_the_batch_goes_on()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var line = CliRunner.Utf8($"{{\"id\":\"g\",\"text\":\"{Port}\"}}\n");
            for (var i = 0; i < 2000; i++)
            {
                gzip.Write(line);
            }
        }

        var bytes = compressed.ToArray();
        bytes[2] = 0x00; // not deflate: the stream fails on its first read
        var broken = folder.File("broken.jsonl.gz", bytes);
        var after = folder.File("after.txt", CliRunner.Utf8(Harvest));
        var items = Sources(broken, after).ToList();
        var refused = Assert.Single(items.OfType<RejectedInput>());
        Assert.Equal(broken, refused.Name);
        Assert.StartsWith("corrupt gzip data (", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(Harvest, Assert.IsType<Article>(items[^1]).Text);
    }

    /// <summary>Every stored row that a run decides (not the SQLite rowids), in a stable order.</summary>
    internal static string Snapshot(ICorpusStore store)
    {
        var text = new StringBuilder();
        foreach (var (article, cluster) in store.Export(QueryFilter.None, CancellationToken.None))
        {
            text.AppendLine(string.Join('|', article.Id, article.Name, article.ExternalId, article.Outlet, article.Date, article.Engine.Fingerprint, cluster, article.AnalysisJson));
            foreach (var a in article.Attributions)
            {
                text.AppendLine(string.Join('|', a.Ordinal, a.Speaker, a.SourceKind, a.Content, string.Join('<', a.Chain.Select(r => r.Name))));
            }
        }

        foreach (var rejection in store.Rejections())
        {
            text.AppendLine($"rejected {rejection.Name}: {rejection.Reason}");
        }

        text.AppendLine(store.Counts().ToString());
        return text.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
