using Isnad.Corpus.Store;
using Npgsql;

namespace Isnad.Corpus.Tests.Store;

/// <summary>
/// The store contract against a real PostgreSQL server named by <c>ISNAD_TEST_PG</c> (a postgres:// URL or an Npgsql
/// connection string; <c>.ci/services/10-postgres.sh</c> sets it). Each test works in a database of its own.
/// </summary>
public sealed class PostgresStoreTests : StoreContract
{
    public const string Variable = "ISNAD_TEST_PG";

    private static readonly string? Server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    private readonly string database = "isnad_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override string? SkipReason => Server is null ? $"{Variable} is not set: no PostgreSQL server to test against (.ci/services/10-postgres.sh starts one)" : null;

    private string Url()
    {
        var builder = PostgresCorpusStore.ConnectionString(Server!);
        builder.Database = database;
        return builder.ConnectionString;
    }

    private protected override ICorpusStore OpenStore(bool again = false)
    {
        if (!again)
        {
            Admin($"CREATE DATABASE {database}");
        }

        return PostgresCorpusStore.Open(Url());
    }

    protected override void Cleanup()
    {
        if (Server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresCorpusStore.ConnectionString(Server!).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // A generated database name, no user input.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    [SkippableFact]
    public void The_cli_ingests_and_asks_through_a_postgres_url()
    {
        Skip.If(SkipReason is not null, SkipReason);
        OpenStore().Dispose();
        var server = PostgresCorpusStore.ConnectionString(Server!);
        var url = $"postgres://{Uri.EscapeDataString(server.Username!)}:{Uri.EscapeDataString(server.Password ?? "")}@{server.Host}:{server.Port}/{database}";
        using var folder = new Isnad.Tests.Cli.TempFolder();
        var text = folder.File("a.txt", Isnad.Tests.Cli.CliRunner.Utf8("قال المهندس سالم الهاشمي إن محطة التحلية الجديدة ستعمل في الربيع."));
        var ingest = Isnad.Tests.Cli.CliRunner.Run("ingest", text, "--db", url, "--outlet", "riyadh");
        Assert.Equal((0, ""), (ingest.ExitCode, ingest.Error));
        Assert.EndsWith($"postgres://{server.Host}:{server.Port}/{database} holds 1 articles, 1 attributions, 0 near-duplicate clusters\n", ingest.Out, StringComparison.Ordinal);
        Assert.Equal("attributions,kind,per_outlet,speaker\n1,person,riyadh:1,سالم الهاشمي\n",
            Isnad.Tests.Cli.CliRunner.Run("query", "sources", "--db", url, "--csv").Out);
    }

    [SkippableFact]
    public void Postgres_urls_become_connection_strings()
    {
        var builder = PostgresCorpusStore.ConnectionString("postgres://isnad:s%40cret@db.local:5433/corpus");
        Assert.Equal(("db.local", 5433, "corpus", "isnad", "s@cret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }
}
