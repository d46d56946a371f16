using System.Diagnostics;
using System.Text;
using Isnad.Corpus.Store;
using Isnad.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Isnad.Corpus.Tests.Ingest;

/// <summary>
/// Crash safety with a real process: an ingest killed with SIGKILL part-way (twice), then run again to the end, leaves
/// exactly the store a clean run gives: no lost article, no duplicate, no half-written article.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Articles = 1000;

    private readonly TempFolder folder = new();

    [Fact]
    public async Task Killed_ingest_run_again_ends_with_the_clean_runs_store()
    {
        var input = folder.File("corpus.jsonl", CliRunner.Utf8(Corpus()));
        var clean = Path.Combine(folder.Path, "clean.db");
        var crashed = Path.Combine(folder.Path, "crashed.db");

        Assert.Equal(1, await RunToEnd(input, clean)); // 1: the corpus holds one bad line, refused and listed

        var firstKill = await KillPartWay(input, crashed, atLeast: 1);
        var secondKill = await KillPartWay(input, crashed, atLeast: firstKill + 1);
        Assert.True(secondKill < Articles, $"the second run was not killed part-way ({secondKill} articles stored)");
        Assert.Equal(1, await RunToEnd(input, crashed));

        Assert.Equal(Snapshot(clean), Snapshot(crashed));
    }

    /// <summary>Invented articles, a few of them repeated, and one malformed line.</summary>
    private static string Corpus()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < Articles; i++)
        {
            var n = i % 900; // the last hundred repeat earlier texts under other ids
            var date = $"2022-{1 + (i % 12):00}-{1 + (i % 28):00}";
            var text = $"قال المهندس سالم {n} إن محطة التحلية رقم {n} ستعمل قريباً. ونقلت وكالة واس عن مصدر مطلع أن الاختبار {n} نجح. وأكدت الوزارة أن المرحلة {n} بدأت.";
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"id\":\"c{i}\",\"outlet\":\"o{i % 5}\",\"date\":\"{date}\",\"text\":\"{text}\"}}\n");
            if (i == 500)
            {
                lines.Append("{\"id\": broken\n");
            }
        }

        return lines.ToString();
    }

    private static Process Start(string input, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Isnad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "ingest", input, "--db", db, "--quiet", "--workers", "2" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<int> RunToEnd(string input, string db)
    {
        using var process = Start(input, db);
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal($"isnad: {input}:502: invalid JSON", (await errors).Split(" (")[0]);
        return process.ExitCode;
    }

    /// <summary>Starts an ingest, kills it (SIGKILL) once the store holds at least <paramref name="atLeast"/> articles, and returns how many it held.</summary>
    private static async Task<int> KillPartWay(string input, string db, int atLeast)
    {
        using var process = Start(input, db);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (StoredArticles(db) < atLeast)
        {
            Assert.False(process.HasExited, "the ingest ended before it could be killed part-way: make the corpus larger");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), "no article stored after five minutes");
            await Task.Delay(10);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        var stored = StoredArticles(db);
        Assert.True(stored < Articles, $"the ingest was not killed part-way ({stored} articles stored)");
        return stored;
    }

    private static int StoredArticles(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }

    private static string Snapshot(string db)
    {
        using var store = SqliteCorpusStore.Open(db);
        return IngestTests.Snapshot(store);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
