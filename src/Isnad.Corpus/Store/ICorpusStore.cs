namespace Isnad.Corpus.Store;

/// <summary>
/// Where analysed articles live. Every implementation has the same schema and answers the same questions; a store is
/// written by one writer at a time (<see cref="Write"/>), each batch in one transaction, so a crash leaves whole batches.
/// </summary>
internal interface ICorpusStore : IDisposable
{
    /// <summary>What the store is, for messages: a file path or a server and database name (never a password).</summary>
    string Description { get; }

    /// <summary>Ids of every stored article (used to skip analysing what is already stored).</summary>
    IReadOnlySet<string> ArticleIds();

    /// <summary>Writes a batch in one transaction. An article already stored (same id) is left as it is; a rejection replaces the earlier one of that name.</summary>
    void Write(IReadOnlyList<StoreItem> batch, CancellationToken cancellationToken);

    /// <summary>Replaces the analysis of stored articles (same id, same text) made by an older engine.</summary>
    void Replace(IReadOnlyList<StoredArticle> batch, CancellationToken cancellationToken);

    /// <summary>Stored articles whose engine fingerprint differs from <paramref name="fingerprint"/>, in id order.</summary>
    IEnumerable<StoredArticle> StaleArticles(string fingerprint, CancellationToken cancellationToken);

    /// <summary>Every article's id, date, name and MinHash signature, for near-duplicate clustering.</summary>
    IEnumerable<(string Id, string? Date, string Name, ulong[] Signature)> Signatures(CancellationToken cancellationToken);

    /// <summary>Replaces the near-duplicate clusters: article id → cluster id (the cluster's probable origin).</summary>
    void WriteClusters(IReadOnlyDictionary<string, string> clusterOf, CancellationToken cancellationToken);

    /// <summary>Every person speaker's key with a name and the number of attributions to it (for the linking step).</summary>
    IReadOnlyList<(string Key, string Name, int Count)> PersonSpeakers();

    /// <summary>Renames person speakers: each key to the linked key and name, in one transaction.</summary>
    void LinkSpeakers(IReadOnlyDictionary<string, (string Key, string Name)> links, CancellationToken cancellationToken);

    StoreCounts Counts();

    IReadOnlyList<StoredRejection> Rejections();

    IReadOnlyList<SpeakerRow> Sources(QueryFilter filter, int limit);

    IReadOnlyList<AnonymityRow> Anonymity(QueryFilter filter);

    IReadOnlyList<RelayEdge> Relays(QueryFilter filter, int limit);

    /// <summary>Articles whose words contain every word of the phrase (or all but one, for phrases of four words or more), by id.</summary>
    IReadOnlyList<PhraseCandidate> PhraseCandidates(IReadOnlyList<string> phraseKeys, QueryFilter filter, int limit);

    /// <summary>
    /// Articles holding every word key (none: all articles) and quoting the speaker of <paramref name="speakerKey"/>
    /// (null: any), newest first; <paramref name="count"/> of them from <paramref name="offset"/>, with the total.
    /// </summary>
    ArticlePage SearchArticles(IReadOnlyList<string> wordKeys, string? speakerKey, QueryFilter filter, int offset, int count);

    /// <summary>The stored isnad/1 JSON of one article, or null when no article has that id.</summary>
    string? AnalysisOf(string articleId);

    /// <summary>The text of one stored article.</summary>
    string ArticleText(string articleId);

    /// <summary>Attributions of one article (for provenance: which one carries the phrase).</summary>
    IReadOnlyList<StoredAttribution> AttributionsOf(string articleId);

    /// <summary>Every article with its analysis JSON and cluster, in id order (export).</summary>
    IEnumerable<(StoredArticle Article, string? Cluster)> Export(QueryFilter filter, CancellationToken cancellationToken);
}
