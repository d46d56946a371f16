using Isnad.Corpus.Store;
using Isnad.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Isnad.Corpus.Tests.Store;

public sealed class SqliteStoreTests : StoreContract
{
    private readonly TempFolder folder = new();

    private string DbPath => Path.Combine(folder.Path, "store.db");

    private protected override ICorpusStore OpenStore(bool again = false) => SqliteCorpusStore.Open(DbPath);

    protected override void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public void Opening_sets_the_schema_version_and_write_ahead_log()
    {
        using (var store = SqliteCorpusStore.Open(DbPath))
        {
            Assert.Equal(1, store.SchemaVersion());
        }

        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_newer_schema_is_refused_by_name()
    {
        using (var store = SqliteCorpusStore.Open(DbPath))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_info SET version = 7";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var error = Assert.Throws<StoreError>(() => SqliteCorpusStore.Open(DbPath));
        Assert.Equal($"{DbPath}: store schema version 7 is newer than this isnad understands (1)", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_by_name()
    {
        File.WriteAllText(DbPath, "this is not a database, just some text that is long enough to fill a header page of sqlite");
        var error = Assert.Throws<StoreError>(() => SqliteCorpusStore.Open(DbPath));
        Assert.StartsWith($"{DbPath}: not a usable SQLite store (", error.Message, StringComparison.Ordinal);
    }
}
