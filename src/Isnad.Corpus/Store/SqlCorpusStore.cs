using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Isnad.Corpus.Store;

/// <summary>
/// The schema, writes and questions shared by the SQL stores. A dialect supplies the connection, the migrations, how an
/// article's words are indexed for full-text search, and the phrase search itself; everything else is plain SQL that
/// SQLite and PostgreSQL both run. Parameters are named <c>@p</c>, which both providers accept.
/// </summary>
internal abstract class SqlCorpusStore : ICorpusStore
{
    private const string AttributionColumns =
        "ordinal, cue, cue_lemma, source_text, source_kind, speaker, speaker_key, content_start, content_end, content, content_form, chain";

    private DbConnection? writer;

    public abstract string Description { get; }

    /// <summary>The migrations in order: script <c>i</c> takes the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    protected abstract DbConnection OpenConnection();

    /// <summary>Indexes an article's words for full-text search, inside the writing transaction.</summary>
    protected abstract void IndexWords(DbConnection connection, DbTransaction transaction, string articleId, string keyText);

    /// <summary>The SQL (selecting <c>a.*</c> columns as in <see cref="PhraseCandidates"/>) of articles matching every key of one group, for any group.</summary>
    protected abstract (string Sql, Action<DbCommand> Bind) PhraseQuery(IReadOnlyList<IReadOnlyList<string>> keyGroups);

    /// <summary>Opens the store, applying every migration it lacks, each in its own transaction with the version it reaches.</summary>
    protected void Migrate()
    {
        writer = OpenConnection();
        Execute(writer, null, "CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)");
        var version = Convert.ToInt32(Scalar(writer, null, "SELECT COALESCE(MAX(version), 0) FROM schema_info"), CultureInfo.InvariantCulture);
        if (version > Migrations.Count)
        {
            throw new StoreError($"{Description}: store schema version {version} is newer than this isnad understands ({Migrations.Count})");
        }

        for (var next = version; next < Migrations.Count; next++)
        {
            using var transaction = writer.BeginTransaction();
            foreach (var statement in Migrations[next].Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Execute(writer, transaction, statement);
            }

            Execute(writer, transaction, "DELETE FROM schema_info");
            Execute(writer, transaction, "INSERT INTO schema_info (version) VALUES (@v)", ("v", next + 1));
            transaction.Commit();
        }
    }

    public int SchemaVersion() => Convert.ToInt32(Scalar(Writer, null, "SELECT MAX(version) FROM schema_info"), CultureInfo.InvariantCulture);

    private DbConnection Writer => writer ?? throw new ObjectDisposedException(GetType().Name);

    public IReadOnlySet<string> ArticleIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var connection = OpenConnection();
        using var command = Command(connection, null, "SELECT id FROM articles");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Write(IReadOnlyList<StoreItem> batch, CancellationToken cancellationToken)
    {
        using var transaction = Writer.BeginTransaction();
        foreach (var item in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (item)
            {
                case StoredArticle article:
                    InsertArticle(transaction, article);
                    break;
                case StoredRejection rejection:
                    Execute(Writer, transaction, "DELETE FROM rejections WHERE name = @n", ("n", rejection.Name));
                    Execute(Writer, transaction, "INSERT INTO rejections (name, reason) VALUES (@n, @r)", ("n", rejection.Name), ("r", rejection.Reason));
                    break;
            }
        }

        transaction.Commit();
    }

    private void InsertArticle(DbTransaction transaction, StoredArticle article)
    {
        var inserted = Execute(Writer, transaction,
            "INSERT INTO articles (id, name, external_id, outlet, date, title, author, url, text, engine_fingerprint, engine_version, " +
            "engine_build, engine_model, engine_lexicons, analysis, signature) VALUES (@id, @name, @external, @outlet, @date, @title, " +
            "@author, @url, @text, @fingerprint, @version, @build, @model, @lexicons, @analysis, @signature) ON CONFLICT (id) DO NOTHING",
            ("id", article.Id), ("name", article.Name), ("external", article.ExternalId), ("outlet", article.Outlet), ("date", article.Date),
            ("title", article.Title), ("author", article.Author), ("url", article.Url), ("text", article.Text),
            ("fingerprint", article.Engine.Fingerprint), ("version", article.Engine.Version), ("build", article.Engine.Build),
            ("model", article.Engine.Model), ("lexicons", article.Engine.Lexicons), ("analysis", AnalysisCompression.Compress(article.AnalysisJson)),
            ("signature", MinHash.ToBytes(article.Signature)));
        if (inserted == 0)
        {
            return;
        }

        IndexWords(Writer, transaction, article.Id, article.KeyText);
        InsertAttributions(transaction, article);
    }

    private void InsertAttributions(DbTransaction transaction, StoredArticle article)
    {
        foreach (var attribution in article.Attributions)
        {
            Execute(Writer, transaction,
                $"INSERT INTO attributions (article_id, outlet, date, {AttributionColumns}) VALUES (@a, @outlet, @date, @ordinal, @cue, @lemma, " +
                "@source, @kind, @speaker, @speakerKey, @cs, @ce, @content, @form, @chain)",
                ("a", article.Id), ("outlet", article.Outlet), ("date", article.Date), ("ordinal", attribution.Ordinal), ("cue", attribution.Cue),
                ("lemma", attribution.CueLemma), ("source", attribution.SourceText), ("kind", attribution.SourceKind), ("speaker", attribution.Speaker),
                ("speakerKey", attribution.SpeakerKey), ("cs", attribution.ContentStart), ("ce", attribution.ContentEnd), ("content", attribution.Content),
                ("form", attribution.ContentForm), ("chain", JsonSerializer.Serialize(attribution.Chain, StoreJson.Default.IReadOnlyListStoredRelay)));
            var from = article.Outlet ?? "";
            for (var position = 0; position < attribution.Chain.Count; position++)
            {
                var relay = attribution.Chain[position];
                Execute(Writer, transaction,
                    "INSERT INTO relays (article_id, ordinal, position, outlet, date, from_name, to_name, to_kind) VALUES (@a, @o, @p, @outlet, @date, @f, @t, @k)",
                    ("a", article.Id), ("o", attribution.Ordinal), ("p", position), ("outlet", article.Outlet), ("date", article.Date),
                    ("f", from), ("t", relay.Name), ("k", relay.Kind));
                from = relay.Name;
            }
        }
    }

    public void Replace(IReadOnlyList<StoredArticle> batch, CancellationToken cancellationToken)
    {
        using var transaction = Writer.BeginTransaction();
        foreach (var article in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Execute(Writer, transaction, "DELETE FROM relays WHERE article_id = @a", ("a", article.Id));
            Execute(Writer, transaction, "DELETE FROM attributions WHERE article_id = @a", ("a", article.Id));
            Execute(Writer, transaction,
                "UPDATE articles SET engine_fingerprint = @fingerprint, engine_version = @version, engine_build = @build, engine_model = @model, " +
                "engine_lexicons = @lexicons, analysis = @analysis WHERE id = @id",
                ("id", article.Id), ("fingerprint", article.Engine.Fingerprint), ("version", article.Engine.Version), ("build", article.Engine.Build),
                ("model", article.Engine.Model), ("lexicons", article.Engine.Lexicons), ("analysis", AnalysisCompression.Compress(article.AnalysisJson)));
            InsertAttributions(transaction, article);
        }

        transaction.Commit();
    }

    private const string ArticleSelect =
        "SELECT id, name, external_id, outlet, date, title, author, url, text, engine_fingerprint, engine_version, engine_build, " +
        "engine_model, engine_lexicons, analysis FROM articles";

    public IEnumerable<StoredArticle> StaleArticles(string fingerprint, CancellationToken cancellationToken)
    {
        // Ids first, then one article at a time: no reader stays open while the writer replaces analyses.
        var ids = new List<string>();
        using (var connection = OpenConnection())
        using (var command = Command(connection, null, "SELECT id FROM articles WHERE engine_fingerprint <> @f ORDER BY id", ("f", fingerprint)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var connection = OpenConnection();
            using var command = Command(connection, null, ArticleSelect + " WHERE id = @id", ("id", id));
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                yield return ReadArticle(reader);
            }
        }
    }

    private static StoredArticle ReadArticle(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), NullableString(reader, 4),
        NullableString(reader, 5), NullableString(reader, 6), NullableString(reader, 7), reader.GetString(8), "",
        new StoredEngine(reader.GetString(9), reader.GetString(10), reader.GetString(11), NullableString(reader, 12), reader.GetString(13)),
        AnalysisCompression.Decompress((byte[])reader.GetValue(14)), [], []);

    public IEnumerable<(string Id, string? Date, string Name, ulong[] Signature)> Signatures(CancellationToken cancellationToken)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, null, "SELECT id, date, name, signature FROM articles ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (reader.GetString(0), NullableString(reader, 1), reader.GetString(2), MinHash.FromBytes((byte[])reader.GetValue(3)));
        }
    }

    public void WriteClusters(IReadOnlyDictionary<string, string> clusterOf, CancellationToken cancellationToken)
    {
        using var transaction = Writer.BeginTransaction();
        Execute(Writer, transaction, "DELETE FROM clusters");
        foreach (var (article, cluster) in clusterOf.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Execute(Writer, transaction, "INSERT INTO clusters (article_id, cluster_id) VALUES (@a, @c)", ("a", article), ("c", cluster));
        }

        transaction.Commit();
    }

    public IReadOnlyList<(string Key, string Name, int Count)> PersonSpeakers()
    {
        using var connection = OpenConnection();
        using var command = Command(connection, null,
            "SELECT speaker_key, MIN(speaker), COUNT(*) FROM attributions WHERE source_kind = 'person' AND speaker_key <> '' GROUP BY speaker_key ORDER BY speaker_key");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, int)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    public void LinkSpeakers(IReadOnlyDictionary<string, (string Key, string Name)> links, CancellationToken cancellationToken)
    {
        using var transaction = Writer.BeginTransaction();
        foreach (var (from, to) in links.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Execute(Writer, transaction, "UPDATE attributions SET speaker_key = @k, speaker = @n WHERE source_kind = 'person' AND speaker_key = @old",
                ("k", to.Key), ("n", to.Name), ("old", from));
        }

        transaction.Commit();
    }

    public StoreCounts Counts()
    {
        using var connection = OpenConnection();
        int Count(string table) => Convert.ToInt32(Scalar(connection, null, $"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
        var clusters = Convert.ToInt32(Scalar(connection, null, "SELECT COUNT(DISTINCT cluster_id) FROM clusters"), CultureInfo.InvariantCulture);
        return new StoreCounts(Count("articles"), Count("attributions"), Count("rejections"), clusters);
    }

    public IReadOnlyList<StoredRejection> Rejections()
    {
        using var connection = OpenConnection();
        using var command = Command(connection, null, "SELECT name, reason FROM rejections ORDER BY name");
        using var reader = command.ExecuteReader();
        var rows = new List<StoredRejection>();
        while (reader.Read())
        {
            rows.Add(new StoredRejection(reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    public IReadOnlyList<SpeakerRow> Sources(QueryFilter filter, int limit)
    {
        // Two steps: the top speakers by count (a scan of the covering index that carries only keys), then the
        // per-outlet counts of those speakers alone.
        var (where, parameters) = FilterSql(filter, "source_kind IN ('person', 'organization', 'outlet', 'document') AND speaker_key <> ''");
        using var connection = OpenConnection();
        var top = new List<string>();
        using (var command = Command(connection, null,
            $"SELECT speaker_key FROM attributions WHERE {where} GROUP BY speaker_key ORDER BY COUNT(*) DESC, speaker_key LIMIT {limit.ToString(CultureInfo.InvariantCulture)}",
            parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                top.Add(reader.GetString(0));
            }
        }

        if (top.Count == 0)
        {
            return [];
        }

        var keys = top.Select((key, i) => ($"k{i}", (object?)key)).ToArray();
        using var perOutlet = Command(connection, null,
            $"SELECT speaker_key, MIN(speaker), MIN(source_kind), COALESCE(outlet, ''), COUNT(*) FROM attributions WHERE {where} " +
            $"AND speaker_key IN ({string.Join(", ", keys.Select(k => "@" + k.Item1))}) GROUP BY speaker_key, outlet",
            parameters.Concat(keys).ToArray());
        using var rows = perOutlet.ExecuteReader();
        var bySpeaker = new Dictionary<string, (string Name, string Kind, List<(string, int)> Outlets)>(StringComparer.Ordinal);
        while (rows.Read())
        {
            var key = rows.GetString(0);
            if (!bySpeaker.TryGetValue(key, out var entry))
            {
                entry = (rows.GetString(1), rows.GetString(2), []);
                bySpeaker[key] = entry;
            }

            entry.Outlets.Add((rows.GetString(3), Convert.ToInt32(rows.GetValue(4), CultureInfo.InvariantCulture)));
        }

        return top.Select(key => bySpeaker[key])
            .Select(e => new SpeakerRow(e.Name, e.Kind, e.Outlets.Sum(o => o.Item2),
                e.Outlets.OrderByDescending(o => o.Item2).ThenBy(o => o.Item1, StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public IReadOnlyList<AnonymityRow> Anonymity(QueryFilter filter)
    {
        var (where, parameters) = FilterSql(filter, "1 = 1");
        using var connection = OpenConnection();
        using var command = Command(connection, null,
            $"SELECT COALESCE(outlet, ''), COUNT(*), SUM(CASE WHEN source_kind = 'anonymous' THEN 1 ELSE 0 END) FROM attributions WHERE {where} GROUP BY outlet",
            parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<AnonymityRow>();
        while (reader.Read())
        {
            rows.Add(new AnonymityRow(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return rows.OrderByDescending(r => r.Share).ThenBy(r => r.Outlet, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<RelayEdge> Relays(QueryFilter filter, int limit)
    {
        var edges = new List<RelayEdge>();
        using var connection = OpenConnection();
        var (where, parameters) = FilterSql(filter, "to_name <> ''");
        using (var command = Command(connection, null,
            $"SELECT from_name, to_name, COUNT(*) FROM relays WHERE {where} GROUP BY from_name, to_name", parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                edges.Add(new RelayEdge(reader.GetString(0), reader.GetString(1), "chain", Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        // A reprint: an article in a near-duplicate cluster whose origin (earliest) is in another outlet.
        var (copyWhere, copyParameters) = FilterSql(filter, "c.article_id <> c.cluster_id AND a.outlet <> o.outlet", "a.");
        using (var command = Command(connection, null,
            "SELECT a.outlet, o.outlet, COUNT(*) FROM clusters c JOIN articles a ON a.id = c.article_id JOIN articles o ON o.id = c.cluster_id " +
            $"WHERE {copyWhere} GROUP BY a.outlet, o.outlet", copyParameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                edges.Add(new RelayEdge(reader.GetString(0), reader.GetString(1), "copy", Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }

        return edges.OrderByDescending(e => e.Count).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .ThenBy(e => e.Via, StringComparer.Ordinal).Take(limit).ToList();
    }

    public IReadOnlyList<PhraseCandidate> PhraseCandidates(IReadOnlyList<string> phraseKeys, QueryFilter filter, int limit)
    {
        var groups = PhraseGroups(phraseKeys);
        var (match, bind) = PhraseQuery(groups);
        var (where, parameters) = FilterSql(filter, "1 = 1", "a.");
        using var connection = OpenConnection();
        using var command = Command(connection, null,
            "SELECT a.id, a.date, a.outlet, a.title, a.name, c.cluster_id FROM articles a LEFT JOIN clusters c ON c.article_id = a.id " +
            $"WHERE a.id IN ({match}) AND {where} ORDER BY a.date IS NULL, a.date, a.id LIMIT {limit.ToString(CultureInfo.InvariantCulture)}",
            parameters);
        bind(command);
        using var reader = command.ExecuteReader();
        var rows = new List<PhraseCandidate>();
        while (reader.Read())
        {
            rows.Add(new PhraseCandidate(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3),
                reader.GetString(4), NullableString(reader, 5)));
        }

        return rows;
    }

    public ArticlePage SearchArticles(IReadOnlyList<string> wordKeys, string? speakerKey, QueryFilter filter, int offset, int count)
    {
        var (where, parameters) = FilterSql(filter, "1 = 1", "a.");
        var conditions = new StringBuilder(where);
        var bindings = parameters.ToList();
        Action<DbCommand> bindWords = _ => { };
        if (wordKeys.Count > 0)
        {
            // The full-text index, every word required: one group of keys.
            var (match, bind) = PhraseQuery([wordKeys.Distinct(StringComparer.Ordinal).ToList()]);
            conditions.Append(CultureInfo.InvariantCulture, $" AND a.id IN ({match})");
            bindWords = bind;
        }

        if (speakerKey is not null)
        {
            conditions.Append(" AND EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = a.id AND t.speaker_key = @sk)");
            bindings.Add(("sk", speakerKey));
        }

        using var connection = OpenConnection();
        int total;
        using (var counting = Command(connection, null, $"SELECT COUNT(*) FROM articles a WHERE {conditions}", bindings.ToArray()))
        {
            bindWords(counting);
            total = Convert.ToInt32(counting.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        using var command = Command(connection, null,
            "SELECT a.id, a.date, a.outlet, a.title, a.name, (SELECT COUNT(*) FROM attributions t WHERE t.article_id = a.id) FROM articles a " +
            $"WHERE {conditions} ORDER BY a.date IS NULL, a.date DESC, a.id " +
            $"LIMIT {count.ToString(CultureInfo.InvariantCulture)} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}",
            bindings.ToArray());
        bindWords(command);
        using var reader = command.ExecuteReader();
        var rows = new List<ArticleSummary>();
        while (reader.Read())
        {
            rows.Add(new ArticleSummary(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3),
                reader.GetString(4), Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return new ArticlePage(total, rows);
    }

    public string? AnalysisOf(string articleId)
    {
        using var connection = OpenConnection();
        return Scalar(connection, null, "SELECT analysis FROM articles WHERE id = @id", ("id", articleId)) is byte[] compressed
            ? AnalysisCompression.Decompress(compressed)
            : null;
    }

    public string ArticleText(string articleId)
    {
        using var connection = OpenConnection();
        return (string)Scalar(connection, null, "SELECT text FROM articles WHERE id = @id", ("id", articleId))!;
    }

    /// <summary>Every key must match, except that a phrase of four words or more may miss one (a small edit).</summary>
    private static List<IReadOnlyList<string>> PhraseGroups(IReadOnlyList<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).Take(12).ToList();
        if (distinct.Count < 4)
        {
            return [distinct];
        }

        return Enumerable.Range(0, distinct.Count)
            .Select(skip => (IReadOnlyList<string>)distinct.Where((_, i) => i != skip).ToList())
            .ToList();
    }

    public IReadOnlyList<StoredAttribution> AttributionsOf(string articleId)
    {
        using var connection = OpenConnection();
        using var command = Command(connection, null, $"SELECT {AttributionColumns} FROM attributions WHERE article_id = @a ORDER BY ordinal", ("a", articleId));
        using var reader = command.ExecuteReader();
        var rows = new List<StoredAttribution>();
        while (reader.Read())
        {
            rows.Add(ReadAttribution(reader));
        }

        return rows;
    }

    private static StoredAttribution ReadAttribution(DbDataReader reader) => new(
        Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), reader.GetString(3),
        reader.GetString(4), reader.GetString(5), reader.GetString(6), Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture), reader.GetString(9), reader.GetString(10),
        JsonSerializer.Deserialize(reader.GetString(11), StoreJson.Default.IReadOnlyListStoredRelay) ?? []);

    public IEnumerable<(StoredArticle Article, string? Cluster)> Export(QueryFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = FilterSql(filter, "1 = 1");
        using var connection = OpenConnection();
        using var command = Command(connection, null,
            ArticleSelect.Replace("FROM articles", ", (SELECT cluster_id FROM clusters c WHERE c.article_id = articles.id) FROM articles", StringComparison.Ordinal) +
            $" WHERE {where} ORDER BY id", parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = ReadArticle(reader);
            yield return (article with { Attributions = AttributionsOf(article.Id) }, NullableString(reader, 15));
        }
    }

    private static (string Where, (string, object?)[] Parameters) FilterSql(QueryFilter filter, string baseCondition, string prefix = "")
    {
        var sql = new StringBuilder(baseCondition);
        var parameters = new List<(string, object?)>();
        if (filter.Outlet is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {prefix}outlet = @fo");
            parameters.Add(("fo", filter.Outlet));
        }

        if (filter.From is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {prefix}date >= @ff");
            parameters.Add(("ff", filter.From));
        }

        if (filter.To is not null)
        {
            // Dates are stored as YYYY-MM-DD: the upper bound is inclusive.
            sql.Append(CultureInfo.InvariantCulture, $" AND {prefix}date <= @ft");
            parameters.Add(("ft", filter.To));
        }

        return (sql.ToString(), parameters.ToArray());
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // SQL text is built from constants; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name, value);
        }

        return command;
    }

    protected static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    protected static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    protected static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            writer?.Dispose();
            writer = null;
        }
    }
}
