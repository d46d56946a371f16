namespace Isnad.Corpus.Store;

/// <summary>Opens the store a <c>--db</c> value names: a <c>postgres://</c> or <c>postgresql://</c> URL, else a SQLite file path.</summary>
internal static class CorpusStores
{
    public const string DefaultPath = "isnad.db";
    public const string EnvironmentVariable = "ISNAD_DB";

    /// <summary>The <c>--db</c> value, else <c>$ISNAD_DB</c>, else <c>isnad.db</c>.</summary>
    public static string Resolve(string? db) =>
        db ?? (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath);

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static ICorpusStore Open(string db) => IsPostgres(db) ? PostgresCorpusStore.Open(db) : SqliteCorpusStore.Open(db);

    /// <summary>Opens an existing store for questions: a SQLite file that does not exist is an error, not a new empty store.</summary>
    public static ICorpusStore OpenExisting(string db)
    {
        if (!IsPostgres(db) && !File.Exists(db))
        {
            throw new StoreError($"{db}: no such store (create it with 'isnad ingest … --db {db}')");
        }

        return Open(db);
    }
}
