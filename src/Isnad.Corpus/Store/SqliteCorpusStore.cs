using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Isnad.Corpus.Store;

/// <summary>
/// The default store: one SQLite file in WAL mode. Full-text search is an FTS5 table over each article's normalised
/// words (contentless: it holds only the index, its rowid is the article's rowid).
/// </summary>
internal sealed class SqliteCorpusStore : SqlCorpusStore
{
    private readonly string connectionString;

    private SqliteCorpusStore(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    public string Path { get; }

    public override string Description => Path;

    protected override IReadOnlyList<string> Migrations { get; } =
    [
        // An explicit INTEGER PRIMARY KEY keeps rowids (which the contentless FTS table points at) stable through VACUUM.
        SchemaScripts.Tables.Replace("BYTES", "BLOB", StringComparison.Ordinal)
            .Replace("id TEXT NOT NULL PRIMARY KEY,", "seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,", StringComparison.Ordinal) + ";\n" +
        "CREATE VIRTUAL TABLE article_words USING fts5 (words, content = '', tokenize = 'unicode61 remove_diacritics 0')",
    ];

    /// <summary>Opens (creating if needed) and migrates the store at <paramref name="path"/>.</summary>
    public static SqliteCorpusStore Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new StoreError($"{path}: is a directory, not a store file");
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreError($"{path}: no such folder {folder}");
        }

        var store = new SqliteCorpusStore(path);
        try
        {
            store.Migrate();
            return store;
        }
        catch (SqliteException sqlite)
        {
            store.Dispose();
            throw new StoreError($"{path}: not a usable SQLite store ({sqlite.Message.ReplaceLineEndings(" ")})", sqlite);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    protected override DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        // WAL: readers never block the writer; NORMAL sync in WAL keeps every committed batch through a process
        // crash (kill -9), and a half-written batch is rolled back on the next open.
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    protected override void IndexWords(DbConnection connection, DbTransaction transaction, string articleId, string keyText)
    {
        Execute(connection, transaction,
            "INSERT INTO article_words (rowid, words) SELECT rowid, @w FROM articles WHERE id = @id", ("w", keyText), ("id", articleId));
    }

    protected override (string Sql, Action<DbCommand> Bind) PhraseQuery(IReadOnlyList<IReadOnlyList<string>> keyGroups)
    {
        // FTS5 query: ("k1" AND "k2" …) OR (…); keys hold only letters and digits, quoted all the same.
        var match = string.Join(" OR ", keyGroups.Select(group => "(" + string.Join(" AND ", group.Select(k => "\"" + k + "\"")) + ")"));
        return ("SELECT ar.id FROM article_words w JOIN articles ar ON ar.rowid = w.rowid WHERE article_words MATCH @match",
            command => AddParameter(command, "match", match));
    }
}
