using System.Diagnostics;
using System.Text;
using Isnad.Corpus.Queue;
using Isnad.Corpus.Store;
using Npgsql;
using RabbitMQ.Client;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>
/// The real servers the queue tests run against: RabbitMQ (<c>ISNAD_TEST_AMQP</c>, from .ci/services/20-rabbitmq.sh) and
/// PostgreSQL (<c>ISNAD_TEST_PG</c>, from 10-postgres.sh). Each test gets queues and databases of its own and drops them.
/// </summary>
internal sealed class QueueServers : IAsyncDisposable
{
    public const string AmqpVariable = "ISNAD_TEST_AMQP";

    private static readonly string? Amqp = Setting(AmqpVariable);
    private static readonly string? Postgres = Setting("ISNAD_TEST_PG");

    private readonly List<string> databases = [];
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];

    public static string? SkipReason =>
        Amqp is null ? $"{AmqpVariable} is not set: no RabbitMQ broker to test against (.ci/services/20-rabbitmq.sh starts one)"
        : Postgres is null ? "ISNAD_TEST_PG is not set: no PostgreSQL server to test against (.ci/services/10-postgres.sh starts one)"
        : null;

    public string AmqpUrl => Amqp!;

    public QueueTopology Topology => new("isnad_test_" + suffix);

    /// <summary>A new empty database, as a postgres:// URL.</summary>
    public string Database(string name)
    {
        var database = $"isnad_test_{suffix}_{name}";
        Admin($"CREATE DATABASE {database}");
        databases.Add(database);
        var server = PostgresCorpusStore.ConnectionString(Postgres!);
        return $"postgres://{Uri.EscapeDataString(server.Username!)}:{Uri.EscapeDataString(server.Password ?? "")}@{server.Host}:{server.Port}/{database}";
    }

    /// <summary>Every row of the article tables as text, sorted: equal snapshots mean equal stores.</summary>
    public static string Snapshot(string url)
    {
        using var connection = new NpgsqlConnection(PostgresCorpusStore.ConnectionString(url).ConnectionString);
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in new[] { "articles", "attributions", "relays", "article_words", "rejections", "clusters" })
        {
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names from the list above.
            command.CommandText = $"SELECT t::text FROM {table} t ORDER BY 1";
#pragma warning restore CA2100
            using var reader = command.ExecuteReader();
            text.Append("== ").Append(table).Append('\n');
            while (reader.Read())
            {
                text.Append(reader.GetString(0)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static long Scalar(string url, string sql)
    {
        using var connection = new NpgsqlConnection(PostgresCorpusStore.ConnectionString(url).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test queries written in the tests.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IConnection> ConnectAsync() => await QueueTopology.ConnectAsync(AmqpUrl, "isnad-test", CancellationToken.None);

    /// <summary>Messages ready in a queue (quorum queue counts are exact for a passive declare).</summary>
    public async Task<uint> CountAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>Starts <c>isnad worker</c> as its own process, on this test's queue and the given store, logging JSON lines.</summary>
    public Process StartWorker(string db, params string[] more)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Isnad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "worker", "--queue", AmqpUrl, "--queue-name", Topology.Name, "--db", db, "--log-format", "json" }.Concat(more))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Amqp is not null)
        {
            try
            {
                await using var connection = await ConnectAsync();
                await using var channel = await connection.CreateChannelAsync();
                await channel.QueueDeleteAsync(Topology.Name, ifUnused: false, ifEmpty: false);
                await channel.QueueDeleteAsync(Topology.DeadLetterName, ifUnused: false, ifEmpty: false);
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // Never declared.
            }
        }

        NpgsqlConnection.ClearAllPools();
        foreach (var database in databases)
        {
            Admin($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresCorpusStore.ConnectionString(Postgres!).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Generated database names, no user input.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static string? Setting(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
}
