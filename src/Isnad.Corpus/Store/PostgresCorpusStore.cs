using System.Data.Common;
using Npgsql;

namespace Isnad.Corpus.Store;

/// <summary>
/// The shared store: PostgreSQL through one <see cref="NpgsqlDataSource"/>. Full-text search is a <c>tsvector</c> of
/// each article's normalised words (configuration <c>simple</c>: the words are already keys) with a GIN index.
/// </summary>
internal sealed class PostgresCorpusStore : SqlCorpusStore
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresCorpusStore(NpgsqlDataSource dataSource, string description)
    {
        this.dataSource = dataSource;
        Description = description;
    }

    public override string Description { get; }

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        SchemaScripts.Tables.Replace("BYTES", "BYTEA", StringComparison.Ordinal) + ";\n" +
        "CREATE TABLE article_words (article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, words TSVECTOR NOT NULL);\n" +
        "CREATE INDEX article_words_gin ON article_words USING GIN (words)",
    ];

    /// <summary>Opens a <c>postgres://user:password@host:port/database</c> URL (or an Npgsql connection string) and migrates it.</summary>
    public static PostgresCorpusStore Open(string urlOrConnectionString)
    {
        var builder = ConnectionString(urlOrConnectionString);
        var description = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        var store = new PostgresCorpusStore(new NpgsqlDataSourceBuilder(builder.ConnectionString).Build(), description);
        try
        {
            store.Migrate();
            return store;
        }
        catch (NpgsqlException npgsql)
        {
            store.Dispose();
            throw new StoreError($"{description}: cannot use the PostgreSQL store ({npgsql.Message.ReplaceLineEndings(" ")})", npgsql);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public static NpgsqlConnectionStringBuilder ConnectionString(string urlOrConnectionString)
    {
        if (!CorpusStores.IsPostgres(urlOrConnectionString))
        {
            return new NpgsqlConnectionStringBuilder(urlOrConnectionString);
        }

        if (!Uri.TryCreate(urlOrConnectionString, UriKind.Absolute, out var uri))
        {
            throw new StoreError($"{urlOrConnectionString}: not a valid postgres:// URL");
        }

        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        return builder;
    }

    protected override DbConnection OpenConnection() => dataSource.OpenConnection();

    protected override void IndexWords(DbConnection connection, DbTransaction transaction, string articleId, string keyText)
    {
        Execute(connection, transaction, "INSERT INTO article_words (article_id, words) VALUES (@id, to_tsvector('simple', @w))", ("id", articleId), ("w", keyText));
    }

    protected override (string Sql, Action<DbCommand> Bind) PhraseQuery(IReadOnlyList<IReadOnlyList<string>> keyGroups)
    {
        // tsquery: ('k1' & 'k2' …) | (…); keys hold only letters and digits.
        var query = string.Join(" | ", keyGroups.Select(group => "(" + string.Join(" & ", group.Select(k => "'" + k + "'")) + ")"));
        return ("SELECT article_id FROM article_words WHERE words @@ to_tsquery('simple', @match)", command => AddParameter(command, "match", query));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            dataSource.Dispose();
        }
    }
}
