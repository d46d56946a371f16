using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Model;

namespace Isnad.Web.Tests.Corpus;

/// <summary>
/// A real SQLite store made once for the corpus tests by the corpus ingest (the real engine, then the passes that
/// cluster near-duplicates and link speakers) from a handful of invented articles in two invented outlets.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    public const string Valley = "صحيفة الوادي";
    public const string Coast = "جريدة الساحل";

    /// <summary>Name, outlet, date, text: a person quoted twice (once through an agency), an anonymous source, an organisation.</summary>
    public static readonly (string Name, string Outlet, string Date, string Text)[] Articles =
    [
        ("bridge", Valley, "2023-04-02", "قال المهندس كريم العطار إن الجسر الجديد سيفتح أمام السيارات في الصيف. وأضاف أن العمال أنهوا تركيب الأعمدة الحديدية الأسبوع الماضي، وأن طلاء الجسر سيبدأ بعد العيد مباشرة."),
        ("coast-bridge", Coast, "2023-04-03", "ونقلت وكالة أنباء الساحل عن المهندس كريم العطار قوله إن الجسر الجديد سيفتح أمام السيارات في الصيف المقبل."),
        ("bridge-copy", Coast, "2023-04-04", "قال المهندس كريم العطار إن الجسر الجديد سيفتح أمام السيارات في الصيف. وأضاف أن العمال أنهوا تركيب الأعمدة الحديدية الأسبوع الماضي، وأن طلاء الجسر سيبدأ بعد العيد."),
        ("repairs", Valley, "2023-04-05", "وقال مصدر مطلع إن أعمال الصيانة في الطريق الساحلي ستتأخر أسبوعين."),
        ("park", Coast, "2023-04-06", "وأكدت بلدية المدينة أن الحديقة العامة ستفتح أبوابها يوم الجمعة."),
    ];

    public CorpusFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "isnad-web-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "corpus.db");
        using var store = SqliteCorpusStore.Open(Db);
        var inputs = Articles.Select(a => new Article(a.Name, a.Text, new ArticleMeta(null, a.Outlet, DateOnly.Parse(a.Date, System.Globalization.CultureInfo.InvariantCulture))));
        new CorpusIngest(Pipeline.Default, store, workers: 2).RunAsync(inputs, null, CancellationToken.None).GetAwaiter().GetResult();
        CorpusPasses.Run(store, CancellationToken.None);
        Ids = store.Export(QueryFilter.None, CancellationToken.None).ToDictionary(e => e.Article.Name, e => e.Article.Id, StringComparer.Ordinal);
    }

    public string Folder { get; }

    public string Db { get; }

    /// <summary>Article name → stored id.</summary>
    public IReadOnlyDictionary<string, string> Ids { get; }

    internal Task<TestServer> StartServerAsync() => TestServer.StartAsync(new WebServerOptions { Db = Db });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
