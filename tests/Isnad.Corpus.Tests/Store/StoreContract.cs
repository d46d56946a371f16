using Isnad.Corpus.Queries;
using Isnad.Corpus.Store;

namespace Isnad.Corpus.Tests.Store;

/// <summary>
/// The behaviour every store must have, run against SQLite and PostgreSQL alike: idempotent writes, rejections,
/// re-analysis, clusters, and the four questions with their filters. Exact results on hand-made articles.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly List<ICorpusStore> opened = [];

    /// <summary>Why the store cannot be tested here (its server is not configured), or null.</summary>
    protected virtual string? SkipReason => null;

    /// <summary>A new, empty store; <paramref name="again"/> opens the same one a second time.</summary>
    private protected abstract ICorpusStore OpenStore(bool again = false);

    private ICorpusStore Open(bool again = false)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var store = OpenStore(again);
        opened.Add(store);
        return store;
    }

    private ICorpusStore Filled()
    {
        var store = Open();
        store.Write(Samples.Corpus(), CancellationToken.None);
        return store;
    }

    [SkippableFact]
    public void Writing_the_same_batch_twice_changes_nothing()
    {
        var store = Filled();
        store.Write(Samples.Corpus(), CancellationToken.None);
        Assert.Equal(new StoreCounts(4, 5, 1, 0), store.Counts());
        Assert.Equal(["a1", "a2", "a3", "a4"], store.ArticleIds().Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_store_opened_again_keeps_its_articles()
    {
        Filled().Dispose();
        using var again = Open(again: true);
        Assert.Equal(new StoreCounts(4, 5, 1, 0), again.Counts());
    }

    [SkippableFact]
    public void Rejections_are_stored_and_replaced_by_name()
    {
        var store = Filled();
        store.Write([new StoredRejection("bad.jsonl:3", "no \"text\" field"), new StoredRejection("empty.txt", "empty file")], CancellationToken.None);
        Assert.Equal([new StoredRejection("bad.jsonl:3", "no \"text\" field"), new StoredRejection("empty.txt", "empty file")], store.Rejections());
    }

    [SkippableFact]
    public void Sources_count_canonical_speakers_per_outlet()
    {
        var store = Filled();
        var rows = store.Sources(QueryFilter.None, 10);
        Assert.Equal(2, rows.Count);
        Assert.Equal("سالم الهاشمي", rows[0].Speaker);
        Assert.Equal(2, rows[0].Attributions);
        Assert.Equal([("okaz", 1), ("sabq", 1)], rows[0].PerOutlet);
        Assert.Equal(("رويترز", "outlet", 1), (rows[1].Speaker, rows[1].Kind, rows[1].Attributions));
    }

    [SkippableFact]
    public void Sources_filter_by_outlet_and_dates()
    {
        var store = Filled();
        Assert.Equal(["سالم الهاشمي"], store.Sources(new QueryFilter(Outlet: "okaz"), 10).Select(r => r.Speaker));
        Assert.Equal(["رويترز"], store.Sources(new QueryFilter(From: "2020-03-01", To: "2020-03-05"), 10).Select(r => r.Speaker));
        Assert.Empty(store.Sources(new QueryFilter(To: "2019-12-31"), 10));
    }

    [SkippableFact]
    public void Anonymity_gives_each_outlets_share()
    {
        var store = Filled();
        Assert.Equal(
            [new AnonymityRow("okaz", 3, 2), new AnonymityRow("riyadh", 1, 0), new AnonymityRow("sabq", 1, 0)],
            store.Anonymity(QueryFilter.None));
        Assert.Equal([new AnonymityRow("okaz", 1, 1), new AnonymityRow("sabq", 1, 0)], store.Anonymity(new QueryFilter(To: "2020-01-31")));
    }

    [SkippableFact]
    public void Relays_follow_chains_and_copies()
    {
        var store = Filled();
        store.WriteClusters(new Dictionary<string, string> { ["a1"] = "a2", ["a2"] = "a2" }, CancellationToken.None);
        Assert.Equal(
        [
            new RelayEdge("okaz", "واس", "chain", 1),
            new RelayEdge("riyadh", "عكاظ", "chain", 1),
            new RelayEdge("sabq", "okaz", "copy", 1),
            new RelayEdge("عكاظ", "رويترز", "chain", 1),
        ], store.Relays(QueryFilter.None, 10));
        Assert.Equal(1, store.Counts().Clusters);
    }

    [SkippableFact]
    public void Provenance_lists_carriers_earliest_first_tolerating_one_changed_word()
    {
        var store = Filled();
        var rows = Provenance.Find(store, "محطة التحليه الجديدة ستعمل في الربيع المقبل", QueryFilter.None, 10);
        Assert.Equal(["a2", "a1"], rows.Select(r => r.ArticleId));
        Assert.Equal(("2020-01-01", "مصدر مطلع", "واس", "محطة التحلية الجديدة ستعمل في الربيع"), (rows[0].Date, rows[0].Speaker, rows[0].Chain, rows[0].Excerpt));
        Assert.Equal(6.0 / 7, rows[0].Match, 6);
        Assert.Equal(("سالم الهاشمي", 1.0), (rows[1].Speaker, rows[1].Match));
        Assert.Equal(["a1"], Provenance.Find(store, "محطة التحلية الجديدة", new QueryFilter(Outlet: "sabq"), 10).Select(r => r.ArticleId));
        Assert.Empty(Provenance.Find(store, "محطة الكهرباء القديمة", QueryFilter.None, 10));
    }

    [SkippableFact]
    public void Article_search_uses_the_word_index_speakers_filters_and_pages()
    {
        var store = Filled();
        static string[] Ids(ArticlePage page) => page.Articles.Select(a => a.Id).ToArray();

        var all = ArticleSearch.Find(store, null, null, QueryFilter.None, 1);
        Assert.Equal(4, all.Total);
        Assert.Equal(["a4", "a3", "a1", "a2"], Ids(all));
        Assert.Equal(new ArticleSummary("a3", "2020-02-10", "okaz", "عنوان a3", "a3.txt", 2), all.Articles[1]);
        Assert.Equal(["a1", "a2"], Ids(ArticleSearch.Find(store, "مَحطة التحليه", null, QueryFilter.None, 1)));
        Assert.Equal(["a3", "a1"], Ids(ArticleSearch.Find(store, null, "سالم الهاشمي", QueryFilter.None, 1)));
        Assert.Equal(["a1"], Ids(ArticleSearch.Find(store, "التحلية", "سالم الهاشمي", QueryFilter.None, 1)));
        Assert.Equal(["a3", "a2"], Ids(ArticleSearch.Find(store, null, null, new QueryFilter("okaz"), 1)));
        Assert.Equal(["a1"], Ids(ArticleSearch.Find(store, null, null, new QueryFilter(From: "2020-01-02", To: "2020-01-31"), 1)));
        var second = ArticleSearch.Find(store, null, null, QueryFilter.None, 2);
        Assert.Equal((4, 0), (second.Total, second.Articles.Count));
        var paged = store.SearchArticles([], null, QueryFilter.None, offset: 1, count: 2);
        Assert.Equal(4, paged.Total);
        Assert.Equal(["a3", "a1"], Ids(paged));
    }

    [SkippableFact]
    public void An_articles_analysis_is_read_back_as_stored()
    {
        var store = Filled();
        Assert.Equal("{\"schema\":\"isnad/1\"}", store.AnalysisOf("a2"));
        Assert.Null(store.AnalysisOf("no-such-id"));
    }

    [SkippableFact]
    public void Stale_articles_are_replaced_with_their_new_analysis()
    {
        var store = Filled();
        var stale = store.StaleArticles("new-fingerprint", CancellationToken.None).ToList();
        Assert.Equal(["a1", "a2", "a3", "a4"], stale.Select(a => a.Id));
        var fresh = stale[2] with
        {
            Engine = new StoredEngine("new-fingerprint", "0.0.2", "b1", "m", "lex1"),
            AnalysisJson = "{\"schema\":\"isnad/1\",\"new\":true}",
            Attributions = [new StoredAttribution(0, "وأكد", "أكد", "سالم الهاشمي", "person", "سالم الهاشمي", "سالم الهاشمي", 0, 4, "الموسم", "indirect", [])],
        };
        store.Replace([fresh], CancellationToken.None);
        Assert.Equal(["a1", "a2", "a4"], store.StaleArticles("new-fingerprint", CancellationToken.None).Select(a => a.Id));
        Assert.Equal(4, store.Counts().Attributions);
        var exported = store.Export(QueryFilter.None, CancellationToken.None).Single(e => e.Article.Id == "a3").Article;
        Assert.Equal(("new-fingerprint", "{\"schema\":\"isnad/1\",\"new\":true}", "أكد"), (exported.Engine.Fingerprint, exported.AnalysisJson, exported.Attributions.Single().CueLemma));
    }

    [SkippableFact]
    public void Linked_speakers_are_counted_as_one()
    {
        var store = Filled();
        store.Write([Samples.Article("a5", "sabq", "2020-04-01", "وقال الهاشمي إن العمل انتهى.", new Samples.Said("الهاشمي", "person", "العمل انتهى"))], CancellationToken.None);
        Assert.Equal([("الهاشمي", "الهاشمي", 1), ("سالم الهاشمي", "سالم الهاشمي", 2)], store.PersonSpeakers());
        store.LinkSpeakers(new Dictionary<string, (string, string)> { ["الهاشمي"] = ("سالم الهاشمي", "سالم الهاشمي") }, CancellationToken.None);
        var top = store.Sources(QueryFilter.None, 1).Single();
        Assert.Equal(("سالم الهاشمي", 3), (top.Speaker, top.Attributions));
        Assert.Equal([("sabq", 2), ("okaz", 1)], top.PerOutlet);
    }

    [SkippableFact]
    public void Export_is_in_id_order_with_clusters()
    {
        var store = Filled();
        store.WriteClusters(new Dictionary<string, string> { ["a1"] = "a2", ["a2"] = "a2" }, CancellationToken.None);
        var rows = store.Export(new QueryFilter(From: "2020-01-01", To: "2020-01-31"), CancellationToken.None).ToList();
        Assert.Equal([("a1", "a2"), ("a2", "a2")], rows.Select(r => (r.Article.Id, r.Cluster)));
        Assert.Equal(["واس"], rows[1].Article.Attributions.Single().Chain.Select(r => r.Name));
    }

    public void Dispose()
    {
        foreach (var store in opened)
        {
            store.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
    }
}
